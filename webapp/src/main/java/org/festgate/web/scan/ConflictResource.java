package org.festgate.web.scan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.web.platform.security.Role;

/**
 * {@code GET /api/events/{eventId}/conflicts} (ORGANIZER, ADMIN) → {@code [ScanAnswer]}: uploaded offline scans
 * whose offline outcome differs from the server's, such as a single-entry ticket admitted offline at two
 * entrances (the later upload is the conflict).
 */
@Path("events/{eventId}/conflicts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
public class ConflictResource {

    @Inject
    private Gatekeeper gatekeeper;

    @GET
    @Operation(summary = "Offline scans whose offline decision the server did not share")
    public List<ScanAnswer> get(@PathParam("eventId") long eventId) {
        return gatekeeper.conflicts(eventId);
    }
}
