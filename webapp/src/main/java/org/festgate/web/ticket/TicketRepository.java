package org.festgate.web.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

    Optional<TicketTypeEntity> type(long id) {
        return Optional.ofNullable(em.find(TicketTypeEntity.class, id));
    }

    List<TicketTypeEntity> typesOf(long eventId) {
        return em.createNamedQuery("TicketTypeEntity.ofEvent", TicketTypeEntity.class)
                .setParameter("event", eventId).getResultList();
    }

    /**
     * Takes {@code n} places of a ticket type if that many are left: one conditional update, so that concurrent
     * claims on any instance never take more than the capacity.
     *
     * @return whether the places were taken
     */
    boolean reserve(long typeId, int n) {
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
