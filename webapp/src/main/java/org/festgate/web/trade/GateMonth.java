package org.festgate.web.trade;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A gate and a month: what identifies one row of trade figures.
 *
 * @param gate the key of the border gate
 * @param month the month
 */
public record GateMonth(String gate, YearMonth month) {

    public GateMonth {
        Objects.requireNonNull(gate, "gate is required");
        Objects.requireNonNull(month, "month is required");
    }

    /** Such as {@code ma-lu-thang/2024-03}, the subject of the audit log. */
    @Override
    public String toString() {
        return gate + "/" + month;
    }
}
