package org.festgate.web.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.web.platform.security.Role;
import org.festgate.web.ticket.TicketKeys.KeyView;

/**
 * The ticket signing keys, for administrators: {@code GET /api/admin/ticket-keys} lists
 * {@code [{keyId, publicKey, createdAt, retiredAt, signing}]} (never a private key); {@code POST} creates the next
 * key, which signs from then on; {@code DELETE /{keyId}} retires an older key, whose tickets are then refused.
 */
@Path("admin/ticket-keys")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class TicketKeyResource {

    @Inject
    private TicketKeys keys;

    @GET
    @Operation(summary = "The ticket signing keys: public halves only")
    public List<KeyView> list() {
        return keys.keys();
    }

    @POST
    @Operation(summary = "Rotate: create the next key, which signs new tickets; older keys keep verifying")
    public Response rotate(@Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(keys.rotate(security.getUserPrincipal().getName()))
                .build();
    }

    @DELETE
    @Path("{keyId}")
    @Operation(summary = "Retire a key that no longer signs: tokens it signed are refused from now on")
    public KeyView retire(@PathParam("keyId") int keyId, @Context SecurityContext security) {
        return keys.retire(keyId, security.getUserPrincipal().getName());
    }
}
