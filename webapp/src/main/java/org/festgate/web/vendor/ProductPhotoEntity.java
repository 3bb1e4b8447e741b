package org.festgate.web.vendor;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A photo of a product: its bytes, checked against their declared type, and their SHA-256, which serves as the
 * photo's entity tag. A photo never changes; it is added or deleted.
 */
@Entity
@Table(name = "product_photo")
@NamedQuery(name = "ProductPhotoEntity.refsOf", query = "SELECT NEW org.festgate.web.vendor.PhotoRef(ph.id,"
        + " ph.productId, ph.type, ph.sha256) FROM ProductPhotoEntity ph WHERE ph.productId = :product ORDER BY ph.id")
@NamedQuery(name = "ProductPhotoEntity.countOf",
        query = "SELECT COUNT(ph) FROM ProductPhotoEntity ph WHERE ph.productId = :product")
@NamedQuery(name = "ProductPhotoEntity.delete",
        query = "DELETE FROM ProductPhotoEntity ph WHERE ph.id = :id AND ph.productId = :product")
public class ProductPhotoEntity {

    @Id
    @SequenceGenerator(name = "product_photo_seq", sequenceName = "product_photo_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_photo_seq")
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Enumerated(EnumType.STRING)
    @Column(name = "media_type", nullable = false, updatable = false)
    private PhotoType type;

    @Column(name = "byte_count", nullable = false, updatable = false)
    private int byteCount;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ProductPhotoEntity() {
    }

    ProductPhotoEntity(long productId, PhotoType type, byte[] content, String sha256, Instant createdAt) {
        this.productId = productId;
        this.type = type;
        this.content = content.clone();
        this.byteCount = content.length;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    long id() {
        return id;
    }

    PhotoRef ref() {
        return new PhotoRef(id, productId, type, sha256);
    }

    byte[] content() {
        return content.clone();
    }
}
