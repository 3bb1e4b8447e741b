package org.festgate.web.fair;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.festgate.core.fair.ProductQr;
import org.festgate.core.fair.StallAssignment;
import org.festgate.core.goods.ProductCategory;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.vendor.ProductSummary;
import org.festgate.web.vendor.Vendors;

/**
 * Who is at which stall of a fair, for visitors: the vendors' public names and the public products they sell
 * there, never anything personal; and a search of those products by text and category that names the stalls to
 * highlight.
 */
@ApplicationScoped
public class StallOccupancy {

    /** A public product at a stall, with the address of its page: the one its QR code at the stall holds. */
    public record ProductAtStall(String key, Text name, String category, Text categoryName, long priceVnd,
                                 Text unit, String page) {
        static ProductAtStall of(ProductSummary product, URI site) {
            return new ProductAtStall(product.key(), Text.of(product.name()), product.category().name(),
                    Text.of(product.category().label()), product.priceVnd(), Text.of(product.unit()),
                    ProductQr.productLink(site, product.key()).toString());
        }
    }

    /** A product category that visitors can search by. */
    public record CategoryChoice(String code, Text name) {
    }

    /** A vendor at a stall on some days, with its products there. */
    public record Occupant(String stallCode, List<LocalDate> days, String vendorName,
                           List<ProductAtStall> products) {
    }

    /**
     * The occupied stalls of a fair; with a search, {@code matches} are the stalls whose products match it and
     * {@code products} those products.
     */
    public record OccupancyView(String fairKey, List<Occupant> occupants, boolean searched, List<String> matches,
                                List<ProductAtStall> products, List<CategoryChoice> productCategories) {
    }

    private static final List<CategoryChoice> CATEGORIES = Arrays.stream(ProductCategory.values())
            .map(c -> new CategoryChoice(c.name(), Text.of(c.label()))).toList();

    @Inject
    private FairRepository repository;

    @Inject
    private FairCatalog catalog;

    @Inject
    private Vendors vendors;

    /**
     * The occupied stalls of a fair and, when a text or category is given, the stalls that sell matching products.
     *
     * @param text words that a product's name, producer or origin must contain, or null
     * @param category the products' category, or null
     * @param site the address of Festgate's pages, under which products have theirs
     */
    @Transactional
    public OccupancyView occupancy(String fairKey, String text, ProductCategory category, URI site) {
        FairEntity fair = catalog.existing(fairKey);
        Map<Long, StallAssignment> booked = StallBookingEntity.assignments(repository.bookingsOf(fair.id())).stream()
                .collect(Collectors.toMap(StallAssignment::applicationId, a -> a));
        List<StallApplicationEntity> present = repository.applicationsOf(fair.id()).stream()
                .filter(a -> booked.containsKey(a.id())).toList();
        Set<Long> vendorIds = present.stream().map(StallApplicationEntity::vendorId).collect(Collectors.toSet());
        List<ProductSummary> all = vendors.searchProducts(vendorIds, null, null);
        List<Occupant> occupants = occupants(present, booked, all, site);
        boolean searched = (text != null && !text.isBlank()) || category != null;
        if (!searched) {
            return new OccupancyView(fairKey, occupants, false, List.of(), List.of(), CATEGORIES);
        }
        List<ProductSummary> found = vendors.searchProducts(vendorIds, text, category);
        List<Occupant> matching = occupants(present, booked, found, site).stream().filter(o -> !o.products().isEmpty())
                .toList();
        return new OccupancyView(fairKey, occupants, true,
                matching.stream().map(Occupant::stallCode).distinct().sorted().toList(),
                matching.stream().flatMap(o -> o.products().stream()).distinct().toList(), CATEGORIES);
    }

    /** The applications at their stalls, each with those of the products that it sells there. */
    private static List<Occupant> occupants(List<StallApplicationEntity> present,
                                            Map<Long, StallAssignment> booked, Collection<ProductSummary> products,
                                            URI site) {
        return present.stream().map(a -> new Occupant(booked.get(a.id()).stallCode(), List.copyOf(a.days()),
                a.vendorName(), productsAt(a, products, site))).toList();
    }

    /** The products of a list that the application sells at its stall. */
    private static List<ProductAtStall> productsAt(StallApplicationEntity application,
                                                   Collection<ProductSummary> products, URI site) {
        Set<String> keys = application.productKeys();
        return products.stream().filter(p -> p.vendorId() == application.vendorId() && keys.contains(p.key()))
                .map(p -> ProductAtStall.of(p, site)).toList();
    }
}
