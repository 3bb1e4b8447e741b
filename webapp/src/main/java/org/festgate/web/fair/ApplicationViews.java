package org.festgate.web.fair;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.festgate.web.festival.FestivalViews.Text;

/** What the API shows of stall applications, allocations and fee notices. */
public final class ApplicationViews {

    private ApplicationViews() {
    }

    /**
     * A stall application: what the vendor asked for, its state, the stall it holds (null: none) and the fee it
     * owes for it (null: no stall yet), and the actions the caller may take next.
     */
    public record ApplicationView(long id, String fairKey, long vendorId, String vendorName, String category,
                                  List<LocalDate> days, boolean needsPower, List<String> preferredStalls,
                                  List<String> productKeys, String state, String stallCode, Long feeVnd,
                                  Instant submittedAt, Instant paidAt, Instant checkedInAt,
                                  List<String> allowedActions) {
    }

    /** An application that would get, or keeps, a stall for its days, and what it would owe. */
    public record AssignmentView(long applicationId, String vendorName, String category, String stallCode,
                                 List<LocalDate> days, long feeVnd, boolean kept) {
    }

    /** An approved application that would get no stall, and why, in vi/en/zh. */
    public record LeftOutView(long applicationId, String vendorName, String category, String reason,
                              Text explanation) {
    }

    /** An allocation run: stalls given (new and kept) and applications left out. */
    public record AllocationView(String fairKey, List<AssignmentView> assignments, List<LeftOutView> leftOut) {
    }

    /**
     * The fee notice of an application with a stall: the stall, its area, the fair's rates and the amount, which
     * is {@code ceil(areaM2 * vndPerM2PerDay * days) + powerVndPerDay * days} (power only for a stall with power).
     */
    public record FeeNotice(long applicationId, String fairKey, Text fairName, String vendorName, String stallCode,
                            String stallCategory, double areaM2, boolean power, List<LocalDate> days,
                            long vndPerM2PerDay, long powerVndPerDay, long amountVnd, String state, boolean paid,
                            Instant paidAt) {
    }
}
