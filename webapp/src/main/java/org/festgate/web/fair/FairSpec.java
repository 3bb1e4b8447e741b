package org.festgate.web.fair;

import java.util.Map;
import java.util.Objects;
import org.festgate.core.fair.Fair;
import org.festgate.core.fair.FeeSchedule;
import org.festgate.core.fair.StallAllocator;
import org.festgate.core.fair.StallCategory;

/**
 * A fair as an organizer sets it up: the fair itself (days, venue, stall map) with its fees and quotas.
 *
 * @param fair the fair with its stall map, not null
 * @param fees the stall fees: a rate per square metre and day for every category, and the power charge, not null
 * @param quotas most stalls per day for applications of a category; a missing category has no limit
 */
public record FairSpec(Fair fair, FeeSchedule fees, Map<StallCategory, Integer> quotas) {

    public FairSpec {
        Objects.requireNonNull(fair, "fair is required");
        Objects.requireNonNull(fees, "fees is required");
        quotas = Map.copyOf(quotas);
    }

    /** The allocator of this fair's stalls under its quotas. */
    StallAllocator allocator() {
        return StallAllocator.of(fair, quotas);
    }
}
