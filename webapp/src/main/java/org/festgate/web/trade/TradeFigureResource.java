package org.festgate.web.trade;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.security.Role;
import org.festgate.web.trade.TradeViews.FigureView;
import org.festgate.web.trade.TradeViews.ImportSummary;

/**
 * The monthly trade figures of the border gates, for the department only (ADMIN, ORGANIZER; others get 401 or 403
 * as problem+json). What the public sees of them is the yearly sums of {@link TradeReportResource}.
 * <ul>
 * <li>{@code GET /api/trade/figures?year=2024&gate=ma-lu-thang} (year: this year if left out; gate: all if left
 * out) → [{@link FigureView} {@code {gate, month, importUsd, exportUsd, localGoodsExportUsd,
 * temporaryImportForReexportUsd, peopleCrossing, vehiclesCrossing, updatedAt, updatedBy}}] by month and gate</li>
 * <li>{@code GET /api/trade/figures/{gate}/{month}} → {@link FigureView}; 404 if none</li>
 * <li>{@code PUT /api/trade/figures/{gate}/{month}} {@link TradeFigureInput} → 201 {@link FigureView} when new,
 * 200 when replaced (or the same again: idempotent); 404 for an unknown gate, 400 naming every bad field</li>
 * <li>{@code DELETE /api/trade/figures/{gate}/{month}} → 204; 404 if none</li>
 * <li>{@code POST /api/trade/figures} with {@code Content-Type: text/csv} (UTF-8, the format of {@link TradeCsv},
 * at most {@code festgate.http.max-body-bytes}, else 413) → {@link ImportSummary} {@code {rows, created, corrected,
 * unchanged}}; 400 {@code errors:[{line, field, reason}]} listing every bad line, and then nothing is imported</li>
 * </ul>
 * The month is written {@code 2024-03}, from 2000-01 to the current month in Lai Châu.
 */
@Path("trade/figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.ORGANIZER_NAME})
public class TradeFigureResource {

    private static final String CSV = "text/csv";

    @Inject
    private TradeFigures figures;

    @GET
    @Operation(summary = "Monthly trade figures of a year (default: this year), of all gates or one")
    public List<FigureView> list(@QueryParam("year") String year, @QueryParam("gate") String gate) {
        return figures.ofYear(year, gate);
    }

    @GET
    @Path("{gate}/{month}")
    @Operation(summary = "The trade figures of one gate and month (2024-03)")
    public FigureView get(@PathParam("gate") String gate, @PathParam("month") String month) {
        return figures.figure(gate, month);
    }

    @PUT
    @Path("{gate}/{month}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter or correct the trade figures of one gate and month: {importUsd, exportUsd, "
            + "localGoodsExportUsd, temporaryImportForReexportUsd, peopleCrossing, vehiclesCrossing}; 201 when new")
    public Response put(@PathParam("gate") String gate, @PathParam("month") String month,
                        @NotNull TradeFigureInput input, @Context SecurityContext security) {
        TradeFigures.Stored stored = figures.store(gate, month, input.toFigures(), actor(security));
        return Response.status(stored.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(stored.figure()).build();
    }

    @DELETE
    @Path("{gate}/{month}")
    @Operation(summary = "Delete the trade figures of one gate and month entered by mistake")
    public Response delete(@PathParam("gate") String gate, @PathParam("month") String month,
                           @Context SecurityContext security) {
        figures.delete(gate, month, actor(security));
        return Response.noContent().build();
    }

    @POST
    @Consumes(CSV)
    @Operation(summary = "Import a CSV file (UTF-8; header gate,month,importUsd,exportUsd,localGoodsExportUsd,"
            + "temporaryImportForReexportUsd,peopleCrossing,vehiclesCrossing); a file with any bad line imports "
            + "nothing and gets 400 listing each line, column and reason")
    public ImportSummary importCsv(InputStream file, @Context HttpHeaders headers,
                                   @Context SecurityContext security) {
        String charset = headers.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new ProblemException(Problem.invalidField("Content-Type", "the file must be UTF-8, not "
                    + charset));
        }
        try {
            return figures.importCsv(file.readAllBytes(), actor(security));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String actor(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
