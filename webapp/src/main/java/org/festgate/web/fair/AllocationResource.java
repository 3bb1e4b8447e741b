package org.festgate.web.fair;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.web.fair.ApplicationViews.AllocationView;
import org.festgate.web.fair.ApplicationViews.ApplicationView;
import org.festgate.web.platform.security.Role;

/**
 * Stall allocation of a fair (ORGANIZER, ADMIN).
 * <ul>
 * <li>{@code POST /api/fairs/{key}/allocation/preview} → {@link AllocationView} {@code {fairKey,
 * assignments:[{applicationId, vendorName, category, stallCode, days, feeVnd, kept}], leftOut:[{applicationId,
 * vendorName, category, reason, explanation:{vi,en,zh}}]}}; writes nothing</li>
 * <li>{@code POST /api/fairs/{key}/allocation} {@link AllocationInput} {@code {assignments:[{applicationId,
 * stallCode}]}} → the allocated [{@link ApplicationView}]; all or nothing, each checked like a manual change</li>
 * </ul>
 */
@Path("fairs/{key}/allocation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
public class AllocationResource {

    @Inject
    private Allocations allocations;

    @Inject
    private StallApplications applications;

    @POST
    @Path("preview")
    @Operation(summary = "What an allocation run would give: the approved applications' stalls, the stalls kept, "
            + "and who is left out and why (vi/en/zh); writes nothing")
    public AllocationView preview(@PathParam("key") String key) {
        return allocations.preview(key);
    }

    @POST
    @Operation(summary = "Commit a preview's assignments {assignments:[{applicationId, stallCode}]}: the "
            + "applications become ALLOCATED with their fees; all or nothing")
    public List<ApplicationView> commit(@PathParam("key") String key, @NotNull @Valid AllocationInput input,
                                        @Context SecurityContext security) {
        FairActor actor = FairActor.of(security);
        return applications.applications(allocations.commit(key, input.toChoices(), actor.username()), actor);
    }
}
