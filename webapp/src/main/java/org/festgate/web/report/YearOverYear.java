package org.festgate.web.report;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * The comparison of a festival's year with the year before, figure by figure: where the year before recorded
 * nothing to count a figure from, it has no previous value and no change ("no data"); where its value was zero
 * the change has no percentage. Never a division by zero.
 */
public final class YearOverYear {

    /**
     * One headline figure in both years.
     *
     * @param figure the figure's key ({@link HeadlineFigure#key()})
     * @param thisYear its value in the report's year
     * @param previousYear its value the year before, null for no data
     * @param change this year's value less the previous one, null for no data
     * @param changePercent the change in percent of the previous value to one decimal, null for no data or zero
     */
    @JsonbNillable
    public record Change(String figure, long thisYear, Long previousYear, Long change, BigDecimal changePercent) {
    }

    private YearOverYear() {
    }

    /** Every headline figure of this year against the year before. */
    public static List<Change> of(YearFigures thisYear, YearFigures previousYear) {
        return Arrays.stream(HeadlineFigure.values()).map(f -> change(f, thisYear, previousYear)).toList();
    }

    private static Change change(HeadlineFigure figure, YearFigures thisYear, YearFigures previousYear) {
        long now = figure.of(thisYear);
        if (!figure.recordedIn(previousYear)) {
            return new Change(figure.key(), now, null, null, null);
        }
        long before = figure.of(previousYear);
        BigDecimal percent = before == 0 ? null : BigDecimal.valueOf(now - before).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
        return new Change(figure.key(), now, before, now - before, percent);
    }
}
