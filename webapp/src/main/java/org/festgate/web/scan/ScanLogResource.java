package org.festgate.web.scan;

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
import org.festgate.web.platform.rest.QueryParams;
import org.festgate.web.platform.security.Role;

/**
 * {@code GET /api/events/{eventId}/scans?ticketId=&before=&max=} (ORGANIZER, ADMIN) → {@code [{id, deviceId,
 * recordedAt, scan: ScanAnswer}]}: the event's scan log, the audit trail of every admission and refusal, newest
 * first; {@code before} (a scan id from the previous page) pages back, {@code ticketId} keeps one ticket's scans,
 * {@code max} is 1 to 500 (100).
 */
@Path("events/{eventId}/scans")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
public class ScanLogResource {

    @Inject
    private Gatekeeper gatekeeper;

    @GET
    @Operation(summary = "The event's scan log, newest first: every scan as decided, with device and time")
    public List<Gatekeeper.LoggedScan> get(@PathParam("eventId") long eventId, @QueryParam("ticketId") String ticketId,
                                           @QueryParam("before") String before, @QueryParam("max") String max) {
        return gatekeeper.log(eventId, QueryParams.number("ticketId", ticketId, 1, Long.MAX_VALUE).orElse(null),
                QueryParams.number("before", before, 1, Long.MAX_VALUE).orElse(Long.MAX_VALUE),
                Math.toIntExact(QueryParams.number("max", max, 1, 500).orElse(100L)));
    }
}
