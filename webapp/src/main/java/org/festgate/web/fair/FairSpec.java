package org.festgate.web.fair;

import java.util.Map;
import java.util.Objects;
import org.festgate.core.fair.Fair;
import org.festgate.core.fair.FeeSchedule;
import org.festgate.core.fair.StallAllocator;
import org.festgate.core.fair.StallCategory;

/**
 * A fair as an organizer sets it up: the fair itself (days, venue, stall map) with its fee rates and quotas.
 *
 * @param fair the fair with its stall map, not null
 * @param feeRates VND per square metre and day, by stall category; every category of the map's stalls has one
 * @param powerVndPerDay the daily fee of a stall with power
 * @param quotas most stalls per day for applications of a category; a missing category has no limit
 */
public record FairSpec(Fair fair, Map<StallCategory, Long> feeRates, long powerVndPerDay,
                       Map<StallCategory, Integer> quotas) {

    public FairSpec {
        Objects.requireNonNull(fair, "fair is required");
        feeRates = Map.copyOf(feeRates);
        quotas = Map.copyOf(quotas);
    }

    /** The fees of this fair's stalls. */
    FeeSchedule fees() {
        return FeeSchedule.of(feeRates, powerVndPerDay);
    }

    /** The allocator of this fair's stalls under its quotas. */
    StallAllocator allocator() {
        return StallAllocator.of(fair, quotas);
    }
}
