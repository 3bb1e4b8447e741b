package org.festgate.web.scan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Scanner devices and scans in the database. */
@ApplicationScoped
public class ScanRepository {

    /** Most scans in one offline package; the scanner asks again from the version it got. */
    static final int PACKAGE_SCANS = 5000;

    @PersistenceContext
    private EntityManager em;

    Optional<ScannerDeviceEntity> deviceByTokenHash(String hash) {
        return em.createNamedQuery("ScannerDeviceEntity.byTokenHash", ScannerDeviceEntity.class)
                .setParameter("hash", hash).getResultStream().findFirst();
    }

    List<ScannerDeviceEntity> devicesOf(long eventId) {
        return em.createNamedQuery("ScannerDeviceEntity.ofEvent", ScannerDeviceEntity.class)
                .setParameter("event", eventId).getResultList();
    }

    Optional<ScannerDeviceEntity> device(long id) {
        return Optional.ofNullable(em.find(ScannerDeviceEntity.class, id));
    }

    Optional<ScanEntity> byNonce(String nonce) {
        return em.createNamedQuery("ScanEntity.byNonce", ScanEntity.class).setParameter("nonce", nonce)
                .getResultStream().findFirst();
    }

    /** The scans of known tickets of an event that a device with this cursor is to get, in recording order. */
    List<ScanEntity> ofEventSince(long eventId, SyncCursor since) {
        var query = since.isContinuation()
                ? em.createNamedQuery("ScanEntity.ofEventAfter", ScanEntity.class)
                        .setParameter("at", since.recordedAt()).setParameter("id", since.afterId())
                : em.createNamedQuery("ScanEntity.ofEventRecordedFrom", ScanEntity.class)
                        .setParameter("from", since.lookBackFrom());
        return query.setParameter("event", eventId).setMaxResults(PACKAGE_SCANS).getResultList();
    }

    /** The scans of an event, or of one of its tickets, recorded before {@code before} (a scan id), newest first. */
    List<ScanEntity> logOf(long eventId, Long ticketId, long before, int max) {
        var query = ticketId == null
                ? em.createNamedQuery("ScanEntity.logOfEvent", ScanEntity.class)
                : em.createNamedQuery("ScanEntity.logOfTicket", ScanEntity.class).setParameter("ticket", ticketId);
        return query.setParameter("event", eventId).setParameter("before", before).setMaxResults(max).getResultList();
    }

    List<ScanEntity> conflictsOf(long eventId) {
        return em.createNamedQuery("ScanEntity.conflictsOfEvent", ScanEntity.class).setParameter("event", eventId)
                .getResultList();
    }

    /**
     * Per entrance, the tickets whose last admitted scan is an entry there. Native SQL (the same on H2 and
     * PostgreSQL): EclipseLink writes a boolean literal as 1 inside this subquery, which H2 refuses.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> insideByEntrance(long eventId) {
        return em.createNativeQuery("SELECT s.entrance_key, COUNT(*) FROM scan s WHERE s.event_id = ?"
                + " AND s.admitted = TRUE AND s.direction = 'IN' AND NOT EXISTS (SELECT 1 FROM scan t"
                + " WHERE t.ticket_id = s.ticket_id AND t.admitted = TRUE AND (t.scanned_at > s.scanned_at"
                + " OR (t.scanned_at = s.scanned_at AND t.id > s.id))) GROUP BY s.entrance_key ORDER BY s.entrance_key")
                .setParameter(1, eventId).getResultList();
    }

    /**
     * An event's admitted entries (admitted scans in the IN direction) recorded from {@code from} on and, unless
     * {@code until} is null, before {@code until}, counted by the database per hour of the scan time (whole hours
     * since the epoch, in UTC) and entrance: rows of hour, entrance key, count. The subquery names the hour once.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> entriesPerHourAndEntrance(long eventId, Instant from, Instant until) {
        return (List<Object[]>) admittedEntries("SELECT x.hour_number, x.entrance_key, COUNT(*) FROM (SELECT"
                + " CAST(FLOOR(EXTRACT(EPOCH FROM s.scanned_at)) AS BIGINT) / 3600 AS hour_number, s.entrance_key",
                ") x GROUP BY x.hour_number, x.entrance_key", eventId, from, until);
    }

    /**
     * The distinct tickets of an event's admitted entries recorded from {@code from} on and, unless {@code until}
     * is null, before {@code until}.
     */
    List<Long> ticketsAdmittedIn(long eventId, Instant from, Instant until) {
        return admittedEntries("SELECT DISTINCT s.ticket_id", "", eventId, from, until).stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * The events that have scans, the one with the latest recorded scan first.
     */
    List<Long> eventsWithScans() {
        return em.createNamedQuery("ScanEntity.eventsByLastRecorded", Long.class).getResultList();
    }

    /**
     * A query of an event's admitted entries recorded in a time range (open-ended if {@code until} is null): the
     * range is one of the index on the event's scans by recording time, so the scans of the last minutes are found
     * without reading the others. Native SQL, the same on H2 and PostgreSQL.
     */
    private List<?> admittedEntries(String select, String after, long eventId, Instant from, Instant until) {
        var query = em.createNativeQuery(select + " FROM scan s WHERE s.event_id = ? AND s.admitted = TRUE"
                + " AND s.direction = 'IN' AND s.recorded_at >= ?" + (until == null ? "" : " AND s.recorded_at < ?")
                + after).setParameter(1, eventId).setParameter(2, from.atOffset(ZoneOffset.UTC));
        if (until != null) {
            query.setParameter(3, until.atOffset(ZoneOffset.UTC));
        }
        return query.getResultList();
    }

    void store(Object entity) {
        em.persist(entity);
        em.flush();
    }
}
