package org.festgate.web.fair;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.core.fair.ApplicationAction;
import org.festgate.web.fair.ApplicationViews.ApplicationView;
import org.festgate.web.fair.ApplicationViews.FeeNotice;
import org.festgate.web.fair.SalesViews.SaleLine;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.security.Role;

/**
 * Stall applications, one at a time. A vendor reads and moves only its own (403 for another's); organizers and
 * administrators all.
 * <ul>
 * <li>{@code GET /api/applications} (VENDOR) → the caller's [{@link ApplicationView}] {@code {id, fairKey, vendorId,
 * vendorName, category, days, needsPower, preferredStalls, productKeys, state, stallCode, feeVnd, submittedAt,
 * paidAt, checkedInAt, allowedActions}}</li>
 * <li>{@code GET /api/applications/{id}} → {@link ApplicationView}</li>
 * <li>{@code POST /api/applications/{id}/actions} {@link ActionInput} {@code {action, stallCode?}} →
 * {@link ApplicationView}; 409 problem naming the state and action when the workflow refuses the move</li>
 * <li>{@code PUT /api/applications/{id}/stall} {@link StallChoiceInput} {@code {stallCode}} (ORGANIZER, ADMIN) →
 * {@link ApplicationView}; 422 when the stall breaks the rules, 409 when it is taken, with the reasons</li>
 * <li>{@code GET /api/applications/{id}/fee} → {@link FeeNotice}</li>
 * <li>{@code POST /api/applications/{id}/sales} {@link SalesInput} (VENDOR, own) and
 * {@code GET /api/applications/{id}/sales} → [{@link SaleLine}] {@code {date, productKey, quantity, valueVnd}}</li>
 * </ul>
 */
@Path("applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.VENDOR_NAME, Role.ORGANIZER_NAME, Role.ADMIN_NAME})
public class ApplicationResource {

    @Inject
    private StallApplications applications;

    @Inject
    private Allocations allocations;

    @Inject
    private SalesLedger ledger;

    @GET
    @RolesAllowed(Role.VENDOR_NAME)
    @Operation(summary = "The calling vendor's stall applications, newest first")
    public List<ApplicationView> mine(@Context SecurityContext security) {
        return applications.mine(FairActor.of(security));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One stall application with its state, stall, fee and the caller's allowed actions")
    public ApplicationView get(@PathParam("id") String id, @Context SecurityContext security) {
        return applications.application(id(id), FairActor.of(security));
    }

    @POST
    @Path("{id}/actions")
    @Operation(summary = "Move an application: SUBMIT, CANCEL (vendor); APPROVE, WAIT_LIST, REJECT, ALLOCATE "
            + "(with stallCode), RELEASE, CONFIRM_PAYMENT, CHECK_IN, CANCEL (organizer); 409 if not allowed now")
    public ApplicationView act(@PathParam("id") String id, @NotNull @Valid ActionInput input,
                               @Context SecurityContext security) {
        FairActor actor = FairActor.of(security);
        ApplicationAction action = input.toAction();
        if (action != ApplicationAction.ALLOCATE || !actor.isOrganizer()) {
            return applications.act(id(id), action, actor);
        }
        if (input.stallCode == null) {
            throw new ProblemException(Problem.invalidField("stallCode", "ALLOCATE needs the stall to give"));
        }
        return allocate(id(id), input.stallCode, actor);
    }

    @PUT
    @Path("{id}/stall")
    @RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Give an approved or allocated application a stall of the organizer's choice, checked by "
            + "the allocation rules: 422 with the reasons when it breaks them, 409 when the stall is taken")
    public ApplicationView stall(@PathParam("id") String id, @NotNull @Valid StallChoiceInput input,
                                 @Context SecurityContext security) {
        return allocate(id(id), input.stallCode, FairActor.of(security));
    }

    @GET
    @Path("{id}/fee")
    @Operation(summary = "The fee notice of an application with a stall: stall, area, rates, days and amount")
    public FeeNotice fee(@PathParam("id") String id, @Context SecurityContext security) {
        return applications.feeNotice(id(id), FairActor.of(security));
    }

    @POST
    @Path("{id}/sales")
    @RolesAllowed(Role.VENDOR_NAME)
    @Operation(summary = "Report the sales of one fair day: {date, lines:[{productKey, quantity, valueVnd}]}; a "
            + "product reported again for a day replaces its line. Answers every line reported so far")
    public List<SaleLine> report(@PathParam("id") String id, @NotNull @Valid SalesInput input,
                                 @Context SecurityContext security) {
        return ledger.report(id(id), FieldParser.date("date", input.date), input.toLines(), FairActor.of(security));
    }

    @GET
    @Path("{id}/sales")
    @Operation(summary = "The sales an application reported, by day and product")
    public List<SaleLine> sales(@PathParam("id") String id, @Context SecurityContext security) {
        return ledger.sales(id(id), FairActor.of(security));
    }

    private ApplicationView allocate(long id, String stallCode, FairActor actor) {
        allocations.assign(id, stallCode, actor.username());
        return applications.application(id, actor);
    }

    /** A numeric id of the path. */
    static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "no such application"));
        }
    }
}
