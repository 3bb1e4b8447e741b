package org.festgate.web.fair;

import org.festgate.web.fair.SalesViews.SalesTotals;
import org.festgate.web.platform.export.CsvTable;

/**
 * A fair's sales as one CSV table: a row per product, a row per category and one for the whole fair, told apart
 * by the first column ({@code product}, {@code category}, {@code fair}); names in one language. Every text cell
 * is guarded against spreadsheet formulas ({@link CsvTable}).
 */
final class SalesCsv {

    private SalesCsv() {
    }

    static String of(SalesTotals totals, String language) {
        CsvTable table = new CsvTable().row("level", "category", "product_key", "product", "vendor", "quantity",
                "value_vnd");
        totals.byProduct().forEach(p -> table.row("product", p.category(), p.productKey(), p.name().in(language),
                p.vendorName(), p.quantity(), p.valueVnd()));
        totals.byCategory().forEach(c -> table.row("category", c.category(), null, c.label().in(language), null,
                c.quantity(), c.valueVnd()));
        return table.row("fair", null, null, totals.fairKey(), null, totals.quantity(), totals.valueVnd()).toString();
    }
}
