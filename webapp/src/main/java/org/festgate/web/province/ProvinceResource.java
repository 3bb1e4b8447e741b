package org.festgate.web.province;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.province.ProvinceViews.GateView;
import org.festgate.web.province.ProvinceViews.ProductView;
import org.festgate.web.province.ProvinceViews.TradeTargetView;

/** The province's border gates, local products and trade targets, public to read. */
@Path("")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProvinceResource {

    @Inject
    private ProvinceCatalog catalog;

    @GET
    @Path("gates")
    @Operation(summary = "Border gates, openings and border markets")
    public List<GateView> gates() {
        return catalog.gates().stream().map(GateView::of).toList();
    }

    @GET
    @Path("gates/{key}")
    @Operation(summary = "One border gate")
    public GateView gate(@PathParam("key") String key) {
        return catalog.gate(key).map(GateView::of).orElseThrow(() -> notFound("gate", key));
    }

    @GET
    @Path("products")
    @Operation(summary = "Local products, optionally of one category")
    public List<ProductView> products(@QueryParam("category") String category) {
        return catalog.products().stream()
                .filter(p -> category == null || category.isBlank() || p.category().name().equalsIgnoreCase(category))
                .map(ProductView::of).toList();
    }

    @GET
    @Path("products/{key}")
    @Operation(summary = "One local product")
    public ProductView product(@PathParam("key") String key) {
        return catalog.product(key).map(ProductView::of).orElseThrow(() -> notFound("product", key));
    }

    @GET
    @Path("trade-targets")
    @Operation(summary = "The border-gate trade baseline and its growth targets")
    public List<TradeTargetView> tradeTargets() {
        return catalog.tradeTargets().stream().map(TradeTargetView::of).toList();
    }

    private static ProblemException notFound(String kind, String key) {
        return new ProblemException(Problem.notFound(kind, key));
    }
}
