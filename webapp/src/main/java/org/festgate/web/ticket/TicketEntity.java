package org.festgate.web.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.festgate.core.ticket.TicketClaims;

/**
 * A visitor's ticket. Its numeric id is the token's ticket id (below 2<sup>48</sup>); its public id, 256 random
 * bits, is the address of the visitor's page and the only thing needed to see or cancel it. Changes of status
 * are made under a pessimistic lock of this row, which also puts the scans of one ticket one after the other.
 */
@Entity
@Table(name = "ticket")
@NamedQuery(name = "TicketEntity.countPerTypeInStatus", query = "SELECT t.ticketTypeId, COUNT(t) FROM TicketEntity t"
        + " WHERE t.eventId IN :events AND t.status = :status GROUP BY t.ticketTypeId")
@NamedQuery(name = "TicketEntity.byPublicId", query = "SELECT t FROM TicketEntity t WHERE t.publicId = :publicId")
public class TicketEntity {

    @Id
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private String publicId;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "ticket_type_id", nullable = false)
    private long ticketTypeId;

    @Column(name = "holder_name", nullable = false)
    private String holderName;

    @Column
    private String email;

    @Column
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;

    @Column
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TicketEntity() {
    }

    TicketEntity(String publicId, TicketTypeEntity type, TicketHolder holder, Instant createdAt) {
        this.publicId = Objects.requireNonNull(publicId, "publicId is required");
        this.eventId = type.eventId();
        this.ticketTypeId = type.id();
        this.holderName = holder.name();
        this.email = holder.email();
        this.phone = holder.phone();
        this.status = TicketStatus.PENDING_PAYMENT;
        this.createdAt = createdAt;
    }

    /** The claims to sign for this ticket, valid as its type says. */
    TicketClaims claims(TicketTypeEntity type, int keyId) {
        return TicketClaims.of(id, Math.toIntExact(eventId), Math.toIntExact(ticketTypeId), type.validFrom(),
                type.validUntil(), type.policy(), keyId);
    }

    void issue(String signedToken) {
        this.token = Objects.requireNonNull(signedToken, "signedToken is required");
        this.status = TicketStatus.ISSUED;
    }

    void cancel() {
        this.status = TicketStatus.CANCELLED;
    }

    long id() {
        return id;
    }

    String publicId() {
        return publicId;
    }

    long eventId() {
        return eventId;
    }

    long ticketTypeId() {
        return ticketTypeId;
    }

    String holderName() {
        return holderName;
    }

    TicketStatus status() {
        return status;
    }

    String token() {
        return token;
    }
}
