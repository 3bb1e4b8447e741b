package org.festgate.web.fair;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.festgate.core.fair.StallAssignment;

/**
 * One stall of a fair given to one application for one day. The table's unique constraint on (fair, stall, day)
 * is what keeps a stall from being booked twice for a day, on any instance; these rows are only ever inserted and
 * deleted.
 */
@Entity
@Table(name = "stall_booking")
@NamedQuery(name = "StallBookingEntity.ofFair", query = "SELECT b FROM StallBookingEntity b"
        + " WHERE b.fairId = :fair ORDER BY b.applicationId, b.date")
@NamedQuery(name = "StallBookingEntity.ofApplication", query = "SELECT b FROM StallBookingEntity b"
        + " WHERE b.applicationId = :application ORDER BY b.date")
@NamedQuery(name = "StallBookingEntity.release",
        query = "DELETE FROM StallBookingEntity b WHERE b.applicationId = :application")
public class StallBookingEntity {

    @Id
    @SequenceGenerator(name = "stall_booking_seq", sequenceName = "stall_booking_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stall_booking_seq")
    private Long id;

    @Column(name = "fair_id", nullable = false)
    private long fairId;

    @Column(name = "stall_code", nullable = false)
    private String stallCode;

    @Column(name = "booking_date", nullable = false)
    private LocalDate date;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    protected StallBookingEntity() {
    }

    StallBookingEntity(long fairId, String stallCode, LocalDate date, long applicationId) {
        this.fairId = fairId;
        this.stallCode = Objects.requireNonNull(stallCode, "stallCode is required");
        this.date = Objects.requireNonNull(date, "date is required");
        this.applicationId = applicationId;
    }

    /** Bookings as the allocator sees them: one assignment per application, with all its booked days. */
    static List<StallAssignment> assignments(List<StallBookingEntity> bookings) {
        Map<Long, List<StallBookingEntity>> byApplication = bookings.stream()
                .collect(Collectors.groupingBy(StallBookingEntity::applicationId, TreeMap::new, Collectors.toList()));
        return byApplication.entrySet().stream().map(e -> new StallAssignment(e.getKey(),
                e.getValue().get(0).stallCode(), e.getValue().stream().map(StallBookingEntity::date)
                        .collect(Collectors.toCollection(TreeSet::new)))).toList();
    }

    String stallCode() {
        return stallCode;
    }

    LocalDate date() {
        return date;
    }

    long applicationId() {
        return applicationId;
    }
}
