package org.festgate.web.vendor;

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
import org.festgate.web.platform.persistence.CommuneColumns;

/**
 * A vendor: the profile of one VENDOR account, named by the account's user name, and its verification by an
 * organizer (who changed it, when, and the reason when it was taken back).
 */
@Entity
@Table(name = "vendor")
@NamedQuery(name = "VendorEntity.byUsername", query = "SELECT v FROM VendorEntity v WHERE v.username = :username")
@NamedQuery(name = "VendorEntity.all", query = "SELECT v FROM VendorEntity v ORDER BY v.createdAt, v.id")
@NamedQuery(name = "VendorEntity.withStatus",
        query = "SELECT v FROM VendorEntity v WHERE v.status = :status ORDER BY v.createdAt, v.id")
public class VendorEntity {

    @Id
    @SequenceGenerator(name = "vendor_seq", sequenceName = "vendor_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vendor_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "business_name", nullable = false)
    private String businessName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VendorKind kind;

    @Embedded
    private CommuneColumns commune;

    @Column
    private String phone;

    @Column
    private String email;

    @Column(name = "tax_code")
    private String taxCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VendorStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "status_changed_by")
    private String statusChangedBy;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected VendorEntity() {
    }

    VendorEntity(String username, VendorProfile profile, Instant createdAt) {
        this.username = Objects.requireNonNull(username, "username is required");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt is required");
        this.status = VendorStatus.UNVERIFIED;
        update(profile);
    }

    /** Takes every value of the profile. */
    void update(VendorProfile profile) {
        this.businessName = profile.businessName();
        this.kind = profile.kind();
        this.commune = CommuneColumns.of(profile.commune());
        this.phone = profile.phone();
        this.email = profile.email();
        this.taxCode = profile.taxCode();
    }

    /** Marks the vendor verified by an organizer. */
    void verify(String actor, Instant at) {
        changeStatus(VendorStatus.VERIFIED, null, actor, at);
    }

    /** Takes the verification back, for a reason the vendor will read. */
    void unverify(String reason, String actor, Instant at) {
        changeStatus(VendorStatus.UNVERIFIED, Objects.requireNonNull(reason, "reason is required"), actor, at);
    }

    private void changeStatus(VendorStatus newStatus, String reason, String actor, Instant at) {
        this.status = newStatus;
        this.statusReason = reason;
        this.statusChangedBy = Objects.requireNonNull(actor, "actor is required");
        this.statusChangedAt = Objects.requireNonNull(at, "at is required");
    }

    long id() {
        return id;
    }

    String username() {
        return username;
    }

    String businessName() {
        return businessName;
    }

    VendorStatus status() {
        return status;
    }

    String statusReason() {
        return statusReason;
    }

    String statusChangedBy() {
        return statusChangedBy;
    }

    Instant statusChangedAt() {
        return statusChangedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    VendorProfile profile() {
        return new VendorProfile(businessName, kind, commune.toCommune(), phone, email, taxCode);
    }
}
