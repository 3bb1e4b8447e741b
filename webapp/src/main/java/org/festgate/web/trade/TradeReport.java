package org.festgate.web.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.festgate.core.gate.BorderGate;
import org.festgate.core.gate.TradeSeries;
import org.festgate.core.gate.TradeTarget;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.province.ProvinceCatalog;
import org.festgate.web.trade.TradeViews.GateYear;
import org.festgate.web.trade.TradeViews.ProgressView;
import org.festgate.web.trade.TradeViews.ProgressYear;
import org.festgate.web.trade.TradeViews.YearTotals;
import org.festgate.web.trade.TradeViews.YearView;

/**
 * What the department publishes of the trade figures: the sums of each year, per gate and for the province, and
 * how each year stands against the province's trade targets (core-lib's {@link org.festgate.core.gate.TargetPath}
 * from the baseline and rate that the data set loaded). Monthly rows are not shown here.
 */
@ApplicationScoped
public class TradeReport {

    @Inject
    private TradeFigureRepository repository;

    @Inject
    private ProvinceCatalog province;

    @Inject
    private Clock clock;

    /**
     * The years from one to another that have figures, oldest first.
     *
     * @param from the first year, or null for the first year figures can have
     * @param to the last year, or null for this year
     */
    @Transactional
    public List<YearView> yearly(String from, String to) {
        FigureCheck check = new FigureCheck(null);
        int thisYear = FigureCheck.currentMonth(clock).getYear();
        Integer first = check.year("from", from, FigureCheck.FIRST_MONTH.getYear(), thisYear);
        Integer last = check.year("to", to, thisYear, thisYear);
        if (first != null && last != null && first > last) {
            check.fail("to", "must not be before from");
        }
        check.refuseIfFailed("not a period with trade figures");
        return years(first, last);
    }

    /** Each trade target's path beside the recorded figures, by target indicator. */
    @Transactional
    public List<ProgressView> progress() {
        Map<Year, YearView> years = years(FigureCheck.FIRST_MONTH.getYear(), FigureCheck.currentMonth(clock).getYear())
                .stream().collect(Collectors.toMap(y -> Year.of(y.year()), y -> y, (a, b) -> a, TreeMap::new));
        return province.tradeTargets().stream().map(target -> progress(target, years)).toList();
    }

    private static ProgressView progress(TradeTarget target, Map<Year, YearView> years) {
        Optional<TradeIndicator> indicator = TradeIndicator.of(target.indicator());
        Year base = Year.of(target.baseYear());
        Map<Year, BigDecimal> actuals = new HashMap<>();
        indicator.ifPresent(i -> years.forEach((year, view) -> {
            if (!year.isBefore(base)) {
                actuals.put(year, i.valueOf(view.total()));
            }
        }));
        TradeSeries series = TradeSeries.of(actuals);
        int last = Math.max(target.targetYear(), series.valuesUsd().isEmpty() ? 0
                : series.valuesUsd().lastKey().getValue());
        List<ProgressYear> rows = new ArrayList<>();
        for (Year year = base; year.getValue() <= last; year = year.plusYears(1)) {
            int months = Optional.ofNullable(years.get(year)).map(y -> y.total().monthsRecorded()).orElse(0);
            rows.add(ProgressYear.of(target, year, series, months));
        }
        return new ProgressView(target.indicator(), target.baseYear(), target.baseValueUsd(),
                target.annualGrowthRate(), target.targetYear(), target.provenance().source(),
                target.provenance().sample(), indicator.map(TradeIndicator::measure).orElse(null), rows);
    }

    private List<YearView> years(int from, int to) {
        Map<String, Text> names = province.gates().stream()
                .collect(Collectors.toMap(BorderGate::key, g -> Text.of(g.name())));
        Map<Integer, Integer> months = new HashMap<>();
        repository.monthsByYear(from, to).forEach(r -> months.put(((Number) r[0]).intValue(),
                ((Number) r[1]).intValue()));
        Map<Integer, List<GateYear>> gates = new TreeMap<>();
        for (Object[] r : repository.totalsByGateAndYear(from, to)) {
            YearTotals totals = YearTotals.of((Number) r[2], (Number) r[3], (Number) r[4], (Number) r[5],
                    (Number) r[6], (Number) r[7], (Number) r[8]);
            gates.computeIfAbsent(((Number) r[1]).intValue(), y -> new ArrayList<>())
                    .add(new GateYear((String) r[0], names.get((String) r[0]), totals));
        }
        return gates.entrySet().stream().map(e -> {
            int recorded = months.getOrDefault(e.getKey(), 0);
            YearTotals total = e.getValue().stream().map(GateYear::totals)
                    .reduce(YearTotals.NONE, (a, b) -> a.plus(b, recorded));
            return new YearView(e.getKey(), total, e.getValue());
        }).toList();
    }
}
