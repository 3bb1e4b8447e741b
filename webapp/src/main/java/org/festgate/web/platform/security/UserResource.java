package org.festgate.web.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Accounts, managed by administrators. */
@Path("users")
@jakarta.enterprise.context.ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class UserResource {

    /** An account as the API shows it: never its password hash. */
    public record UserView(String username, List<String> roles, Instant createdAt) {
        static UserView of(UserAccount account) {
            return new UserView(account.username(), account.roles().stream().map(Role::name).toList(), account.createdAt());
        }
    }

    @Inject
    private UserAccounts accounts;

    @GET
    @Operation(summary = "List the accounts")
    public List<UserView> list() {
        return accounts.all().stream().map(UserView::of).toList();
    }

    @POST
    @Operation(summary = "Create an account")
    public Response create(@NotNull @Valid NewUser user, @Context SecurityContext security) {
        UserAccount account = accounts.create(user.username, user.password, user.roles,
                security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(UserView.of(account)).build();
    }
}
