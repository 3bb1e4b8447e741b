package org.festgate.web.report;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.web.festival.FestivalFilter;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.security.Role;

/**
 * The festival report of a festival and year (ADMIN, ORGANIZER):
 * <ul>
 * <li>{@code GET /api/reports/festivals/{festivalKey}/{year}} → {@link FestivalReport} as JSON</li>
 * <li>{@code .../report.pdf?lang=vi|en|zh} → the printed report</li>
 * <li>{@code .../tables/{table}.csv?lang=} → one table under it as CSV ({@link ReportTables#NAMES})</li>
 * <li>{@code .../tables.xlsx?lang=} → every table as a sheet of one workbook</li>
 * </ul>
 * An unknown festival is a 404; a year that is not a whole number from 2000 to 2100 a 400 naming {@code year}; an
 * unknown table a 404 naming {@code table}.
 */
@Path("reports/festivals/{festivalKey}/{year}")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.ORGANIZER_NAME})
public class ReportResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private FestivalReports reports;

    @Inject
    private ReportPdf pdf;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A festival's report of a year: attendance, tickets, vendors, sales of local products and"
            + " each headline figure against the year before")
    public FestivalReport report(@PathParam("festivalKey") String festivalKey, @PathParam("year") String year) {
        return reports.report(festivalKey, ReportYear.parse(year));
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The festival report as PDF, in ?lang=vi (default), en or zh")
    public Response pdf(@PathParam("festivalKey") String festivalKey, @PathParam("year") String year,
                        @QueryParam("lang") String lang) {
        String language = FestivalFilter.language(lang);
        FestivalReport report = report(festivalKey, year);
        return file(pdf.render(report, language), "application/pdf", "inline", report, "report.pdf");
    }

    @GET
    @Path("tables/{table}.csv")
    @Produces("text/csv")
    @Operation(summary = "One table under the festival report as CSV (attendance, events, tickets, vendors,"
            + " sales-categories, sales-districts, top-products, comparison), texts in ?lang=vi|en|zh")
    public Response csv(@PathParam("festivalKey") String festivalKey, @PathParam("year") String year,
                        @PathParam("table") String table, @QueryParam("lang") String lang) {
        String language = FestivalFilter.language(lang);
        int checkedYear = ReportYear.parse(year);
        if (!ReportTables.NAMES.contains(table)) {
            throw new ProblemException(new Problem(404, "Not Found", "no table '" + table + "'",
                    List.of(new Problem.FieldError("table", "must be one of " + ReportTables.NAMES))));
        }
        FestivalReport report = reports.report(festivalKey, checkedYear);
        return file(ReportCsv.of(ReportTables.table(report, language, table).orElseThrow()),
                "text/csv; charset=utf-8", "attachment", report, table + ".csv");
    }

    @GET
    @Path("tables.xlsx")
    @Produces(XLSX)
    @Operation(summary = "Every table under the festival report as one XLSX workbook, a sheet per table")
    public Response xlsx(@PathParam("festivalKey") String festivalKey, @PathParam("year") String year,
                         @QueryParam("lang") String lang) {
        String language = FestivalFilter.language(lang);
        FestivalReport report = report(festivalKey, year);
        return file(ReportWorkbook.of(ReportTables.of(report, language)), XLSX, "attachment", report, "tables.xlsx");
    }

    /** A download named after the report's festival and year, such as {@code then-kin-pang-2026-report.pdf}. */
    private static Response file(Object body, String type, String disposition, FestivalReport report, String name) {
        return Response.ok(body, type).header("Content-Disposition", disposition + "; filename=\""
                + report.festivalKey() + "-" + report.year() + "-" + name + "\"").build();
    }
}
