package org.festgate.web.scan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.web.platform.security.Role;

/**
 * {@code GET /api/events/{eventId}/attendance} (ORGANIZER, ADMIN, SCANNER) → {@code {eventId, inside,
 * entrances:[{entranceKey, inside}]}}: the tickets whose last admitted scan is an entry, by that entry's entrance.
 */
@Path("events/{eventId}/attendance")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME, Role.SCANNER_NAME})
public class AttendanceResource {

    @Inject
    private Gatekeeper gatekeeper;

    @GET
    @Operation(summary = "People inside an event now, in total and per entrance")
    public Gatekeeper.Attendance get(@PathParam("eventId") long eventId) {
        return gatekeeper.attendance(eventId);
    }
}
