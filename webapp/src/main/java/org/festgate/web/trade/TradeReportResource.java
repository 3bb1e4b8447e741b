package org.festgate.web.trade;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.web.trade.TradeViews.ProgressView;
import org.festgate.web.trade.TradeViews.YearView;

/**
 * What the department publishes of the border-gate trade, public to read: yearly sums per gate and for the
 * province, and the progress against the trade targets. Each answers one chart in one call.
 * <ul>
 * <li>{@code GET /api/trade/yearly?from=2015&to=2026} (defaults: 2000 and this year) → [{@link YearView}
 * {@code {year, total, gates:[{gate, name:{vi,en,zh}, totals}]}}] for the years with figures, where a total is
 * {@code {monthsRecorded, importUsd, exportUsd, importExportTurnoverUsd, localGoodsExportUsd,
 * temporaryImportForReexportUsd, peopleCrossing, vehiclesCrossing}}</li>
 * <li>{@code GET /api/trade/progress} → [{@link ProgressView} {@code {indicator, baseYear, baseValueUsd,
 * annualGrowthRate, targetYear, source, sample, actualFrom, years:[{year, targetUsd, afterTargetYear,
 * monthsRecorded, actualUsd, differenceUsd, differencePercent, yearOnYearGrowth, averageGrowthSinceBase}]}}]
 * per trade target, from its base year to its target year or the last year with figures</li>
 * </ul>
 */
@Path("trade")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TradeReportResource {

    @Inject
    private TradeReport report;

    @GET
    @Path("yearly")
    @Operation(summary = "Yearly trade sums per border gate and for the province")
    public List<YearView> yearly(@QueryParam("from") String from, @QueryParam("to") String to) {
        return report.yearly(from, to);
    }

    @GET
    @Path("progress")
    @Operation(summary = "Each year's trade against the province's targets: target path, actual, difference, "
            + "growth")
    public List<ProgressView> progress() {
        return report.progress();
    }
}
