package org.festgate.web.fair;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import org.festgate.core.fair.StallCategory;
import org.festgate.web.fair.SalesViews.CategoryTotal;
import org.festgate.web.fair.SalesViews.DistrictTotal;
import org.festgate.web.fair.SalesViews.SalesBreakdown;
import org.festgate.web.festival.FestivalViews.Text;

/**
 * Sales of local products at one or more fairs (a festival's in a year), counted by the database: per stall
 * category, per place of origin of the products (former district, else commune) and the best-selling products.
 */
@ApplicationScoped
public class SalesFigures {

    /** Most products in a list of the best-selling ones. */
    public static final int TOP_PRODUCTS = 10;

    @Inject
    private FairRepository repository;

    @Inject
    private FairCatalog catalog;

    @Inject
    private ProductNames productNames;

    /**
     * One fair's sales per place of origin of the products, largest value first.
     *
     * @throws org.festgate.web.platform.problem.ProblemException 404 if there is no such fair
     */
    @Transactional
    public List<DistrictTotal> perDistrict(String fairKey) {
        return perDistrict(List.of(catalog.fairId(fairKey)));
    }

    /** The sales of the fairs with these keys (unknown keys are left out); zeros for none. */
    @Transactional
    public SalesBreakdown of(Collection<String> fairKeys) {
        List<Long> ids = repository.fairs(fairKeys).stream().map(FairEntity::id).toList();
        if (ids.isEmpty()) {
            return new SalesBreakdown(0, 0, List.of(), List.of(), List.of());
        }
        List<CategoryTotal> categories = repository.salesPerCategory(ids).stream().map(row -> {
            StallCategory category = StallCategory.valueOf((String) row[0]);
            return new CategoryTotal(category.name(), Text.of(category.label()), number(row[1]), number(row[2]));
        }).toList();
        return new SalesBreakdown(categories.stream().mapToLong(CategoryTotal::quantity).sum(),
                categories.stream().mapToLong(CategoryTotal::valueVnd).sum(), categories, perDistrict(ids),
                productNames.totals(repository.topProducts(ids, TOP_PRODUCTS)));
    }

    private List<DistrictTotal> perDistrict(List<Long> fairIds) {
        return repository.salesPerDistrict(fairIds).stream().map(row -> new DistrictTotal((String) row[0],
                (String) row[1], number(row[2]), number(row[3]))).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
