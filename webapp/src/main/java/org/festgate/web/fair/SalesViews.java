package org.festgate.web.fair;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;
import org.festgate.web.festival.FestivalViews.Text;

/** What the API shows of vendors' sales at fairs. */
public final class SalesViews {

    private SalesViews() {
    }

    /** What a vendor reported selling of one product on one day. */
    public record SaleLine(LocalDate date, String productKey, int quantity, long valueVnd) {
        static SaleLine of(SaleEntity sale) {
            return new SaleLine(sale.date(), sale.productKey(), sale.quantity(), sale.valueVnd());
        }
    }

    /** The sales of one product at a fair; the name is the key's when the product is no longer public. */
    public record ProductTotal(String productKey, Text name, String vendorName, String category, long quantity,
                               long valueVnd) {
    }

    /** The sales of one stall category (the category the vendors applied with). */
    public record CategoryTotal(String category, Text label, long quantity, long valueVnd) {
    }

    /** A fair's sales: in total, by category and by product. */
    public record SalesTotals(String fairKey, long quantity, long valueVnd, List<CategoryTotal> byCategory,
                              List<ProductTotal> byProduct) {
    }

    /**
     * The sales of products from one place: a former district (abolished in 2025, kept as the label people still
     * use) where the product names one, else the product's commune, with {@code formerDistrict} null; both are
     * null for products no longer known.
     */
    @JsonbNillable
    public record DistrictTotal(String formerDistrict, String commune, long quantity, long valueVnd) {
    }

    /** The sales of one or more fairs: in total, by category, by place of origin, and the best-selling products. */
    public record SalesBreakdown(long quantity, long valueVnd, List<CategoryTotal> byCategory,
                                 List<DistrictTotal> byDistrict, List<ProductTotal> topProducts) {
    }
}
