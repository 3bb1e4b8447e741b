package org.festgate.web.fair;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.festgate.core.text.LocalizedText;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.vendor.Vendors;

/**
 * The names of products sold at fairs, from the vendors' public catalogues; a product that is no longer public is
 * named by its key.
 */
@ApplicationScoped
class ProductNames {

    @Inject
    private Vendors vendors;

    /**
     * The sales rows as product totals, with the products' names.
     *
     * @param rows product key, category, vendor id, vendor name, quantity, value
     */
    List<SalesViews.ProductTotal> totals(List<Object[]> rows) {
        Map<String, LocalizedText> names = names(rows.stream().map(r -> (Long) r[2]).collect(Collectors.toSet()));
        return rows.stream().map(r -> {
            String key = (String) r[0];
            LocalizedText name = names.getOrDefault(key, LocalizedText.of(key, key, key));
            return new SalesViews.ProductTotal(key, Text.of(name), (String) r[3], (String) r[1],
                    ((Number) r[4]).longValue(), ((Number) r[5]).longValue());
        }).toList();
    }

    private Map<String, LocalizedText> names(Collection<Long> vendorIds) {
        return vendors.productNames(vendorIds);
    }
}
