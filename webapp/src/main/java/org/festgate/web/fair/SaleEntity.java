package org.festgate.web.fair;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** What a vendor reported selling of one product on one fair day; a later report of that day replaces it. */
@Entity
@Table(name = "fair_sale")
@NamedQuery(name = "SaleEntity.ofApplication", query = "SELECT s FROM SaleEntity s"
        + " WHERE s.applicationId = :application ORDER BY s.date, s.productKey")
@NamedQuery(name = "SaleEntity.find", query = "SELECT s FROM SaleEntity s WHERE s.applicationId = :application"
        + " AND s.productKey = :product AND s.date = :date")
public class SaleEntity {

    @Id
    @SequenceGenerator(name = "fair_sale_seq", sequenceName = "fair_sale_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fair_sale_seq")
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "fair_id", nullable = false)
    private long fairId;

    @Column(name = "product_key", nullable = false)
    private String productKey;

    @Column(name = "sale_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "value_vnd", nullable = false)
    private long valueVnd;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Version
    private long version;

    protected SaleEntity() {
    }

    SaleEntity(long applicationId, long fairId, String productKey, LocalDate date) {
        this.applicationId = applicationId;
        this.fairId = fairId;
        this.productKey = Objects.requireNonNull(productKey, "productKey is required");
        this.date = Objects.requireNonNull(date, "date is required");
    }

    /** Sets what was sold, as reported at an instant. */
    void report(int soldQuantity, long soldValueVnd, Instant at) {
        this.quantity = soldQuantity;
        this.valueVnd = soldValueVnd;
        this.reportedAt = Objects.requireNonNull(at, "at is required");
    }

    String productKey() {
        return productKey;
    }

    LocalDate date() {
        return date;
    }

    int quantity() {
        return quantity;
    }

    long valueVnd() {
        return valueVnd;
    }
}
