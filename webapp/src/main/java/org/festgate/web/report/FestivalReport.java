package org.festgate.web.report;

import java.util.List;
import org.festgate.web.fair.FestivalFairs.HeldFair;
import org.festgate.web.fair.SalesViews.SalesBreakdown;
import org.festgate.web.fair.VendorCounts.VendorFigures;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.report.YearFigures.Attendance;
import org.festgate.web.report.YearFigures.Tickets;
import org.festgate.web.ticket.FestivalEvents.HeldEvent;

/**
 * The report of one festival and year, as the API shows it: the year's figures ({@link YearFigures}) and each
 * headline figure against the year before.
 */
public record FestivalReport(String festivalKey, Text name, int year, List<HeldEvent> events, List<HeldFair> fairs,
                             Attendance attendance, Tickets tickets, VendorFigures vendors, SalesBreakdown sales,
                             List<YearOverYear.Change> comparison) {

    static FestivalReport of(String festivalKey, Text name, int year, YearFigures figures,
                             List<YearOverYear.Change> comparison) {
        return new FestivalReport(festivalKey, name, year, figures.events(), figures.fairs(), figures.attendance(),
                figures.tickets(), figures.vendors(), figures.sales(), comparison);
    }
}
