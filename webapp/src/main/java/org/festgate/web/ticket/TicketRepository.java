package org.festgate.web.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Keys, events, ticket types, tickets and revocations in the database. */
@ApplicationScoped
public class TicketRepository {

    @PersistenceContext
    private EntityManager em;

    List<SigningKeyEntity> activeKeys() {
        return em.createNamedQuery("SigningKeyEntity.active", SigningKeyEntity.class).getResultList();
    }

    List<SigningKeyEntity> allKeys() {
        return em.createNamedQuery("SigningKeyEntity.all", SigningKeyEntity.class).getResultList();
    }

    Optional<SigningKeyEntity> key(int keyId) {
        return Optional.ofNullable(em.find(SigningKeyEntity.class, keyId));
    }

    Optional<TicketedEventEntity> event(long id) {
        return Optional.ofNullable(em.find(TicketedEventEntity.class, id));
    }

    List<TicketedEventEntity> eventsFrom(LocalDate from, int max) {
        return em.createNamedQuery("TicketedEventEntity.startingFrom", TicketedEventEntity.class)
                .setParameter("from", from).setMaxResults(max).getResultList();
    }

    Optional<TicketedEventEntity> event(String festivalKey, LocalDate start) {
        return em.createNamedQuery("TicketedEventEntity.find", TicketedEventEntity.class)
                .setParameter("key", festivalKey).setParameter("start", start).getResultStream().findFirst();
    }

    /** The ticketed events that start between two days (both included), by festival and start. */
    List<TicketedEventEntity> eventsBetween(LocalDate from, LocalDate to) {
        return em.createNamedQuery("TicketedEventEntity.startingBetween", TicketedEventEntity.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The ticketed events of one festival that start between two days (both included), by start. */
    List<TicketedEventEntity> eventsBetween(String festivalKey, LocalDate from, LocalDate to) {
        return em.createNamedQuery("TicketedEventEntity.ofFestivalBetween", TicketedEventEntity.class)
                .setParameter("key", festivalKey).setParameter("from", from).setParameter("to", to).getResultList();
    }

    Optional<TicketTypeEntity> type(long id) {
        return Optional.ofNullable(em.find(TicketTypeEntity.class, id));
    }

    List<TicketTypeEntity> typesOf(long eventId) {
        return em.createNamedQuery("TicketTypeEntity.ofEvent", TicketTypeEntity.class)
                .setParameter("event", eventId).getResultList();
    }

    /** The ticket types of some events (not empty), by event and id. */
    List<TicketTypeEntity> typesOf(Collection<Long> eventIds) {
        return em.createNamedQuery("TicketTypeEntity.ofEvents", TicketTypeEntity.class)
                .setParameter("events", eventIds).getResultList();
    }

    /** Per ticket type of some events (not empty): how many of its tickets are in a status, counted by the database. */
    Map<Long, Long> ticketsPerType(Collection<Long> eventIds, TicketStatus status) {
        return em.createNamedQuery("TicketEntity.countPerTypeInStatus", Object[].class)
                .setParameter("events", eventIds).setParameter("status", status).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
    }

    /**
     * Takes {@code n} places of a ticket type if that many are left: one conditional update, so that concurrent
     * claims on any instance never take more than the capacity. What the transaction wrote before is flushed
     * first, so that the type's row is locked only from this update to the commit.
     *
     * @return whether the places were taken
     */
    boolean reserve(long typeId, int n) {
        em.flush();
        return em.createNamedQuery("TicketTypeEntity.reserve").setParameter("n", n).setParameter("id", typeId)
                .executeUpdate() == 1;
    }

    /** Gives {@code n} places of a ticket type back. */
    void release(long typeId, int n) {
        em.createNamedQuery("TicketTypeEntity.release").setParameter("n", n).setParameter("id", typeId)
                .executeUpdate();
    }

    Optional<TicketEntity> ticket(String publicId) {
        return em.createNamedQuery("TicketEntity.byPublicId", TicketEntity.class)
                .setParameter("publicId", publicId).getResultStream().findFirst();
    }

    /** The ticket, locked for update until the transaction ends. */
    Optional<TicketEntity> lockTicket(long id) {
        return Optional.ofNullable(em.find(TicketEntity.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The ticket with this public id, locked for update until the transaction ends. */
    Optional<TicketEntity> lockTicket(String publicId) {
        return ticket(publicId).flatMap(t -> lockTicket(t.id()));
    }

    List<Long> revokedIds() {
        return em.createNamedQuery("RevokedTicketEntity.ids", Long.class).getResultList();
    }

    List<Long> revokedIdsOf(long eventId) {
        return em.createNamedQuery("RevokedTicketEntity.idsOfEvent", Long.class).setParameter("event", eventId)
                .getResultList();
    }

    void store(Object entity) {
        em.persist(entity);
    }
}
