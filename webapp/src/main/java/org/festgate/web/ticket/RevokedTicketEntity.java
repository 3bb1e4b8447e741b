package org.festgate.web.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of the revocation list: a cancelled ticket whose token every gate must refuse. */
@Entity
@Table(name = "revoked_ticket")
@NamedQuery(name = "RevokedTicketEntity.ids", query = "SELECT r.ticketId FROM RevokedTicketEntity r")
@NamedQuery(name = "RevokedTicketEntity.idsOfEvent",
        query = "SELECT r.ticketId FROM RevokedTicketEntity r WHERE r.eventId = :event ORDER BY r.ticketId")
public class RevokedTicketEntity {

    @Id
    @Column(name = "ticket_id")
    private long ticketId;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "revoked_at", nullable = false)
    private Instant revokedAt;

    protected RevokedTicketEntity() {
    }

    RevokedTicketEntity(long ticketId, long eventId, Instant revokedAt) {
        this.ticketId = ticketId;
        this.eventId = eventId;
        this.revokedAt = revokedAt;
    }
}
