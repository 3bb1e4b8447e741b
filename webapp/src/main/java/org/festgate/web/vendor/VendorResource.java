package org.festgate.web.vendor;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.security.Role;
import org.festgate.web.vendor.VendorViews.VendorView;

/**
 * Vendors: self-registration, the vendor's own profile, and verification by organizers.
 * <ul>
 * <li>{@code POST /api/vendors} {@link VendorRegistration} (anyone) → 201 {@link VendorView} {@code {id, username,
 * businessName, kind, commune, formerDistrict, phone, email, taxCode, status, statusReason, statusChangedAt,
 * createdAt}}, UNVERIFIED; 409 when the user name is taken</li>
 * <li>{@code GET|PUT /api/vendors/me} {@link VendorProfileInput} (VENDOR) → the vendor's {@link VendorView}</li>
 * <li>{@code GET /api/vendors?status=UNVERIFIED|VERIFIED} (ORGANIZER, ADMIN) → [{@link VendorView}]</li>
 * <li>{@code POST /api/vendors/{id}/verify} and {@code POST /api/vendors/{id}/unverify} {@link ReasonInput}
 * (ORGANIZER, ADMIN) → the {@link VendorView}; 409 when it is verified already, or not verified</li>
 * </ul>
 */
@Path("vendors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VendorResource {

    @Inject
    private VendorRegistry registry;

    @POST
    @PermitAll
    @Operation(summary = "Register as a vendor: {account:{username, password}, profile:{businessName, kind, commune, "
            + "formerDistrict, phone, email, taxCode}}; the vendor waits for an organizer's verification")
    public Response register(@NotNull @Valid VendorRegistration registration) {
        VendorView vendor = registry.register(registration.account.username, registration.account.password,
                registration.profile.toProfile());
        return Response.status(Response.Status.CREATED).entity(vendor).build();
    }

    @GET
    @Path("me")
    @RolesAllowed(Role.VENDOR_NAME)
    @Operation(summary = "The signed-in vendor's profile and verification status")
    public VendorView own(@Context SecurityContext security) {
        return registry.own(actor(security));
    }

    @PUT
    @Path("me")
    @RolesAllowed(Role.VENDOR_NAME)
    @Operation(summary = "Change the signed-in vendor's profile")
    public VendorView updateOwn(@NotNull @Valid VendorProfileInput profile, @Context SecurityContext security) {
        return registry.updateOwn(actor(security), profile.toProfile());
    }

    @GET
    @RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The vendors, oldest first; ?status=UNVERIFIED or VERIFIED for some")
    public List<VendorView> list(@QueryParam("status") String status) {
        return registry.list(Optional.ofNullable(status).filter(s -> !s.isBlank())
                .map(s -> InputValues.constant(VendorStatus.class, "status", s)));
    }

    @POST
    @Path("{id}/verify")
    @RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Verify a vendor; 409 if it is verified already")
    public VendorView verify(@PathParam("id") String id, @Context SecurityContext security) {
        return registry.verify(id(id), actor(security));
    }

    @POST
    @Path("{id}/unverify")
    @RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Take a vendor's verification back: {reason}; 409 if it is not verified")
    public VendorView unverify(@PathParam("id") String id, @NotNull @Valid ReasonInput input,
                               @Context SecurityContext security) {
        return registry.unverify(id(id), input.reason, actor(security));
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ProblemException(Problem.notFound("vendor", text));
        }
    }

    private static String actor(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
