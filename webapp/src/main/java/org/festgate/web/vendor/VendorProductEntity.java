package org.festgate.web.vendor;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.festgate.core.goods.OcopRating;
import org.festgate.core.goods.ProductCategory;
import org.festgate.web.platform.persistence.CommuneColumns;
import org.festgate.web.platform.rest.Keys;

/**
 * A product of a vendor's catalogue under its stable key. Withdrawing it hides it and keeps its key, so that a
 * printed QR code never leads to another product. The search text is kept folded beside the values it comes from.
 */
@Entity
@Table(name = "vendor_product")
@NamedQuery(name = "VendorProductEntity.byKey", query = "SELECT p FROM VendorProductEntity p WHERE p.key = :key")
@NamedQuery(name = "VendorProductEntity.ofVendor", query = "SELECT p FROM VendorProductEntity p"
        + " WHERE p.vendorId = :vendor AND p.withdrawnAt IS NULL ORDER BY p.createdAt, p.id")
@NamedQuery(name = "VendorProductEntity.keysLike",
        query = "SELECT p.key FROM VendorProductEntity p WHERE p.key = :base OR p.key LIKE :prefix")
public class VendorProductEntity {

    @Id
    @SequenceGenerator(name = "vendor_product_seq", sequenceName = "vendor_product_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vendor_product_seq")
    private Long id;

    @Column(name = "product_key", nullable = false, updatable = false)
    private String key;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Embedded
    private PartialTextColumns name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProductCategory category;

    @Embedded
    private CommuneColumns origin;

    @Column(nullable = false)
    private String producer;

    @Column(name = "ocop_stars")
    private Integer ocopStars;

    @Column(name = "geographical_indication")
    private String geographicalIndication;

    @Column(name = "price_vnd", nullable = false)
    private long priceVnd;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "vi", column = @Column(name = "unit_vi")),
            @AttributeOverride(name = "en", column = @Column(name = "unit_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "unit_zh"))})
    private PartialTextColumns unit;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "vi", column = @Column(name = "description_vi")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "description_zh"))})
    private PartialTextColumns description;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected VendorProductEntity() {
    }

    VendorProductEntity(String key, long vendorId, ProductDetails details, Instant createdAt) {
        this.key = Objects.requireNonNull(key, "key is required");
        this.vendorId = vendorId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt is required");
        update(details);
    }

    /** Takes every value of the details; the key and the vendor stay. */
    void update(ProductDetails details) {
        this.name = PartialTextColumns.of(details.name());
        this.category = details.category();
        this.origin = CommuneColumns.of(details.origin());
        this.producer = details.producer();
        this.ocopStars = details.ocop() == null ? null : details.ocop().stars();
        this.geographicalIndication = details.geographicalIndication();
        this.priceVnd = details.priceVnd();
        this.unit = PartialTextColumns.of(details.unit());
        this.description = PartialTextColumns.of(details.description());
        this.searchText = Stream.of(details.name().vi(), details.name().en(), details.name().zh(),
                        details.producer(), details.origin().toString())
                .filter(Objects::nonNull).map(Keys::fold).collect(Collectors.joining(" | "));
    }

    /** Hides the product for good; its key stays taken. */
    void withdraw(Instant at) {
        this.withdrawnAt = at;
    }

    boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    long id() {
        return id;
    }

    String key() {
        return key;
    }

    long vendorId() {
        return vendorId;
    }

    ProductDetails details() {
        return new ProductDetails(PartialTextColumns.toText(name), category, origin.toCommune(), producer,
                ocopStars == null ? null : OcopRating.of(ocopStars), geographicalIndication, priceVnd,
                PartialTextColumns.toText(unit), PartialTextColumns.toText(description));
    }
}
