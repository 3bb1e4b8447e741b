package org.festgate.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.festgate.web.fair.FestivalFairs.HeldFair;
import org.festgate.web.fair.SalesViews.SalesBreakdown;
import org.festgate.web.fair.VendorCounts.VendorFigures;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.report.YearOverYear.Change;
import org.festgate.web.ticket.FestivalEvents.HeldEvent;
import org.junit.jupiter.api.Test;

class YearOverYearTest {

    private static final HeldEvent EVENT = new HeldEvent(50, "xoe", LocalDate.of(2026, 3, 1));
    private static final HeldFair FAIR = new HeldFair("cho", new Text("Chợ", "Fair", "集市"), LocalDate.of(2026, 3, 1));

    @Test
    void test_of_percentOfThePreviousValue() {
        Map<String, Change> changes = byFigure(YearOverYear.of(year(true, true, 30, 1_500_000),
                year(true, true, 20, 2_000_000)));
        assertThat(changes.get("entries")).isEqualTo(new Change("entries", 30, 20L, 10L, new BigDecimal("50.0")));
        assertThat(changes.get("salesValueVnd").change()).isEqualTo(-500_000L);
        assertThat(changes.get("salesValueVnd").changePercent()).hasToString("-25.0");
    }

    @Test
    void test_of_previousZero_hasNoPercent() {
        Change entries = byFigure(YearOverYear.of(year(true, true, 7, 0), year(true, true, 0, 0))).get("entries");
        assertThat(entries.previousYear()).isZero();
        assertThat(entries.change()).isEqualTo(7L);
        assertThat(entries.changePercent()).isNull();
    }

    @Test
    void test_of_nothingRecordedTheYearBefore_noData() {
        Map<String, Change> changes = byFigure(YearOverYear.of(year(true, true, 7, 100), year(false, true, 0, 50)));
        assertThat(changes.get("visitors").previousYear()).isNull();
        assertThat(changes.get("visitors").change()).isNull();
        assertThat(changes.get("salesValueVnd").previousYear()).isEqualTo(50L);
        Map<String, Change> noFairs = byFigure(YearOverYear.of(year(true, true, 7, 100), year(true, false, 3, 0)));
        assertThat(noFairs.get("salesValueVnd").previousYear()).isNull();
        assertThat(noFairs.get("fairs").changePercent()).isNull();
        assertThat(noFairs.get("entries").previousYear()).isEqualTo(3L);
    }

    @Test
    void test_of_everyHeadlineFigureOnce() {
        assertThat(YearOverYear.of(year(false, false, 0, 0), year(false, false, 0, 0))).extracting(Change::figure)
                .containsExactly("entries", "visitors", "ticketsIssued", "ticketsCancelled", "fairs", "applications",
                        "vendorsWithStall", "vendorsCheckedIn", "salesValueVnd", "salesQuantity");
    }

    private static YearFigures year(boolean events, boolean fairs, long entries, long salesValue) {
        return new YearFigures(events ? List.of(EVENT) : List.of(), fairs ? List.of(FAIR) : List.of(),
                new YearFigures.Attendance(entries, entries / 2, List.of(), List.of()),
                new YearFigures.Tickets(100, entries, 0, List.of()), new VendorFigures(4, 3, 2, List.of()),
                new SalesBreakdown(salesValue / 1000, salesValue, List.of(), List.of(), List.of()));
    }

    private static Map<String, Change> byFigure(List<Change> changes) {
        return changes.stream().collect(Collectors.toMap(Change::figure, Function.identity()));
    }
}
