package org.festgate.web.report;

import java.util.List;
import org.festgate.web.fair.FestivalFairs.HeldFair;
import org.festgate.web.fair.SalesViews.SalesBreakdown;
import org.festgate.web.fair.VendorCounts.VendorFigures;
import org.festgate.web.scan.EntryCounts.DayCount;
import org.festgate.web.scan.EntryCounts.EventAttendance;
import org.festgate.web.ticket.FestivalEvents.HeldEvent;
import org.festgate.web.ticket.TicketCounts.TypeCount;

/**
 * What was recorded of one festival in one year: its ticketed events and fairs, and what the features counted of
 * them.
 *
 * @param events the ticketed events that start in the year
 * @param fairs the fairs whose first day is in the year
 * @param attendance admitted entries and visitors
 * @param tickets tickets per ticket type
 * @param vendors the vendors of the fairs
 * @param sales the sales of local products at the fairs
 */
public record YearFigures(List<HeldEvent> events, List<HeldFair> fairs, Attendance attendance, Tickets tickets,
                          VendorFigures vendors, SalesBreakdown sales) {

    /** Admitted entries and visitors (tickets admitted in at least once), in total, per event and per local day. */
    public record Attendance(long entries, long visitors, List<EventAttendance> perEvent, List<DayCount> perDay) {
    }

    /** Tickets in total and per ticket type: capacity, places given out, tickets cancelled. */
    public record Tickets(long capacity, long issued, long cancelled, List<TypeCount> perType) {
    }
}
