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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.core.goods.ProductCategory;
import org.festgate.web.fair.FairViews.FairSummary;
import org.festgate.web.fair.FairViews.FairView;
import org.festgate.web.fair.StallOccupancy.OccupancyView;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.security.Role;

/**
 * Cultural-trade fairs: anyone reads them, organizers and administrators create and change them.
 * <ul>
 * <li>{@code GET /api/fairs} → [{@link FairSummary}]</li>
 * <li>{@code GET /api/fairs/{key}} → {@link FairView} {@code {key, name, festivalKey, festivalName, venueKey,
 * venueName, days:[{date, opens, closes}], map:{widthCm, depthCm, zones, stalls:[{code, zone, category, widthCm,
 * depthCm, power, x, y, areaM2}]}, powerVndPerDay, categories:[{code, label, vndPerM2PerDay, quota}]}}</li>
 * <li>{@code GET /api/fairs/{key}/stalls?q=&category=} → {@link OccupancyView} {@code {fairKey,
 * occupants:[{stallCode, days, vendorName, products:[{key, name, category, priceVnd, unit, page}]}], searched,
 * matches:[stallCode], products}}: public names and products only</li>
 * <li>{@code POST /api/fairs} {@link FairInput} (ORGANIZER, ADMIN) → 201 {@link FairView}</li>
 * <li>{@code PUT /api/fairs/{key}} {@link FairInput} (ORGANIZER, ADMIN) → {@link FairView}; 409 when a booked
 * stall or day would go</li>
 * </ul>
 */
@Path("fairs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FairResource {

    @Inject
    private FairCatalog catalog;

    @Inject
    private StallOccupancy occupancy;

    @GET
    @Operation(summary = "Every fair: key, names, festival, venue, first and last day")
    public List<FairSummary> list() {
        return catalog.fairs();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "A fair with its days, stall map, fee rates and quotas")
    public FairView get(@PathParam("key") String key) {
        return catalog.fair(key);
    }

    @GET
    @Path("{key}/stalls")
    @Operation(summary = "Who is at which stall (vendors' public names and products, with their page addresses); "
            + "with ?q=words and/or ?category=TEA the stalls whose products match, to highlight")
    public OccupancyView stalls(@PathParam("key") String key, @QueryParam("q") String text,
                                @QueryParam("category") String category, @Context UriInfo uri) {
        if (text != null && text.length() > 200) {
            throw new ProblemException(Problem.invalidField("q", "at most 200 characters"));
        }
        return occupancy.occupancy(key, text,
                FieldParser.optional(ProductCategory.class, "category", category).orElse(null), uri.getBaseUri().resolve(".."));
    }

    @POST
    @RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Create a fair: key, names, festivalKey (null: standalone), venueKey, days with opening "
            + "hours, stall map (zones, stalls), feeRates per category (VND per m2 and day), powerVndPerDay, quotas")
    public Response create(@NotNull @Valid FairInput input, @Context SecurityContext security,
                           @Context UriInfo uri) {
        if (input.key == null) {
            throw new ProblemException(Problem.invalidField("key", "a new fair needs a key"));
        }
        FairView fair = catalog.create(input.toSpec(input.key), security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(fair.key()).build()).entity(fair).build();
    }

    @PUT
    @Path("{key}")
    @RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Change a fair (every field but its key); booked stalls and days must stay")
    public FairView update(@PathParam("key") String key, @NotNull @Valid FairInput input,
                           @Context SecurityContext security) {
        if (input.key != null && !input.key.equals(key)) {
            throw new ProblemException(Problem.invalidField("key", "differs from the address; keys never change"));
        }
        return catalog.update(key, input.toSpec(key), security.getUserPrincipal().getName());
    }
}
