package org.festgate.web.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.festgate.web.fair.FestivalFairs.HeldFair;
import org.festgate.web.fair.SalesViews.DistrictTotal;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.platform.export.PdfFonts;
import org.festgate.web.report.YearOverYear.Change;

/**
 * The printed festival report: an A4 document with the festival and year, the headline figures against the year
 * before, then attendance, tickets, vendors and sales of local products as tables, in vi, en or zh with the
 * fonts of {@link PdfFonts} (in English without them) and the words of {@link ReportLabels}.
 */
@ApplicationScoped
public class ReportPdf {

    private static final float TEXT = 10;

    @Inject
    private PdfFonts fonts;

    @Inject
    private ReportLabels labels;

    /** The PDF of a report in a language (vi, en or zh). */
    byte[] render(FestivalReport report, String language) {
        Printing p = new Printing(fonts.language(language));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.addTitle(p.label("report.title") + ": " + report.name().in(p.language) + " " + report.year());
            document.add(paragraph(p.label("report.title"), 12, Font.NORMAL));
            document.add(paragraph(report.name().in(p.language) + " – " + report.year(), 18, Font.BOLD));
            headline(document, p, report.comparison());
            attendance(document, p, report);
            tickets(document, p, report);
            vendors(document, p, report);
            sales(document, p, report);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the report PDF could not be laid out", e);
        }
        return out.toByteArray();
    }

    private void headline(Document document, Printing p, List<Change> comparison) throws DocumentException {
        heading(document, p.label("report.headline"));
        document.add(table(p, List.of("report.figure", "report.thisYear", "report.previousYear", "report.change",
                "report.changePercent"), comparison.stream().map(c -> List.of(p.label("report.figure." + c.figure()),
                p.number(c.thisYear()), p.orNoData(c.previousYear()), p.orNoData(c.change()),
                c.changePercent() == null ? "–" : c.changePercent().toPlainString() + " %")).toList()));
    }

    private void attendance(Document document, Printing p, FestivalReport report) throws DocumentException {
        heading(document, p.label("report.attendance"));
        document.add(paragraph(p.label("report.attendanceSummary", "entries", p.number(report.attendance().entries()),
                "visitors", p.number(report.attendance().visitors())), TEXT, Font.NORMAL));
        document.add(table(p, List.of("report.day", "report.entries"), report.attendance().perDay().stream()
                .map(d -> List.of(d.day().toString(), p.number(d.entries()))).toList()));
    }

    private void tickets(Document document, Printing p, FestivalReport report) throws DocumentException {
        heading(document, p.label("report.tickets"));
        document.add(table(p, List.of("report.ticketType", "report.capacity", "report.issued", "report.cancelled"),
                report.tickets().perType().stream().map(t -> List.of(t.name().in(p.language), p.number(t.capacity()),
                        p.number(t.issued()), p.number(t.cancelled()))).toList()));
    }

    private void vendors(Document document, Printing p, FestivalReport report) throws DocumentException {
        heading(document, p.label("report.vendors"));
        Map<String, Text> fairs = report.fairs().stream().collect(Collectors.toMap(HeldFair::key, HeldFair::name));
        document.add(table(p, List.of("report.fair", "report.applications", "report.withStall", "report.checkedIn"),
                report.vendors().byFair().stream().map(v -> List.of(fairs.get(v.fairKey()).in(p.language), p.number(v.applications()),
                        p.number(v.withStall()), p.number(v.checkedIn()))).toList()));
    }

    private void sales(Document document, Printing p, FestivalReport report) throws DocumentException {
        heading(document, p.label("report.sales"));
        document.add(paragraph(p.label("report.salesSummary", "value", p.number(report.sales().valueVnd()),
                "quantity", p.number(report.sales().quantity())), TEXT, Font.NORMAL));
        List<String> amounts = List.of("report.quantity", "report.valueVnd");
        document.add(table(p, with("report.category", amounts), report.sales().byCategory().stream()
                .map(c -> List.of(c.label().in(p.language), p.number(c.quantity()), p.number(c.valueVnd()))).toList()));
        document.add(table(p, with("report.place", amounts), report.sales().byDistrict().stream()
                .map(d -> List.of(place(p, d), p.number(d.quantity()), p.number(d.valueVnd()))).toList()));
        document.add(table(p, List.of("report.product", "report.vendor", "report.quantity", "report.valueVnd"),
                report.sales().topProducts().stream().map(t -> List.of(t.name().in(p.language), t.vendorName(),
                        p.number(t.quantity()), p.number(t.valueVnd()))).toList()));
    }

    private String place(Printing p, DistrictTotal district) {
        if (district.formerDistrict() != null) {
            return p.label("report.formerDistrictOf", "name", district.formerDistrict());
        }
        return district.commune() == null ? p.label("report.unknownPlace")
                : p.label("report.communeOf", "name", district.commune());
    }

    private static List<String> with(String first, List<String> rest) {
        List<String> keys = new ArrayList<>(List.of(first));
        keys.addAll(rest);
        return keys;
    }

    private void heading(Document document, String text) throws DocumentException {
        Paragraph heading = paragraph(text, 13, Font.BOLD);
        heading.setSpacingBefore(10);
        document.add(heading);
    }

    private Paragraph paragraph(String text, float size, int style) {
        Paragraph paragraph = new Paragraph(fonts.phrase(text, size, style));
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    /** A table with a header row of labels; a row saying "no data" when there are no rows. */
    private PdfPTable table(Printing p, List<String> headerKeys, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(headerKeys.size());
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        headerKeys.forEach(key -> table.addCell(cell(p.label(key), Font.BOLD, Element.ALIGN_LEFT)));
        if (rows.isEmpty()) {
            PdfPCell none = cell(p.label("report.noData"), Font.ITALIC, Element.ALIGN_LEFT);
            none.setColspan(headerKeys.size());
            table.addCell(none);
        }
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                table.addCell(cell(row.get(i), Font.NORMAL, i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
            }
        });
        return table;
    }

    private PdfPCell cell(String text, int style, int alignment) {
        PdfPCell cell = new PdfPCell(fonts.phrase(text, TEXT, style));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    /** The language a report is printed in, its words and its numbers. */
    private final class Printing {
        private final String language;
        private final NumberFormat numbers;

        Printing(String language) {
            this.language = language;
            this.numbers = NumberFormat.getIntegerInstance(Locale.forLanguageTag(language));
        }

        String label(String key, Object... vars) {
            return labels.text(language, key, vars);
        }

        String number(long value) {
            return numbers.format(value);
        }

        String orNoData(Long value) {
            return value == null ? label("report.noData") : number(value);
        }
    }
}
