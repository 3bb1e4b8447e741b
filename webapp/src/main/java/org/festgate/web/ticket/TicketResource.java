package org.festgate.web.ticket;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.core.ticket.TicketQr;
import org.festgate.web.festival.FestivalFilter;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.rest.ImageSizes;
import org.festgate.web.ticket.TicketViews.VisitorTicket;

/**
 * The visitor's ticket at its unguessable address; no sign-in, the public id is the capability.
 * <ul>
 * <li>{@code GET /api/tickets/{publicId}} → {@link VisitorTicket} {@code {publicId, ticketId, status, holderName,
 * eventId, festivalKey, festival:{vi,en,zh}, date, endDate, venue:{key, name, ..., entrances}, entrances:[{key,
 * name}] (those this ticket may use), ticketType:{id, name, priceVnd, entryPolicy}, validFrom, validUntil,
 * token}} (token null until paid)</li>
 * <li>{@code GET /api/tickets/{publicId}/qr.svg}, {@code /qr.png?size=300} (64-2048 pixels), {@code /ticket.pdf}:
 * only for an ISSUED ticket, otherwise 409</li>
 * <li>{@code DELETE /api/tickets/{publicId}} cancels: the place is returned, the token revoked; → the ticket,
 * CANCELLED</li>
 * </ul>
 */
@Path("tickets/{publicId}")
@ApplicationScoped
public class TicketResource {

    private static final int DEFAULT_PNG_SIZE = 300;

    @Inject
    private TicketPdf pdfs;

    @Inject
    private TicketOffice office;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The visitor's ticket: festival, date, venue, entrances, type, status and token")
    public VisitorTicket get(@PathParam("publicId") String publicId) {
        return office.ticket(publicId);
    }

    @GET
    @Path("qr.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The ticket's QR code as SVG")
    public String svg(@PathParam("publicId") String publicId) {
        return TicketQr.svg(issuedToken(publicId), DEFAULT_PNG_SIZE);
    }

    @GET
    @Path("qr.png")
    @Produces("image/png")
    @Operation(summary = "The ticket's QR code as PNG, size pixels wide (64-2048, default 300)")
    public byte[] png(@PathParam("publicId") String publicId, @QueryParam("size") String size) {
        return TicketQr.png(issuedToken(publicId), ImageSizes.pixels(size, DEFAULT_PNG_SIZE));
    }

    @GET
    @Path("ticket.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The printable ticket, in ?lang=vi (default), en or zh")
    public Response pdf(@PathParam("publicId") String publicId, @QueryParam("lang") String lang) {
        VisitorTicket ticket = issued(publicId);
        return Response.ok(pdfs.render(ticket, FestivalFilter.language(lang)))
                .header("Content-Disposition", "inline; filename=\"festgate-ticket-" + ticket.ticketId() + ".pdf\"")
                .build();
    }

    @DELETE
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel the ticket: its place is returned and its token revoked")
    public VisitorTicket cancel(@PathParam("publicId") String publicId) {
        return office.cancel(publicId);
    }

    private String issuedToken(String publicId) {
        return issued(publicId).token();
    }

    private VisitorTicket issued(String publicId) {
        VisitorTicket ticket = office.ticket(publicId);
        if (!TicketStatus.ISSUED.name().equals(ticket.status())) {
            throw new ProblemException(Problem.conflict("status", "the ticket is " + ticket.status()
                    + ": it has no code to show"));
        }
        return ticket;
    }
}
