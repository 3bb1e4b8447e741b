package org.festgate.web.fair;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.core.fair.ApplicationState;
import org.festgate.web.fair.ApplicationViews.ApplicationView;
import org.festgate.web.platform.security.Role;

/**
 * The stall applications of one fair.
 * <ul>
 * <li>{@code POST /api/fairs/{key}/applications} {@link ApplicationInput} (VENDOR, verified) → 201
 * {@link ApplicationView} in state DRAFT; the vendor then SUBMITs it</li>
 * <li>{@code GET /api/fairs/{key}/applications?state=SUBMITTED} (ORGANIZER, ADMIN) → the organizers' review list,
 * all or in one state</li>
 * </ul>
 */
@Path("fairs/{key}/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FairApplicationResource {

    @Inject
    private StallApplications applications;

    @POST
    @RolesAllowed(Role.VENDOR_NAME)
    @Operation(summary = "Apply for a stall as a verified vendor: category, days, needsPower, up to 3 "
            + "preferredStalls, productKeys from the vendor's catalogue; starts as DRAFT")
    public Response apply(@PathParam("key") String key, @NotNull @Valid ApplicationInput input,
                          @Context SecurityContext security, @Context UriInfo uri) {
        ApplicationView application = applications.apply(key, input.toRequest(), FairActor.of(security));
        return Response.created(uri.getBaseUriBuilder().path("applications").path(Long.toString(application.id()))
                .build()).entity(application).build();
    }

    @GET
    @RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The review list of a fair's applications, all or in one state (?state=SUBMITTED)")
    public List<ApplicationView> list(@PathParam("key") String key, @QueryParam("state") String state,
                                      @Context SecurityContext security) {
        return applications.ofFair(key, FieldParser.optional(ApplicationState.class, "state", state),
                FairActor.of(security));
    }
}
