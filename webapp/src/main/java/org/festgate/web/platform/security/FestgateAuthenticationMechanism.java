package org.festgate.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.festgate.web.platform.problem.Problem;

/**
 * Recognises the caller of every request: an API client by its {@code Authorization: Bearer} token, a browser
 * by its session cookie. A browser's writes must repeat the session's CSRF token in {@code X-CSRF-Token}.
 * Requests without credentials go on anonymously; the {@link RoleCheck} then decides what they may do.
 */
@ApplicationScoped
public class FestgateAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Name of the session cookie. */
    public static final String SESSION_COOKIE = "festgate_session";
    /** Header in which a browser repeats its CSRF token on every write. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> SIGN_IN_PATHS = Set.of("/api/auth/session", "/api/auth/tokens");

    @Inject
    private SignIns signIns;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            Optional<Caller> caller = bearer(authorization).flatMap(t -> signIns.recognise(t, AuthToken.Kind.API));
            if (caller.isEmpty()) {
                return refuse(response, context, Problem.of(jakarta.ws.rs.core.Response.Status.UNAUTHORIZED,
                        "the bearer token is unknown or expired"));
            }
            return login(context, caller.get());
        }
        Optional<String> session = sessionCookie(request);
        if (session.isEmpty() || isSignIn(request)) {
            // Signing in (again, perhaps as another user) needs no earlier session and no CSRF token.
            return context.doNothing();
        }
        Optional<Caller> caller = signIns.recognise(session.get(), AuthToken.Kind.SESSION);
        if (caller.isEmpty()) {
            return context.doNothing();
        }
        if (!SAFE_METHODS.contains(request.getMethod())
                && !SecretTokens.sameSecret(caller.get().csrfToken(), request.getHeader(CSRF_HEADER))) {
            return refuse(response, context, Problem.of(jakarta.ws.rs.core.Response.Status.FORBIDDEN,
                    "missing or wrong " + CSRF_HEADER + " header for this session"));
        }
        return login(context, caller.get());
    }

    private static AuthenticationStatus login(HttpMessageContext context, Caller caller) {
        context.getRequest().setAttribute(Caller.class.getName(), caller);
        Set<String> groups = caller.roles().stream().map(Role::name).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(new CallerPrincipal(caller.username()), groups);
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, HttpMessageContext context,
                                               Problem problem) {
        try {
            response.setStatus(problem.status());
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            if (problem.status() == 401) {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            response.getWriter().write(problem.toResponse().getEntity().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isSignIn(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && SIGN_IN_PATHS.contains(path);
    }

    private static Optional<String> bearer(String authorization) {
        return authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? Optional.of(authorization.substring(7).trim()) : Optional.empty();
    }

    private static Optional<String> sessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> SESSION_COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
    }
}
