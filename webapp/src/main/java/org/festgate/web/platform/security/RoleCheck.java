package org.festgate.web.platform.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.festgate.web.platform.problem.Problem;

/**
 * Enforces {@link RolesAllowed} on resource methods (or their class): 401 for an anonymous caller, 403 for a
 * caller without any of the roles, both as problem+json. A method without the annotation is public; every
 * write of the API carries one.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 10)
public class RoleCheck implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(Response.fromResponse(
                    Problem.of(Response.Status.UNAUTHORIZED, "sign in first: this needs the role "
                            + String.join(" or ", allowed.value())).toResponse())
                    .header("WWW-Authenticate", "Bearer").build());
        } else if (Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, "this needs the role "
                    + String.join(" or ", allowed.value())).toResponse());
        }
    }
}
