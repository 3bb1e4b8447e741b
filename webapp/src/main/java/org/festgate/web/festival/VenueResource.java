package org.festgate.web.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.web.festival.FestivalViews.VenueView;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/** Festival grounds and their entrances, public to read. */
@Path("venues")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class VenueResource {

    @Inject
    private FestivalCatalog catalog;

    @GET
    @Operation(summary = "All venues")
    public List<VenueView> list() {
        return catalog.snapshot().venueList().stream().map(VenueView::of).toList();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One venue with its entrances")
    public VenueView get(@PathParam("key") String key) {
        return java.util.Optional.ofNullable(catalog.snapshot().venues().get(key)).map(VenueView::of)
                .orElseThrow(() -> new ProblemException(Problem.notFound("venue", key)));
    }
}
