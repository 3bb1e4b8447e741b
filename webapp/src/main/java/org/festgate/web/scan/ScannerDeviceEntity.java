package org.festgate.web.scan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/** A phone or gate registered to entrances of one event. Only the SHA-256 of its token is stored. */
@Entity
@Table(name = "scanner_device")
@NamedQuery(name = "ScannerDeviceEntity.byTokenHash",
        query = "SELECT d FROM ScannerDeviceEntity d WHERE d.tokenHash = :hash AND d.revokedAt IS NULL")
@NamedQuery(name = "ScannerDeviceEntity.ofEvent",
        query = "SELECT d FROM ScannerDeviceEntity d WHERE d.eventId = :event ORDER BY d.id")
public class ScannerDeviceEntity {

    @Id
    @SequenceGenerator(name = "scanner_device_seq", sequenceName = "scanner_device_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scanner_device_seq")
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "entrance_keys", nullable = false)
    private String entranceKeys;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column
    private String label;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected ScannerDeviceEntity() {
    }

    ScannerDeviceEntity(long eventId, List<String> entrances, String tokenHash, String label, String registeredBy,
                        Instant createdAt) {
        this.eventId = eventId;
        this.entranceKeys = String.join(",", new TreeSet<>(entrances));
        this.tokenHash = tokenHash;
        this.label = label;
        this.registeredBy = registeredBy;
        this.createdAt = createdAt;
    }

    ScannerDevice toDevice() {
        return new ScannerDevice(id, eventId, List.of(entranceKeys.split(",")), label);
    }

    /** The device as organizers see it in the list of an event's devices. */
    ScannerDevices.DeviceView toView() {
        return new ScannerDevices.DeviceView(id, eventId, List.of(entranceKeys.split(",")), label, registeredBy,
                createdAt, revokedAt, revokedBy);
    }

    long eventId() {
        return eventId;
    }

    String registeredBy() {
        return registeredBy;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(String actor, Instant at) {
        this.revokedAt = at;
        this.revokedBy = actor;
    }
}
