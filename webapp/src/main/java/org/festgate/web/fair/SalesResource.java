package org.festgate.web.fair;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.web.fair.SalesViews.SalesTotals;
import org.festgate.web.platform.security.Role;

/**
 * A fair's sales for its organizers (ORGANIZER, ADMIN).
 * <ul>
 * <li>{@code GET /api/fairs/{key}/sales} → {@link SalesTotals} {@code {fairKey, quantity, valueVnd,
 * byCategory:[{category, label, quantity, valueVnd}], byProduct:[{productKey, name, vendorName, category,
 * quantity, valueVnd}]}}</li>
 * <li>{@code GET /api/fairs/{key}/sales/csv?lang=vi|en|zh} → the same as CSV, guarded against spreadsheet
 * formulas</li>
 * </ul>
 */
@Path("fairs/{key}/sales")
@RequestScoped
@RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
public class SalesResource {

    @Inject
    private SalesLedger ledger;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A fair's reported sales: in total, by stall category and by product")
    public SalesTotals totals(@PathParam("key") String key) {
        return ledger.totals(key);
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    @Operation(summary = "A fair's sales as CSV (level, category, product_key, product, vendor, quantity, "
            + "value_vnd), names in ?lang=vi|en|zh; cells that a spreadsheet would run as formulas are guarded")
    public Response csv(@PathParam("key") String key, @QueryParam("lang") String lang) {
        String language = lang == null || lang.isBlank() ? "vi" : lang;
        return Response.ok(SalesCsv.of(ledger.totals(key), language), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + key + "-sales.csv\"").build();
    }
}
