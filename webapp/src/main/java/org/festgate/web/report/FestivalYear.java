package org.festgate.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.festgate.web.fair.FestivalFairs;
import org.festgate.web.fair.FestivalFairs.HeldFair;
import org.festgate.web.fair.SalesFigures;
import org.festgate.web.fair.VendorCounts;
import org.festgate.web.scan.EntryCounts;
import org.festgate.web.scan.EntryCounts.EventAttendance;
import org.festgate.web.ticket.FestivalEvents;
import org.festgate.web.ticket.FestivalEvents.HeldEvent;
import org.festgate.web.ticket.TicketCounts;
import org.festgate.web.ticket.TicketCounts.TypeCount;

/** Gathers what the features counted of one festival in one year into {@link YearFigures}. */
@ApplicationScoped
public class FestivalYear {

    @Inject
    private FestivalEvents events;

    @Inject
    private EntryCounts entries;

    @Inject
    private TicketCounts tickets;

    @Inject
    private FestivalFairs fairs;

    @Inject
    private VendorCounts vendors;

    @Inject
    private SalesFigures sales;

    /** The festival's figures of a year; zeros and empty lists where it recorded nothing. */
    public YearFigures of(String festivalKey, int year) {
        List<HeldEvent> held = events.of(festivalKey, year);
        List<Long> eventIds = held.stream().map(HeldEvent::eventId).toList();
        EntryCounts.Attendance attendance = entries.attendance(eventIds);
        List<EventAttendance> perEvent = attendance.perEvent();
        List<TypeCount> types = tickets.perType(eventIds);
        List<HeldFair> heldFairs = fairs.of(festivalKey, year);
        List<String> fairKeys = heldFairs.stream().map(HeldFair::key).toList();
        return new YearFigures(held, heldFairs,
                new YearFigures.Attendance(perEvent.stream().mapToLong(EventAttendance::entries).sum(),
                        perEvent.stream().mapToLong(EventAttendance::visitors).sum(), perEvent,
                        attendance.perDay()),
                new YearFigures.Tickets(types.stream().mapToLong(TypeCount::capacity).sum(),
                        types.stream().mapToLong(TypeCount::issued).sum(),
                        types.stream().mapToLong(TypeCount::cancelled).sum(), types),
                vendors.of(fairKeys), sales.of(fairKeys));
    }
}
