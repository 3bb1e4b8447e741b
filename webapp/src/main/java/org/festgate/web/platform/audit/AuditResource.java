package org.festgate.web.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.web.platform.security.Role;

/** The audit log, newest first, for administrators. */
@Path("admin/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

    /** One audit line as the API shows it. */
    public record AuditView(Instant at, String actor, String action, String subject, String detail) {
    }

    @Inject
    private AuditTrail audit;

    @GET
    @Operation(summary = "The latest audit entries (at most 500)")
    public List<AuditView> latest(@QueryParam("max") @DefaultValue("100") int max) {
        return audit.latest(Math.max(1, Math.min(max, 500))).stream()
                .map(e -> new AuditView(e.at(), e.actor(), e.action(), e.subject(), e.detail())).toList();
    }
}
