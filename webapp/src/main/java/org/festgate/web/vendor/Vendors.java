package org.festgate.web.vendor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.festgate.core.goods.ProductCategory;
import org.festgate.core.text.LocalizedText;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.rest.Keys;

/**
 * Vendors and their public products as other features (fairs, stall applications, sales) see them: never a
 * vendor's contact data or user name. A product is public while its vendor is verified and it is not withdrawn.
 */
@ApplicationScoped
public class Vendors {

    /** The most words of a search that count; more are left out. */
    private static final int MAX_WORDS = 8;

    @Inject
    private VendorRepository repository;

    /**
     * The vendor of a signed-in user, verified or not, for what a vendor may always do with its own records
     * (read its applications, fee notices and sales, withdraw an application).
     *
     * @throws ProblemException 403 if the user has no vendor profile
     */
    @Transactional
    public VendorRef requireVendor(String username) {
        VendorEntity vendor = profileOf(username);
        return new VendorRef(vendor.id(), vendor.businessName());
    }

    /**
     * The verified vendor of a signed-in user, for actions only verified vendors may take (applying for a stall,
     * submitting an application).
     *
     * @throws ProblemException 403 if the user has no vendor profile or the vendor is not verified
     */
    @Transactional
    public VendorRef requireVerified(String username) {
        VendorEntity vendor = profileOf(username);
        if (vendor.status() != VendorStatus.VERIFIED) {
            throw forbidden("vendor '" + vendor.businessName() + "' is not verified yet: an organizer verifies"
                    + " each vendor before its first application"
                    + (vendor.statusReason() == null ? "" : " (" + vendor.statusReason() + ")"));
        }
        return new VendorRef(vendor.id(), vendor.businessName());
    }

    private VendorEntity profileOf(String username) {
        return repository.vendorOf(username).orElseThrow(() -> forbidden("user '" + username
                + "' has no vendor profile: register as a vendor first"));
    }

    /**
     * The name visitors see of a vendor, verified or not.
     *
     * @throws ProblemException 404 if there is no such vendor
     */
    @Transactional
    public String publicName(long vendorId) {
        return repository.vendor(vendorId).map(VendorEntity::businessName).orElseThrow(() -> new ProblemException(
                Problem.notFound("vendor", Long.toString(vendorId))));
    }

    /** The public products of a vendor, oldest first; none while the vendor is not verified. */
    @Transactional
    public List<ProductSummary> productsOf(long vendorId) {
        return searchProducts(List.of(vendorId), null, null);
    }

    /**
     * Searches the public products of some vendors, such as those with a stall at a fair.
     *
     * @param vendorIds the vendors, not null; none gives no product
     * @param text words that the name (in any language), producer or origin must each contain, ignoring case
     *             and Vietnamese diacritics (the first eight count); null or blank for any
     * @param category the category, or null for any
     * @return the products, by vendor id and then oldest first
     */
    @Transactional
    public List<ProductSummary> searchProducts(Collection<Long> vendorIds, String text, ProductCategory category) {
        return vendorIds.isEmpty() ? List.of() : search(Optional.of(vendorIds), text, category);
    }

    /**
     * The names of the public products of some vendors (those {@link #searchProducts} finds), by product key: what
     * a list of many products' figures needs, without reading the products whole.
     *
     * @param vendorIds the vendors, not null, fast to look up in (a set); none gives no name
     * @return complete names (the Vietnamese text where a translation is missing) by product key
     */
    @Transactional
    public Map<String, LocalizedText> productNames(Collection<Long> vendorIds) {
        return vendorIds.isEmpty() ? Map.of() : repository.publicProductNames().stream()
                .filter(row -> vendorIds.contains((Long) row[1])).collect(Collectors.toMap(row -> (String) row[0],
                        row -> PartialTextColumns.toText((PartialTextColumns) row[2]).complete()));
    }

    /**
     * Searches the public products of all vendors, as {@link #searchProducts} does those of some.
     *
     * @return the products, by vendor id and then oldest first
     */
    @Transactional
    public List<ProductSummary> searchAllProducts(String text, ProductCategory category) {
        return search(Optional.empty(), text, category);
    }

    private List<ProductSummary> search(Optional<Collection<Long>> vendorIds, String text, ProductCategory category) {
        List<String> words = text == null || text.isBlank() ? List.of()
                : Arrays.stream(Keys.fold(text).split("\\s+")).distinct().limit(MAX_WORDS).toList();
        return repository.search(vendorIds, words, Optional.ofNullable(category)).stream()
                .map(ProductSummary::of).toList();
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(Response.Status.FORBIDDEN, detail));
    }
}
