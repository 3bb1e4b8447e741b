package org.festgate.web.report;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.festgate.web.fair.FestivalFairs.HeldFair;
import org.festgate.web.scan.EntryCounts.EventAttendance;

/**
 * The tables under a festival report, with texts in one language: {@code attendance} (entries per local day),
 * {@code events} (entries and visitors per ticketed event), {@code tickets} (per ticket type), {@code vendors}
 * (per fair), {@code sales-categories}, {@code sales-districts} (per former district, else commune),
 * {@code top-products} and {@code comparison} (each headline figure against the year before).
 */
final class ReportTables {

    /** The names of the tables, in the order of the workbook's sheets. */
    static final List<String> NAMES = List.of("attendance", "events", "tickets", "vendors", "sales-categories",
            "sales-districts", "top-products", "comparison");

    private ReportTables() {
    }

    /** Every table of the report, in the order of {@link #NAMES}. */
    static List<ReportTable> of(FestivalReport report, String language) {
        return NAMES.stream().map(name -> table(report, language, name).orElseThrow()).toList();
    }

    /** One table of the report, or empty when there is no table of that name. */
    static Optional<ReportTable> table(FestivalReport report, String language, String name) {
        return Optional.ofNullable(switch (name) {
            case "attendance" -> new ReportTable(name, List.of("day", "entries"), report.attendance().perDay()
                    .stream().map(d -> row(d.day().toString(), d.entries())).toList());
            case "events" -> events(report);
            case "tickets" -> new ReportTable(name, List.of("event_id", "ticket_type_id", "ticket_type", "capacity",
                    "issued", "cancelled"), report.tickets().perType().stream().map(t -> row(t.eventId(),
                    t.typeId(), t.name().in(language), t.capacity(), t.issued(), t.cancelled())).toList());
            case "vendors" -> vendors(report, language);
            case "sales-categories" -> new ReportTable(name, List.of("category", "label", "quantity", "value_vnd"),
                    report.sales().byCategory().stream().map(c -> row(c.category(), c.label().in(language),
                            c.quantity(), c.valueVnd())).toList());
            case "sales-districts" -> new ReportTable(name, List.of("former_district", "commune", "quantity",
                    "value_vnd"), report.sales().byDistrict().stream().map(d -> row(d.formerDistrict(),
                    d.commune(), d.quantity(), d.valueVnd())).toList());
            case "top-products" -> new ReportTable(name, List.of("product_key", "product", "vendor", "category",
                    "quantity", "value_vnd"), report.sales().topProducts().stream().map(p -> row(p.productKey(),
                    p.name().in(language), p.vendorName(), p.category(), p.quantity(), p.valueVnd())).toList());
            case "comparison" -> new ReportTable(name, List.of("figure", "this_year", "previous_year", "change",
                    "change_percent"), report.comparison().stream().map(c -> row(c.figure(), c.thisYear(),
                    c.previousYear(), c.change(), c.changePercent())).toList());
            default -> null;
        });
    }

    private static ReportTable events(FestivalReport report) {
        Map<Long, EventAttendance> counted = report.attendance().perEvent().stream()
                .collect(Collectors.toMap(EventAttendance::eventId, Function.identity()));
        return new ReportTable("events", List.of("event_id", "start_date", "entries", "visitors"),
                report.events().stream().map(e -> {
                    EventAttendance figures = counted.getOrDefault(e.eventId(), new EventAttendance(e.eventId(), 0, 0));
                    return row(e.eventId(), e.startDate().toString(), figures.entries(), figures.visitors());
                }).toList());
    }

    private static ReportTable vendors(FestivalReport report, String language) {
        Map<String, HeldFair> fairs = report.fairs().stream()
                .collect(Collectors.toMap(HeldFair::key, Function.identity()));
        return new ReportTable("vendors", List.of("fair_key", "fair", "first_day", "applications",
                "vendors_with_stall", "vendors_checked_in"), report.vendors().byFair().stream().map(v -> {
                    HeldFair fair = fairs.get(v.fairKey());
                    return row(v.fairKey(), fair.name().in(language), fair.firstDay().toString(), v.applications(),
                            v.withStall(), v.checkedIn());
                }).toList());
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
