package org.festgate.web.ticket;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.security.Role;
import org.festgate.web.ticket.TicketViews.Claim;
import org.festgate.web.ticket.TicketViews.EventView;
import org.festgate.web.ticket.TicketViews.TicketTypeView;
import org.festgate.web.ticket.TicketViews.VisitorTicket;

/**
 * Ticketed events, their ticket types and claims.
 * <ul>
 * <li>{@code POST /api/events} {@link EventInput} (ORGANIZER, ADMIN) → 201 {@link EventView}
 * {@code {id, festivalKey, name:{vi,en,zh}, startDate, endDate, venue}}</li>
 * <li>{@code GET /api/events?from=<date>} (anyone) → [{@link EventView}] starting on or after the day (default: 60
 * days ago in Lai Chau), by start date, at most 200</li>
 * <li>{@code GET /api/events/{id}} → {@link EventView}</li>
 * <li>{@code POST|PUT /api/events/{id}/ticket-types[/{typeId}]} {@link TicketTypeInput} (ORGANIZER, ADMIN) →
 * {@link TicketTypeView}</li>
 * <li>{@code GET /api/events/{id}/ticket-types} (anyone) → [{@link TicketTypeView}] {@code {id, eventId, name,
 * priceVnd, capacity, issued, placesLeft, salesFrom, salesUntil, limitPerOrder, entryPolicy, validFrom,
 * validUntil, entrances, dailyFrom, dailyUntil}}</li>
 * <li>{@code POST /api/events/{id}/ticket-types/{typeId}/claims} {@link ClaimInput} (anyone) → 201 {@link Claim}
 * {@code {tickets:[{ticketId, publicId, status, token}], totalVnd}}; 409 problem "sold out"</li>
 * <li>{@code POST /api/events/{id}/tickets/{publicId}/payment} (ORGANIZER, ADMIN) → the {@link VisitorTicket}, now
 * ISSUED with its token</li>
 * </ul>
 */
@Path("events")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    private TicketOffice office;

    @Inject
    private Clock clock;

    @POST
    @RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Make one occurrence of a festival a ticketed event: {festivalKey, startDate}")
    public Response create(@NotNull @Valid EventInput input, @Context SecurityContext security,
                           @Context UriInfo uri) {
        EventView event = office.createEvent(input.festivalKey, date("startDate", input.startDate), actor(security));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(event.id())).build())
                .entity(event).build();
    }

    @GET
    @Operation(summary = "Ticketed events starting on or after ?from= (default: 60 days ago in Lai Chau), by date")
    public List<EventView> list(@QueryParam("from") String from) {
        return office.eventsFrom(from == null || from.isBlank()
                ? LocalDate.now(clock.withZone(FestivalSchedule.ZONE)).minusDays(60) : date("from", from));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A ticketed event: {id, festivalKey, name{vi,en,zh}, startDate, endDate, venue}")
    public EventView get(@PathParam("id") String id) {
        return office.event(id(id));
    }

    @GET
    @Path("{id}/ticket-types")
    @Operation(summary = "The ticket types of an event with placesLeft")
    public List<TicketTypeView> types(@PathParam("id") String id) {
        return office.types(id(id));
    }

    @POST
    @Path("{id}/ticket-types")
    @RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Add a ticket type: names vi/en/zh, priceVnd (0 = free), capacity, sales window, "
            + "limitPerOrder, entryPolicy, validity, entrances, daily window")
    public Response createType(@PathParam("id") String id, @NotNull @Valid TicketTypeInput input,
                               @Context SecurityContext security, @Context UriInfo uri) {
        TicketTypeView type = office.createType(id(id), input.toSpec(), actor(security));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(type.id())).build())
                .entity(type).build();
    }

    @PUT
    @Path("{id}/ticket-types/{typeId}")
    @RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Change a ticket type; its capacity cannot go below the tickets issued")
    public TicketTypeView updateType(@PathParam("id") String id, @PathParam("typeId") String typeId,
                                     @NotNull @Valid TicketTypeInput input, @Context SecurityContext security) {
        return office.updateType(id(id), id(typeId), input.toSpec(), actor(security));
    }

    @POST
    @Path("{id}/ticket-types/{typeId}/claims")
    @PermitAll
    @Operation(summary = "Claim tickets as a visitor: {name, email?, phone?, quantity} -> {tickets:[{ticketId, "
            + "publicId, status, token}], totalVnd}; free tickets are ISSUED, priced ones PENDING_PAYMENT; "
            + "409 when sold out")
    public Response claim(@PathParam("id") String id, @PathParam("typeId") String typeId,
                          @NotNull @Valid ClaimInput input) {
        Claim claim = office.claim(id(id), id(typeId), input.toHolder(), input.quantity);
        return Response.status(Response.Status.CREATED).entity(claim).build();
    }

    @POST
    @Path("{id}/tickets/{publicId}/payment")
    @RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Confirm payment at the counter of a PENDING_PAYMENT ticket: it is issued and signed")
    public VisitorTicket confirmPayment(@PathParam("id") String id, @PathParam("publicId") String publicId,
                                        @Context SecurityContext security) {
        return office.confirmPayment(id(id), publicId, actor(security));
    }

    /** A numeric id of the path. */
    static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "no such event or ticket type"));
        }
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problem.invalidField(field, "not a date: " + text));
        }
    }

    private static String actor(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
