package org.festgate.web.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.festgate.core.admission.TicketTypeRules;
import org.festgate.core.ticket.EntryPolicy;
import org.festgate.web.platform.persistence.EmbeddedText;

/**
 * A ticket type of an event as stored. {@code issued} is changed only by conditional bulk updates
 * ({@link TicketRepository#reserve}, {@link TicketRepository#release}), so that the database, not this object,
 * guards the capacity.
 */
@Entity
@Table(name = "ticket_type")
@NamedQuery(name = "TicketTypeEntity.ofEvent",
        query = "SELECT t FROM TicketTypeEntity t WHERE t.eventId = :event ORDER BY t.id")
@NamedQuery(name = "TicketTypeEntity.ofEvents",
        query = "SELECT t FROM TicketTypeEntity t WHERE t.eventId IN :events ORDER BY t.eventId, t.id")
@NamedQuery(name = "TicketTypeEntity.reserve", query = "UPDATE TicketTypeEntity t SET t.issued = t.issued + :n"
        + " WHERE t.id = :id AND t.issued + :n <= t.capacity")
@NamedQuery(name = "TicketTypeEntity.release", query = "UPDATE TicketTypeEntity t SET t.issued = t.issued - :n"
        + " WHERE t.id = :id AND t.issued >= :n")
public class TicketTypeEntity {

    @Id
    @SequenceGenerator(name = "ticket_type_seq", sequenceName = "ticket_type_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_type_seq")
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Embedded
    private EmbeddedText name;

    @Column(name = "price_vnd", nullable = false)
    private long priceVnd;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private int issued;

    @Column(name = "sales_from")
    private Instant salesFrom;

    @Column(name = "sales_until")
    private Instant salesUntil;

    @Column(name = "order_limit", nullable = false)
    private int orderLimit;

    @Column(name = "entry_policy", nullable = false)
    private String entryPolicy;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Column(name = "entrance_keys", nullable = false)
    private String entranceKeys;

    @Column(name = "daily_from")
    private LocalTime dailyFrom;

    @Column(name = "daily_until")
    private LocalTime dailyUntil;

    @Version
    private long version;

    protected TicketTypeEntity() {
    }

    TicketTypeEntity(long eventId, TicketTypeSpec spec) {
        this.eventId = eventId;
        update(spec);
    }

    /** Takes every value of the spec; {@code issued} stays. */
    void update(TicketTypeSpec spec) {
        this.name = EmbeddedText.of(spec.name());
        this.priceVnd = spec.priceVnd();
        this.capacity = spec.capacity();
        this.salesFrom = spec.salesFrom();
        this.salesUntil = spec.salesUntil();
        this.orderLimit = spec.limitPerOrder();
        this.entryPolicy = spec.policy().name();
        this.validFrom = spec.validFrom();
        this.validUntil = spec.validUntil();
        this.entranceKeys = String.join(",", new TreeSet<>(spec.entrances()));
        this.dailyFrom = spec.dailyFrom();
        this.dailyUntil = spec.dailyUntil();
    }

    TicketTypeSpec toSpec() {
        return new TicketTypeSpec(name.toText(), priceVnd, capacity, salesFrom, salesUntil, orderLimit, policy(),
                validFrom, validUntil, entrances(), dailyFrom, dailyUntil);
    }

    /** The admission rules of this type, in the festival's time zone. */
    TicketTypeRules rules() {
        TicketTypeRules rules = TicketTypeRules.of(Math.toIntExact(id)).withEntrances(Set.copyOf(entrances()));
        return dailyFrom == null ? rules : rules.withDailyWindow(dailyFrom, dailyUntil);
    }

    long id() {
        return id;
    }

    long eventId() {
        return eventId;
    }

    int issued() {
        return issued;
    }

    int capacity() {
        return capacity;
    }

    long priceVnd() {
        return priceVnd;
    }

    int orderLimit() {
        return orderLimit;
    }

    Instant salesFrom() {
        return salesFrom;
    }

    Instant salesUntil() {
        return salesUntil;
    }

    EntryPolicy policy() {
        return EntryPolicy.valueOf(entryPolicy);
    }

    Instant validFrom() {
        return validFrom;
    }

    Instant validUntil() {
        return validUntil;
    }

    /** The keys of the entrances this type may use, sorted. */
    List<String> entrances() {
        return List.of(entranceKeys.split(","));
    }
}
