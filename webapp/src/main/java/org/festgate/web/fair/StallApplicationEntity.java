package org.festgate.web.fair;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.festgate.core.fair.ApplicationState;
import org.festgate.core.fair.StallApplication;
import org.festgate.core.fair.StallCategory;

/**
 * A vendor's application for a stall at a fair, as stored. Its state changes only through core-lib's
 * {@code ApplicationWorkflow}; the stall it was given lives in its {@link StallBookingEntity bookings}, and the fee
 * is fixed when it gets one.
 */
@Entity
@Table(name = "stall_application")
@NamedQuery(name = "StallApplicationEntity.ofFair",
        query = "SELECT a FROM StallApplicationEntity a WHERE a.fairId = :fair ORDER BY a.id")
@NamedQuery(name = "StallApplicationEntity.ofFairInState",
        query = "SELECT a FROM StallApplicationEntity a WHERE a.fairId = :fair AND a.state = :state ORDER BY a.id")
@NamedQuery(name = "StallApplicationEntity.ofVendor",
        query = "SELECT a FROM StallApplicationEntity a WHERE a.vendorId = :vendor ORDER BY a.id DESC")
public class StallApplicationEntity {

    @Id
    @SequenceGenerator(name = "stall_application_seq", sequenceName = "stall_application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stall_application_seq")
    private Long id;

    @Column(name = "fair_id", nullable = false)
    private long fairId;

    @Column(name = "vendor_id", nullable = false)
    private long vendorId;

    @Column(name = "vendor_name", nullable = false)
    private String vendorName;

    @Column(nullable = false)
    private String category;

    @Column(name = "needs_power")
    private boolean needsPower;

    @Column(name = "preferred_stalls", nullable = false)
    private String preferredStalls;

    @Column(nullable = false)
    private String state;

    @Column(name = "fee_vnd")
    private Long feeVnd;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "stall_application_day", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "fair_date")
    private Set<LocalDate> days = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "stall_application_product", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "product_key")
    private Set<String> productKeys = new TreeSet<>();

    @Version
    private long version;

    protected StallApplicationEntity() {
    }

    StallApplicationEntity(long fairId, long vendorId, String vendorName, ApplicationRequest request,
                           Instant createdAt) {
        this.fairId = fairId;
        this.vendorId = vendorId;
        this.vendorName = Objects.requireNonNull(vendorName, "vendorName is required");
        this.category = request.category().name();
        this.needsPower = request.needsPower();
        this.preferredStalls = String.join(",", request.preferredStalls());
        this.days.addAll(request.days());
        this.productKeys.addAll(request.productKeys());
        this.state = ApplicationState.DRAFT.name();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt is required");
    }

    /** The states in which an application holds a stall (and owes its fee). */
    static final Set<ApplicationState> HOLDING_A_STALL = EnumSet.of(ApplicationState.ALLOCATED,
            ApplicationState.PAID, ApplicationState.CHECKED_IN);

    /** Moves to a state the workflow allowed, noting when it was submitted, paid or checked in. */
    void moveTo(ApplicationState next, Instant at) {
        if (next == ApplicationState.SUBMITTED) {
            submittedAt = at;
        } else if (next == ApplicationState.PAID) {
            paidAt = at;
        } else if (next == ApplicationState.CHECKED_IN) {
            checkedInAt = at;
        }
        if (!HOLDING_A_STALL.contains(next)) {
            feeVnd = null;
        }
        state = next.name();
    }

    /** Fixes the fee of the stall this application holds. */
    void owe(long fee) {
        this.feeVnd = fee;
    }

    /** The application as the allocator sees it. */
    StallApplication toAllocationInput() {
        return StallApplication.of(id, vendorId, category(), days(), needsPower, preferredStalls(),
                submittedAt == null ? createdAt : submittedAt);
    }

    long id() {
        return id;
    }

    long fairId() {
        return fairId;
    }

    long vendorId() {
        return vendorId;
    }

    /** The vendor's public name, as it applied. */
    String vendorName() {
        return vendorName;
    }

    StallCategory category() {
        return StallCategory.valueOf(category);
    }

    ApplicationState state() {
        return ApplicationState.valueOf(state);
    }

    boolean needsPower() {
        return needsPower;
    }

    /** The days asked for, in order. */
    SortedSet<LocalDate> days() {
        return new TreeSet<>(days);
    }

    List<String> preferredStalls() {
        return preferredStalls.isEmpty() ? List.of() : List.of(preferredStalls.split(","));
    }

    /** The keys of the vendor's products it sells at the fair, in order. */
    SortedSet<String> productKeys() {
        return new TreeSet<>(productKeys);
    }

    /** The fee owed since the application got its stall, or null before. */
    Long feeVnd() {
        return feeVnd;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant paidAt() {
        return paidAt;
    }

    Instant checkedInAt() {
        return checkedInAt;
    }
}
