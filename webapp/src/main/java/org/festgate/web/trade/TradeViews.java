package org.festgate.web.trade;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.festgate.core.gate.TargetGap;
import org.festgate.core.gate.TargetPath;
import org.festgate.core.gate.TradeSeries;
import org.festgate.core.gate.TradeTarget;
import org.festgate.web.festival.FestivalViews.Text;

/**
 * What the API shows of trade figures: plain records that JSON-B writes as they are (a null field is left out).
 * Amounts are USD with two decimals, rates fractions with six ({@code 0.100000} is +10 % a year), percentages
 * with two.
 */
public final class TradeViews {

    private TradeViews() {
    }

    /** The figures of one gate in one month, with who wrote them last and when. */
    public record FigureView(String gate, String month, BigDecimal importUsd, BigDecimal exportUsd,
                             BigDecimal localGoodsExportUsd, BigDecimal temporaryImportForReexportUsd,
                             long peopleCrossing, long vehiclesCrossing, Instant updatedAt, String updatedBy) {

        static FigureView of(TradeFigureEntity entity) {
            MonthlyFigures f = entity.figures();
            return new FigureView(entity.key().gate(), entity.key().month().toString(), f.importUsd(),
                    f.exportUsd(), f.localGoodsExportUsd(), f.temporaryImportForReexportUsd(), f.peopleCrossing(),
                    f.vehiclesCrossing(), entity.updatedAt(), entity.updatedBy());
        }
    }

    /** A gate's or the province's sums over the recorded months of a year. */
    public record YearTotals(int monthsRecorded, BigDecimal importUsd, BigDecimal exportUsd,
                             BigDecimal importExportTurnoverUsd, BigDecimal localGoodsExportUsd,
                             BigDecimal temporaryImportForReexportUsd, long peopleCrossing, long vehiclesCrossing) {

        static final YearTotals NONE = new YearTotals(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);

        /** The totals of months and sums, as the repository gives them. */
        static YearTotals of(Number months, Number importUsd, Number exportUsd, Number localGoodsExportUsd,
                             Number temporaryImportUsd, Number people, Number vehicles) {
            BigDecimal imports = usd(importUsd);
            BigDecimal exports = usd(exportUsd);
            return new YearTotals(months.intValue(), imports, exports, imports.add(exports), usd(localGoodsExportUsd),
                    usd(temporaryImportUsd), people.longValue(), vehicles.longValue());
        }

        /** These sums plus another's, over the given number of months. */
        YearTotals plus(YearTotals other, int months) {
            return new YearTotals(months, importUsd.add(other.importUsd), exportUsd.add(other.exportUsd),
                    importExportTurnoverUsd.add(other.importExportTurnoverUsd),
                    localGoodsExportUsd.add(other.localGoodsExportUsd),
                    temporaryImportForReexportUsd.add(other.temporaryImportForReexportUsd),
                    peopleCrossing + other.peopleCrossing, vehiclesCrossing + other.vehiclesCrossing);
        }

        private static BigDecimal usd(Number sum) {
            return new BigDecimal(sum.toString()).setScale(MonthlyFigures.CENTS);
        }
    }

    /** One gate's totals of a year, with the gate's name for a chart's legend. */
    public record GateYear(String gate, Text name, YearTotals totals) {
    }

    /**
     * The trade of a year: the province's totals (its {@code monthsRecorded} counts the months with figures of any
     * gate) and each gate's.
     */
    public record YearView(int year, YearTotals total, List<GateYear> gates) {
    }

    /**
     * A trade target and each year of its path from the base year to the target year, or to the last year with
     * figures if that is later; {@code actualFrom} says which figures measure the indicator, and is left out for
     * an indicator that Festgate's figures do not measure.
     */
    public record ProgressView(String indicator, int baseYear, BigDecimal baseValueUsd, BigDecimal annualGrowthRate,
                               int targetYear, String source, boolean sample, String actualFrom,
                               List<ProgressYear> years) {
    }

    /**
     * A year of a target's path beside what was recorded. {@code afterTargetYear}: the plan sets no target for the
     * year, the path is only continued at the same rate. Without figures for the year, the actual value and what
     * is computed from it are left out; with figures for fewer than 12 months ({@code monthsRecorded}) they are
     * the sums of those months.
     *
     * @param year the year
     * @param targetUsd the path's value
     * @param afterTargetYear whether the year is after the target's last year
     * @param monthsRecorded the months of the year with figures of any gate
     * @param actualUsd the indicator's sum over those months
     * @param differenceUsd actual minus target: positive ahead, negative behind
     * @param differencePercent the difference in percent of the target
     * @param yearOnYearGrowth the growth over the year before, if both have figures
     * @param averageGrowthSinceBase the average yearly growth from the base value, to compare with the target's rate
     */
    public record ProgressYear(int year, BigDecimal targetUsd, boolean afterTargetYear, int monthsRecorded,
                               BigDecimal actualUsd, BigDecimal differenceUsd, BigDecimal differencePercent,
                               BigDecimal yearOnYearGrowth, BigDecimal averageGrowthSinceBase) {

        static ProgressYear of(TradeTarget target, Year year, TradeSeries actuals, int monthsRecorded) {
            TargetPath path = target.path();
            Optional<BigDecimal> actual = actuals.valueIn(year);
            Optional<TargetGap> gap = actual.map(a -> path.gapIn(year, a));
            return new ProgressYear(year.getValue(), path.valueIn(year), year.getValue() > target.targetYear(),
                    monthsRecorded, actual.orElse(null), gap.map(TargetGap::differenceUsd).orElse(null),
                    gap.map(TargetGap::differencePercent).orElse(null), actuals.yearOnYear(year).orElse(null),
                    actual.filter(a -> year.isAfter(path.baseYear())).map(a -> path.averageGrowthTo(year, a))
                            .orElse(null));
        }
    }

    /** What an import did: lines of figures read, and of them rows added, corrected and left as they were. */
    public record ImportSummary(int rows, int created, int corrected, int unchanged) {
    }
}
