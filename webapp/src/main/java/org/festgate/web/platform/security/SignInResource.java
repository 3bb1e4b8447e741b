package org.festgate.web.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * Signing in and out: a web session for the pages (HttpOnly cookie plus a CSRF token that the page repeats on
 * each write), or a bearer token for API clients.
 */
@Path("auth")
@jakarta.enterprise.context.RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignInResource {

    /** What the client learns about its sign-in. */
    public record SignedIn(String username, List<String> roles, String csrfToken, String token, Instant expiresAt) {
    }

    @Inject
    private SignIns signIns;

    @Inject
    private UserAccounts accounts;

    @Context
    private HttpServletRequest request;

    @POST
    @Path("session")
    @PermitAll
    @Operation(summary = "Open a web session: sets the session cookie and returns the CSRF token")
    public Response openSession(@NotNull @Valid SignInRequest credentials) {
        SignIns.Issued issued = signInOrFail(credentials, AuthToken.Kind.SESSION);
        NewCookie cookie = new NewCookie.Builder(FestgateAuthenticationMechanism.SESSION_COOKIE)
                .value(issued.secret()).path("/").httpOnly(true).secure(request.isSecure())
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.ok(describe(issued.caller(), null, issued.expiresAt())).cookie(cookie).build();
    }

    @GET
    @Path("session")
    @Operation(summary = "Who is signed in (with the CSRF token of a web session)")
    public SignedIn current() {
        Caller caller = (Caller) request.getAttribute(Caller.class.getName());
        if (caller == null) {
            throw new ProblemException(Problem.of(Response.Status.UNAUTHORIZED, "not signed in"));
        }
        return describe(caller, null, null);
    }

    @DELETE
    @Path("session")
    @PermitAll
    @Operation(summary = "Sign out of the web session")
    public Response closeSession(@CookieParam(FestgateAuthenticationMechanism.SESSION_COOKIE) String session) {
        if (session != null) {
            signIns.signOut(session);
        }
        NewCookie expired = new NewCookie.Builder(FestgateAuthenticationMechanism.SESSION_COOKIE)
                .value("").path("/").maxAge(0).httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.noContent().cookie(expired).build();
    }

    @POST
    @Path("tokens")
    @PermitAll
    @Operation(summary = "Issue an API bearer token (shown once)")
    public SignedIn issueToken(@NotNull @Valid SignInRequest credentials) {
        SignIns.Issued issued = signInOrFail(credentials, AuthToken.Kind.API);
        return describe(issued.caller(), issued.secret(), issued.expiresAt());
    }

    @DELETE
    @Path("tokens/current")
    @PermitAll
    @Operation(summary = "Revoke the bearer token this request carries")
    public Response revokeToken(@HeaderParam("Authorization") String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            signIns.signOut(authorization.substring(7).trim());
        }
        return Response.noContent().build();
    }

    @PUT
    @Path("password")
    @RolesAllowed({Role.ADMIN_NAME, Role.ORGANIZER_NAME, Role.VENDOR_NAME, Role.SCANNER_NAME})
    @Operation(summary = "Change one's own password; ends every session and token of the user")
    public Response changePassword(@NotNull @Valid PasswordChange change, @Context SecurityContext security) {
        accounts.changePassword(security.getUserPrincipal().getName(), change.currentPassword, change.newPassword);
        return Response.noContent().build();
    }

    private SignIns.Issued signInOrFail(SignInRequest credentials, AuthToken.Kind kind) {
        return signIns.signIn(credentials.username, credentials.password, kind, credentials.label)
                .orElseThrow(() -> new ProblemException(
                        Problem.of(Response.Status.UNAUTHORIZED, "unknown user name or wrong password")));
    }

    private static SignedIn describe(Caller caller, String token, Instant expiresAt) {
        return new SignedIn(caller.username(), caller.roles().stream().map(Role::name).sorted().toList(),
                caller.csrfToken(), token, expiresAt);
    }
}
