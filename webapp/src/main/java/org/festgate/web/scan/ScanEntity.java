package org.festgate.web.scan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.festgate.core.admission.AdmissionDecision;
import org.festgate.core.admission.Direction;
import org.festgate.core.admission.RefusalReason;

/**
 * One scan as recorded, admitted or refused, with the answer given (so that a repeated nonce gets the same
 * answer) and, for an uploaded offline scan, what the gate decided offline and whether that conflicts with the
 * server's decision. The id, from a sequence, orders scans for offline synchronisation.
 * <p>
 * Scans are recorded by the scan decision in plain JDBC ({@link ScanLedger}, which takes the columns and values of a
 * new scan from here) and read through JPA.
 */
@Entity
@Table(name = "scan")
@NamedQuery(name = "ScanEntity.byNonce", query = "SELECT s FROM ScanEntity s WHERE s.nonce = :nonce")
@NamedQuery(name = "ScanEntity.ofEventRecordedFrom", query = "SELECT s FROM ScanEntity s WHERE s.eventId = :event"
        + " AND s.ticketId IS NOT NULL AND s.recordedAt >= :from ORDER BY s.recordedAt, s.id")
@NamedQuery(name = "ScanEntity.ofEventAfter", query = "SELECT s FROM ScanEntity s WHERE s.eventId = :event"
        + " AND s.ticketId IS NOT NULL AND (s.recordedAt > :at OR (s.recordedAt = :at AND s.id > :id))"
        + " ORDER BY s.recordedAt, s.id")
@NamedQuery(name = "ScanEntity.logOfEvent",
        query = "SELECT s FROM ScanEntity s WHERE s.eventId = :event AND s.id < :before ORDER BY s.id DESC")
@NamedQuery(name = "ScanEntity.logOfTicket", query = "SELECT s FROM ScanEntity s WHERE s.eventId = :event"
        + " AND s.id < :before AND s.ticketId = :ticket ORDER BY s.id DESC")
@NamedQuery(name = "ScanEntity.eventsByLastRecorded",
        query = "SELECT s.eventId FROM ScanEntity s GROUP BY s.eventId ORDER BY MAX(s.recordedAt) DESC")
@NamedQuery(name = "ScanEntity.conflictsOfEvent",
        query = "SELECT s FROM ScanEntity s WHERE s.eventId = :event AND s.conflict = TRUE ORDER BY s.id")
public class ScanEntity {

    /** The columns of a new scan after its id, in the order of {@link #columnValues()}. */
    static final List<String> COLUMNS = List.of("nonce", "device_id", "event_id", "ticket_id", "entrance_key",
            "direction", "scanned_at", "recorded_at", "admitted", "reason", "message_vi", "message_en", "message_zh",
            "offline_outcome", "conflict");

    @Id
    private Long id;

    @Column(nullable = false, updatable = false)
    private String nonce;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "entrance_key", nullable = false)
    private String entranceKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Column(name = "scanned_at", nullable = false)
    private Instant scannedAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private boolean admitted;

    @Enumerated(EnumType.STRING)
    @Column
    private RefusalReason reason;

    @Column(name = "message_vi", nullable = false)
    private String messageVi;

    @Column(name = "message_en", nullable = false)
    private String messageEn;

    @Column(name = "message_zh", nullable = false)
    private String messageZh;

    @Enumerated(EnumType.STRING)
    @Column(name = "offline_outcome")
    private ScanOutcome offlineOutcome;

    @Column(nullable = false)
    private boolean conflict;

    protected ScanEntity() {
    }

    ScanEntity(ScanRequest request, ScannerDevice device, AdmissionDecision decision, Instant recordedAt) {
        this.nonce = request.nonce().toString();
        this.deviceId = device.id();
        this.eventId = device.eventId();
        this.ticketId = decision.claims().map(c -> c.ticketId()).orElse(null);
        this.entranceKey = request.entranceKey();
        this.direction = request.direction();
        this.scannedAt = request.at();
        // whole milliseconds, as the sync cursor counts them
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
        this.admitted = decision.isAdmitted();
        this.reason = decision.reason().orElse(null);
        this.messageVi = decision.message("vi");
        this.messageEn = decision.message("en");
        this.messageZh = decision.message("zh");
        this.offlineOutcome = request.offlineOutcome();
        this.conflict = offlineOutcome != null && offlineOutcome != ScanOutcome.of(admitted);
    }

    /** The values of {@link #COLUMNS} for this new scan, as JDBC binds them. */
    List<Object> columnValues() {
        return Arrays.asList(nonce, deviceId, eventId, ticketId, entranceKey, direction.name(),
                scannedAt.atOffset(ZoneOffset.UTC), recordedAt.atOffset(ZoneOffset.UTC), admitted,
                reason == null ? null : reason.name(), messageVi, messageEn, messageZh,
                offlineOutcome == null ? null : offlineOutcome.name(), conflict);
    }

    ScanAnswer toAnswer() {
        return new ScanAnswer(UUID.fromString(nonce), ScanOutcome.of(admitted), reason == null ? null : reason.name(),
                new ScanAnswer.Message(messageVi, messageEn, messageZh), ticketId, entranceKey, direction.name(),
                scannedAt, offlineOutcome == null ? null : offlineOutcome.name(), conflict);
    }

    long id() {
        return id;
    }

    /** Where a package that ends with this scan leaves off: exactly here, or here as a sync cursor. */
    SyncCursor cursor(boolean exact) {
        return new SyncCursor(recordedAt, exact ? id : null);
    }

    /** This scan as the event's scan log shows it: the answer with who recorded it and when. */
    Gatekeeper.LoggedScan toLogged() {
        return new Gatekeeper.LoggedScan(id, deviceId, recordedAt, toAnswer());
    }
}
