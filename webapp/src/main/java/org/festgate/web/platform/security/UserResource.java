package org.festgate.web.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.web.platform.audit.AuditTrail;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/** Accounts, managed by administrators. */
@Path("users")
@jakarta.enterprise.context.RequestScoped
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

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher passwords;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @GET
    @Operation(summary = "List the accounts")
    @Transactional
    public List<UserView> list() {
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultStream()
                .map(UserView::of).toList();
    }

    @POST
    @Operation(summary = "Create an account")
    @Transactional
    public Response create(@NotNull @Valid NewUser user, @Context SecurityContext security) {
        boolean taken = !em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", user.username).getResultList().isEmpty();
        if (taken) {
            throw new ProblemException(new Problem(409, "Conflict", "username: already taken",
                    List.of(new Problem.FieldError("username", "already taken"))));
        }
        UserAccount account = new UserAccount(user.username, passwords.hash(user.password), user.roles,
                clock.instant());
        em.persist(account);
        audit.record(security.getUserPrincipal().getName(), "user.created", "user:" + user.username,
                "roles " + user.roles);
        return Response.status(Response.Status.CREATED).entity(UserView.of(account)).build();
    }
}
