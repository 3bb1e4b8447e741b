package org.festgate.web.fair;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The vendors of some fairs, counted by the database: applications sent to the organizers (drafts left out),
 * vendors holding a stall (allocated, paid or checked in) and vendors checked in, per fair and over all of them (a
 * vendor at two of the fairs counts once there).
 */
@ApplicationScoped
public class VendorCounts {

    /** The vendors of one fair. */
    public record FairVendors(String fairKey, long applications, long withStall, long checkedIn) {
    }

    /** The vendors of some fairs: over all of them, and per fair by key. */
    public record VendorFigures(long applications, long withStall, long checkedIn, List<FairVendors> byFair) {
    }

    @Inject
    private FairRepository repository;

    /** The vendors of the fairs with these keys (unknown keys are left out); zeros for none. */
    @Transactional
    public VendorFigures of(Collection<String> fairKeys) {
        List<FairEntity> fairs = repository.fairs(fairKeys);
        if (fairs.isEmpty()) {
            return new VendorFigures(0, 0, 0, List.of());
        }
        List<Long> ids = fairs.stream().map(FairEntity::id).toList();
        Map<Long, Object[]> perFair = repository.vendorCounts(ids, true).stream()
                .collect(Collectors.toMap(row -> number(row[0]), Function.identity()));
        List<FairVendors> byFair = fairs.stream().map(fair -> {
            Object[] row = perFair.get(fair.id());
            return row == null ? new FairVendors(fair.key(), 0, 0, 0)
                    : new FairVendors(fair.key(), number(row[1]), number(row[2]), number(row[3]));
        }).toList();
        Object[] total = repository.vendorCounts(ids, false).get(0);
        return new VendorFigures(number(total[0]), number(total[1]), number(total[2]), byFair);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
