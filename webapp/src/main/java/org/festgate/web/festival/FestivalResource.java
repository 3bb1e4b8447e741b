package org.festgate.web.festival;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.core.event.Festival;
import org.festgate.web.festival.FestivalViews.FestivalView;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.security.Role;

/** The festivals of the province: anyone reads them; organizers and administrators change them. */
@Path("festivals")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FestivalResource {

    @Inject
    private FestivalCatalog catalog;

    @Inject
    private FestivalFilter filter;

    @Inject
    private RenderedResponses rendered;

    private static final Jsonb JSON = JsonbBuilder.create();

    @GET
    @Operation(summary = "Festivals with an occurrence in a year or month, filtered by ethnic group, district or "
            + "text; with all=true every festival passing the filters, held that year or not")
    public Response list(@BeanParam FestivalFilter.Params params, @QueryParam("all") String allParam) {
        FestivalQuery query = filter.toQuery(params);
        boolean all = FestivalFilter.flag("all", allParam);
        record ListRequest(FestivalQuery query, boolean all) {
        }
        FestivalSnapshots.Snapshot snapshot = catalog.snapshot();
        String body = rendered.body(snapshot.version(), new ListRequest(query, all), () -> {
            List<ScheduledFestival> festivals = all ? snapshot.matching(query) : snapshot.search(query);
            return JSON.toJson(festivals.stream().map(FestivalView::of).toList());
        });
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).build();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One festival with its occurrences of a year, in solar and lunar form")
    public FestivalView get(@PathParam("key") String key, @QueryParam("year") String year) {
        int y = filter.yearOrThisYear(year);
        return catalog.snapshot().find(key, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)).map(FestivalView::of)
                .orElseThrow(() -> notFound(key));
    }

    @POST
    @RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Create a festival")
    public Response create(@NotNull @Valid FestivalInput input, @Context SecurityContext security,
                           @Context UriInfo uri) {
        String actor = security.getUserPrincipal().getName();
        Festival festival = catalog.create(input.toFestival(input.keyOrDerived(), actor), actor);
        return Response.created(uri.getAbsolutePathBuilder().path(festival.key()).build())
                .entity(get(festival.key(), null)).build();
    }

    @PUT
    @Path("{key}")
    @RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Change a festival (every field but its key)")
    public FestivalView update(@PathParam("key") String key, @NotNull @Valid FestivalInput input,
                               @Context SecurityContext security) {
        if (input.key != null && !input.key.equals(key)) {
            throw new ProblemException(Problem.invalidField("key", "differs from the address; keys never change"));
        }
        String actor = security.getUserPrincipal().getName();
        catalog.update(input.toFestival(key, actor), actor);
        return get(key, null);
    }

    @DELETE
    @Path("{key}")
    @RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Remove a festival")
    public Response delete(@PathParam("key") String key, @Context SecurityContext security) {
        catalog.delete(key, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    private static ProblemException notFound(String key) {
        return new ProblemException(Problem.notFound("festival", key));
    }
}
