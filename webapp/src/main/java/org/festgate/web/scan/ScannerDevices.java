package org.festgate.web.scan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.festgate.core.event.Entrance;
import org.festgate.web.platform.audit.AuditTrail;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.security.SecretTokens;
import org.festgate.web.ticket.EventGates;

/**
 * Scanner devices: a SCANNER registers a phone to entrances of one event and gets its device token once; the
 * device then sends it in the {@value #HEADER} header with every scan, package and upload. Only the token's
 * SHA-256 is stored, as for sign-ins.
 * <p>
 * A device does not change after its registration until it is revoked (a lost or stolen phone). Each instance
 * keeps the devices it has authenticated, by token hash, for {@link #KEEP} and asks the database only for tokens
 * it has not seen or seen longer ago: a scan costs no device look-up, and a revocation made on any instance stops
 * the device everywhere within {@link #KEEP}. The instance that revokes forgets the device at once.
 */
@ApplicationScoped
public class ScannerDevices {

    /** The header that carries a device token. */
    public static final String HEADER = "X-Device-Token";

    /**
     * A device just registered, with its secret token (shown this once).
     *
     * @param deviceId the device id
     * @param eventId the event
     * @param entrances the entrances it scans at
     * @param token the device token for the {@value ScannerDevices#HEADER} header
     */
    public record Registration(long deviceId, long eventId, List<String> entrances, String token) {
    }

    /**
     * A registered device as organizers see it.
     *
     * @param deviceId the device id
     * @param eventId the event
     * @param entrances the entrances it scans at
     * @param label the name the gate keeper chose, or null
     * @param registeredBy the user who registered it
     * @param registeredAt when
     * @param revokedAt when it was revoked, null while it may scan
     * @param revokedBy who revoked it, or null
     */
    public record DeviceView(long deviceId, long eventId, List<String> entrances, String label, String registeredBy,
                             Instant registeredAt, Instant revokedAt, String revokedBy) {
    }

    /** How long an instance trusts a device it has authenticated before it reads it again. */
    static final Duration KEEP = Duration.ofSeconds(30);

    /** Most devices kept per instance; beyond it the kept ones are forgotten and read again as they scan. */
    private static final int KEPT_DEVICES = 10_000;

    /** A device authenticated by this instance, and until when it is trusted without a new look-up. */
    private record Known(ScannerDevice device, Instant until) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @Inject
    private ScanRepository repository;

    @Inject
    private EventGates gates;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Transactional
    public Registration register(long eventId, List<String> entrances, String label, String actor) {
        List<String> venueEntrances = gates.gate(eventId).entrances().stream().map(Entrance::key).toList();
        List<String> unknown = entrances.stream().filter(e -> !venueEntrances.contains(e)).toList();
        if (!unknown.isEmpty() || new HashSet<>(entrances).size() != entrances.size()) {
            throw new ProblemException(Problem.invalidField("entrances", "must be distinct entrances of the"
                    + " event's venue, " + venueEntrances + "; not " + unknown));
        }
        String token = SecretTokens.newSecret();
        ScannerDeviceEntity device = new ScannerDeviceEntity(eventId, entrances, SecretTokens.hash(token), label,
                actor, clock.instant());
        repository.store(device);
        ScannerDevice registered = device.toDevice();
        audit.record(actor, "scanner-device.registered", "scanner-device:" + registered.id(),
                "event:" + eventId + " " + registered.entrances());
        return new Registration(registered.id(), eventId, registered.entrances(), token);
    }

    /**
     * The device with this token.
     *
     * @throws ProblemException 401 if the token is missing or unknown
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScannerDevice authenticate(String token) {
        if (token == null || token.isBlank()) {
            throw unauthorized("send the device token in the " + HEADER + " header");
        }
        String hash = SecretTokens.hash(token.strip());
        Instant now = clock.instant();
        Known kept = known.get(hash);
        if (kept != null && now.isBefore(kept.until())) {
            return kept.device();
        }
        ScannerDevice device = repository.deviceByTokenHash(hash).map(ScannerDeviceEntity::toDevice)
                .orElseThrow(() -> {
                    known.remove(hash);
                    return unauthorized("unknown or revoked device token");
                });
        if (known.size() >= KEPT_DEVICES) {
            known.clear();
        }
        known.put(hash, new Known(device, now.plus(KEEP)));
        return device;
    }

    /** The devices registered to an event, revoked ones included. */
    @Transactional
    public List<DeviceView> of(long eventId) {
        gates.gate(eventId);
        return repository.devicesOf(eventId).stream().map(ScannerDeviceEntity::toView).toList();
    }

    /**
     * Revokes a device: its token no longer scans, uploads or downloads. An organizer or administrator revokes any
     * device; a scanner only the devices it registered.
     *
     * @throws ProblemException 404 if there is no such device (also for a scanner asking for another's device),
     *                          409 if it is revoked already
     */
    @Transactional
    public DeviceView revoke(long deviceId, String actor, boolean organizer) {
        ScannerDeviceEntity device = repository.device(deviceId)
                .filter(d -> organizer || d.registeredBy().equals(actor))
                .orElseThrow(() -> new ProblemException(Problem.notFound("scanner device", Long.toString(deviceId))));
        if (device.isRevoked()) {
            throw new ProblemException(Problem.conflict("deviceId", "the device is revoked already"));
        }
        device.revoke(actor, clock.instant());
        known.values().removeIf(k -> k.device().id() == deviceId);
        audit.record(actor, "scanner-device.revoked", "scanner-device:" + deviceId, "event:" + device.eventId());
        return device.toView();
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of(Response.Status.UNAUTHORIZED, detail));
    }
}
