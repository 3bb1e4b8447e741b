package org.festgate.web.vendor;

import org.festgate.core.goods.ProductCategory;
import org.festgate.core.text.LocalizedText;

/**
 * A public product in short, for lists such as a fair's stall map. Texts are complete: where the vendor gave no
 * translation, the Vietnamese text stands in.
 *
 * @param key the product's stable key, the address of its page ({@code /products/{key}}) and QR code
 * @param vendorId the vendor offering it
 * @param name its name
 * @param category its category
 * @param priceVnd the price of one unit in đồng
 * @param unit the unit of sale
 */
public record ProductSummary(String key, long vendorId, LocalizedText name, ProductCategory category, long priceVnd,
                             LocalizedText unit) {

    static ProductSummary of(VendorProductEntity product) {
        ProductDetails details = product.details();
        return new ProductSummary(product.key(), product.vendorId(), details.name().complete(), details.category(),
                details.priceVnd(), details.unit().complete());
    }
}
