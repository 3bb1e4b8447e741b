package org.festgate.web.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.web.fair.SalesFigures;
import org.festgate.web.fair.SalesLedger;
import org.festgate.web.fair.SalesViews.DistrictTotal;
import org.festgate.web.fair.SalesViews.SalesTotals;
import org.festgate.web.fair.StallDays;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.platform.security.Role;
import org.festgate.web.report.FestivalVisitors;
import org.festgate.web.report.ReportYear;
import org.festgate.web.scan.EntryCounts;
import org.festgate.web.ticket.TicketOffice;

/**
 * {@code GET /api/figures/...} (ADMIN, ORGANIZER), one call per chart: {@code events/{eventId}/tickets} →
 * {@code [{typeId, name, capacity, issued}]}; {@code events/{eventId}/entries/days} → {@code [{day, entries}]};
 * {@code events/{eventId}/entries/hours} → {@code [{hour, entries}]} (local time); {@code
 * events/{eventId}/entries/entrances} → {@code [{entranceKey, entries}]}; {@code fairs/{key}/occupancy} → {@code
 * {fairKey, stallDays, booked, byCategory:[{category, label, stallDays, booked}]}}; {@code fairs/{key}/sales} → the
 * fair's sales by category and product; {@code fairs/{key}/sales/districts} → {@code [{formerDistrict, commune,
 * quantity, valueVnd}]} per place of origin of the products; {@code festivals/visitors?year=} → {@code
 * [{festivalKey, name, events, visitors, entries}]} per festival with ticketed events in the year. An unknown event
 * or fair is a 404, a missing or bad year a 400.
 */
@Path("figures")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.ORGANIZER_NAME})
public class FiguresResource {

    /** Tickets given out of one ticket type against its capacity. */
    public record TicketFigure(long typeId, Text name, int capacity, int issued) {
    }

    @Inject
    private TicketOffice tickets;

    @Inject
    private EntryCounts entries;

    @Inject
    private StallDays stallDays;

    @Inject
    private SalesLedger sales;

    @Inject
    private SalesFigures salesFigures;

    @Inject
    private FestivalVisitors visitors;

    @GET
    @Path("events/{eventId}/tickets")
    @Operation(summary = "Tickets issued against capacity, per ticket type of an event")
    public List<TicketFigure> tickets(@PathParam("eventId") long eventId) {
        return tickets.types(eventId).stream()
                .map(t -> new TicketFigure(t.id(), t.name(), t.capacity(), t.issued())).toList();
    }

    @GET
    @Path("events/{eventId}/entries/days")
    @Operation(summary = "Admitted entries of an event per local day")
    public List<EntryCounts.DayCount> entriesPerDay(@PathParam("eventId") long eventId) {
        return entries.perDay(eventId);
    }

    @GET
    @Path("events/{eventId}/entries/hours")
    @Operation(summary = "Admitted entries of an event per local hour")
    public List<EntryCounts.HourCount> entriesPerHour(@PathParam("eventId") long eventId) {
        return entries.perHour(eventId);
    }

    @GET
    @Path("events/{eventId}/entries/entrances")
    @Operation(summary = "Admitted entries of an event per entrance")
    public List<EntryCounts.EntranceCount> entriesPerEntrance(@PathParam("eventId") long eventId) {
        return entries.perEntrance(eventId);
    }

    @GET
    @Path("fairs/{key}/occupancy")
    @Operation(summary = "Booked stall-days against stall-days of a fair, in total and per stall category")
    public StallDays.Occupancy occupancy(@PathParam("key") String key) {
        return stallDays.of(key);
    }

    @GET
    @Path("fairs/{key}/sales")
    @Operation(summary = "Sales value of a fair per stall category and per product")
    public SalesTotals sales(@PathParam("key") String key) {
        return sales.totals(key);
    }

    @GET
    @Path("fairs/{key}/sales/districts")
    @Operation(summary = "Sales of local products at a fair per place of origin: former district, else commune")
    public List<DistrictTotal> salesPerDistrict(@PathParam("key") String key) {
        return salesFigures.perDistrict(key);
    }

    @GET
    @Path("festivals/visitors")
    @Operation(summary = "Visitors (tickets admitted in) and admitted entries per festival with ticketed events"
            + " that start in ?year= (2000-2100)")
    public List<FestivalVisitors.FestivalAttendance> visitorsPerFestival(@QueryParam("year") String year) {
        return visitors.inYear(ReportYear.parse(year));
    }
}
