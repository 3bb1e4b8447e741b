package org.festgate.web.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A ticketed event: one occurrence of a festival, named by the festival's key and the occurrence's first day.
 * The festival itself stays in the festival feature and is looked up through its catalog.
 */
@Entity
@Table(name = "ticketed_event")
@NamedQuery(name = "TicketedEventEntity.find",
        query = "SELECT e FROM TicketedEventEntity e WHERE e.festivalKey = :key AND e.startDate = :start")
@NamedQuery(name = "TicketedEventEntity.startingBetween", query = "SELECT e FROM TicketedEventEntity e"
        + " WHERE e.startDate BETWEEN :from AND :to ORDER BY e.festivalKey, e.startDate, e.id")
@NamedQuery(name = "TicketedEventEntity.ofFestivalBetween", query = "SELECT e FROM TicketedEventEntity e"
        + " WHERE e.festivalKey = :key AND e.startDate BETWEEN :from AND :to ORDER BY e.startDate, e.id")
@NamedQuery(name = "TicketedEventEntity.startingFrom",
        query = "SELECT e FROM TicketedEventEntity e WHERE e.startDate >= :from ORDER BY e.startDate, e.id")
public class TicketedEventEntity {

    @Id
    @SequenceGenerator(name = "ticketed_event_seq", sequenceName = "ticketed_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticketed_event_seq")
    private Long id;

    @Column(name = "festival_key", nullable = false)
    private String festivalKey;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TicketedEventEntity() {
    }

    TicketedEventEntity(String festivalKey, LocalDate startDate, Instant createdAt) {
        this.festivalKey = Objects.requireNonNull(festivalKey, "festivalKey is required");
        this.startDate = Objects.requireNonNull(startDate, "startDate is required");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt is required");
    }

    long id() {
        return id;
    }

    String festivalKey() {
        return festivalKey;
    }

    LocalDate startDate() {
        return startDate;
    }
}
