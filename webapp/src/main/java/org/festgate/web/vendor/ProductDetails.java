package org.festgate.web.vendor;

import java.util.Objects;
import org.festgate.core.goods.OcopRating;
import org.festgate.core.goods.ProductCategory;
import org.festgate.core.place.Commune;
import org.festgate.core.text.Checks;

/**
 * A product as its vendor describes it.
 *
 * @param name the name, in Vietnamese and optionally English and Chinese, not null
 * @param category the category, not null
 * @param origin the commune the product comes from, not null
 * @param producer who makes or grows it, not blank
 * @param ocop the OCOP rating, or null if unrated
 * @param geographicalIndication the registered geographical indication, or null
 * @param priceVnd the price of one unit in đồng, not negative
 * @param unit the unit of sale, such as "kg" or "hộp 200 g", not null
 * @param description a description, or null
 */
public record ProductDetails(PartialText name, ProductCategory category, Commune origin, String producer,
                             OcopRating ocop, String geographicalIndication, long priceVnd, PartialText unit,
                             PartialText description) {

    /**
     * @throws IllegalArgumentException if the producer is blank or the price negative
     */
    public ProductDetails {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(category, "category is required");
        Objects.requireNonNull(origin, "origin is required");
        Checks.nonBlank(producer, "producer");
        Objects.requireNonNull(unit, "unit is required");
        if (priceVnd < 0) {
            throw new IllegalArgumentException("priceVnd must not be negative: " + priceVnd);
        }
    }
}
