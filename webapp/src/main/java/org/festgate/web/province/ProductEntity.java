package org.festgate.web.province;

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
import org.festgate.core.goods.LocalProduct;
import org.festgate.core.goods.OcopRating;
import org.festgate.core.goods.ProductCategory;
import org.festgate.core.text.Provenance;
import org.festgate.web.platform.persistence.CommuneColumns;
import org.festgate.web.platform.persistence.EmbeddedText;

/** A local product as stored; the persistent form of core-lib's {@link LocalProduct}. */
@Entity
@Table(name = "local_product")
@NamedQuery(name = "ProductEntity.findAll", query = "SELECT p FROM ProductEntity p ORDER BY p.key")
@NamedQuery(name = "ProductEntity.findByKey", query = "SELECT p FROM ProductEntity p WHERE p.key = :key")
public class ProductEntity {

    @Id
    @SequenceGenerator(name = "local_product_seq", sequenceName = "local_product_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "local_product_seq")
    private Long id;

    @Column(name = "product_key", nullable = false, unique = true)
    private String key;

    @Embedded
    private EmbeddedText name;

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

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "vi", column = @Column(name = "unit_vi")),
            @AttributeOverride(name = "en", column = @Column(name = "unit_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "unit_zh"))})
    private EmbeddedText unit;

    @Column(nullable = false)
    private String source;

    private boolean sample;

    @Version
    private long version;

    protected ProductEntity() {
    }

    ProductEntity(LocalProduct product) {
        this.key = product.key();
        update(product);
    }

    /** Takes every value of the product except its key. */
    void update(LocalProduct product) {
        this.name = EmbeddedText.of(product.name());
        this.category = product.category();
        this.origin = CommuneColumns.of(product.origin());
        this.producer = product.producer();
        this.ocopStars = product.ocop().map(OcopRating::stars).orElse(null);
        this.geographicalIndication = product.geographicalIndication().orElse(null);
        this.unit = EmbeddedText.of(product.unit());
        this.source = product.provenance().source();
        this.sample = product.provenance().sample();
    }

    public LocalProduct toProduct() {
        return LocalProduct.of(key, name.toText(), category, origin.toCommune(), producer,
                ocopStars == null ? null : OcopRating.of(ocopStars), geographicalIndication, unit.toText(),
                new Provenance(source, sample));
    }
}
