package org.festgate.web.fair;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Objects;
import org.festgate.core.fair.FairRole;
import org.festgate.web.platform.security.Role;

/**
 * Who acts on a stall application, and in which role of the workflow: organizers and administrators act as
 * ORGANIZER, everyone else (the vendors) as VENDOR.
 *
 * @param username the signed-in user, not null
 * @param role the role in the application workflow, not null
 */
public record FairActor(String username, FairRole role) {

    public FairActor {
        Objects.requireNonNull(username, "username is required");
        Objects.requireNonNull(role, "role is required");
    }

    /** The caller of a request. */
    public static FairActor of(SecurityContext security) {
        boolean organizer = security.isUserInRole(Role.ORGANIZER_NAME) || security.isUserInRole(Role.ADMIN_NAME);
        return new FairActor(security.getUserPrincipal().getName(), organizer ? FairRole.ORGANIZER : FairRole.VENDOR);
    }

    boolean isOrganizer() {
        return role == FairRole.ORGANIZER;
    }
}
