package org.festgate.web.vendor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.festgate.core.fair.ProductQr;
import org.festgate.web.platform.audit.AuditTrail;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.rest.Keys;
import org.festgate.web.vendor.VendorViews.ProductView;

/**
 * The vendors' product catalogues: each vendor creates, changes and withdraws its own products, and sees no other
 * vendor's (403); visitors see the products of verified vendors. A product's key is made once from its
 * Vietnamese name, made unique with a number ({@code che-shan-tuyet-2}), and never changes; two vendors taking the
 * same key at once are told apart by the key's unique constraint (one gets 409). Creations and withdrawals are
 * audited.
 */
@ApplicationScoped
public class ProductCatalogue {

    /** The longest key made from a name, before a number is added. */
    private static final int KEY_LENGTH = 64;

    @Inject
    private VendorRepository repository;

    @Inject
    private VendorRegistry registry;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The vendor's products (not withdrawn), oldest first. */
    @Transactional
    public List<ProductView> catalogue(String username) {
        VendorEntity vendor = registry.vendorOf(username);
        return repository.productsOf(vendor.id()).stream().map(p -> ownerView(p, vendor)).toList();
    }

    /** Adds a product to the vendor's catalogue under a new key. */
    @Transactional
    public ProductView create(String username, ProductDetails details) {
        VendorEntity vendor = registry.vendorOf(username);
        VendorProductEntity product = new VendorProductEntity(newKey(details.name().vi()), vendor.id(), details,
                clock.instant());
        repository.store(product);
        audit.record(username, "product.created", "product:" + product.key(), details.name().vi());
        return ownerView(product, vendor);
    }

    /**
     * One of the vendor's products.
     *
     * @throws ProblemException 404 if there is no such product, 403 if it is another vendor's
     */
    @Transactional
    public ProductView own(String username, String key) {
        VendorEntity vendor = registry.vendorOf(username);
        return ownerView(owned(vendor, key), vendor);
    }

    /** Changes one of the vendor's products; its key stays. */
    @Transactional
    public ProductView update(String username, String key, ProductDetails details) {
        VendorEntity vendor = registry.vendorOf(username);
        VendorProductEntity product = owned(vendor, key);
        product.update(details);
        return ownerView(product, vendor);
    }

    /** Withdraws one of the vendor's products: it is no longer shown, and its key is never given again. */
    @Transactional
    public void withdraw(String username, String key) {
        owned(registry.vendorOf(username), key).withdraw(clock.instant());
        audit.record(username, "product.withdrawn", "product:" + key, null);
    }

    /**
     * A product as visitors see it.
     *
     * @throws ProblemException 404 if there is no such product, it is withdrawn, or its vendor is not verified
     */
    @Transactional
    public ProductView published(String key) {
        VendorProductEntity product = publishedProduct(key);
        VendorEntity vendor = repository.vendor(product.vendorId()).orElseThrow();
        return ProductView.forPublic(product, repository.photosOf(product.id()), vendor.businessName());
    }

    /**
     * The address of a public product's page, which its QR code holds.
     *
     * @param site the address of Festgate's pages, such as {@code https://festgate.laichau.example/}
     * @throws ProblemException 404 if there is no such product, it is withdrawn, or its vendor is not verified
     */
    @Transactional
    public URI publishedLink(String key, URI site) {
        return ProductQr.productLink(site, publishedProduct(key).key());
    }

    /**
     * A product that visitors may see.
     *
     * @throws ProblemException 404 if there is no such product, it is withdrawn, or its vendor is not verified
     */
    VendorProductEntity publishedProduct(String key) {
        return repository.product(key).filter(p -> !p.isWithdrawn())
                .filter(p -> repository.vendor(p.vendorId()).map(v -> v.status() == VendorStatus.VERIFIED)
                        .orElse(false))
                .orElseThrow(() -> notFound(key));
    }

    /**
     * A product of the vendor, not withdrawn.
     *
     * @throws ProblemException 404 if there is no such product, 403 if it is another vendor's
     */
    VendorProductEntity owned(VendorEntity vendor, String key) {
        VendorProductEntity product = repository.product(key).filter(p -> !p.isWithdrawn())
                .orElseThrow(() -> notFound(key));
        if (product.vendorId() != vendor.id()) {
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "product '" + key
                    + "' is another vendor's: a vendor sees and changes only its own products"));
        }
        return product;
    }

    private ProductView ownerView(VendorProductEntity product, VendorEntity vendor) {
        return ProductView.forOwner(product, repository.photosOf(product.id()), vendor.businessName());
    }

    /** The name's key, or with the lowest number from 2 that makes it unused. */
    private String newKey(String name) {
        String base = Keys.derive(name, KEY_LENGTH).orElse("product");
        Set<String> taken = new HashSet<>(repository.keysLike(base));
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    private static ProblemException notFound(String key) {
        return new ProblemException(Problem.notFound("product", key));
    }
}
