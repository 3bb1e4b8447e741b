package org.festgate.web.scan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
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
 * A device never changes after its registration, so each instance keeps the devices it has authenticated
 * (by token hash) and asks the database only for tokens it has not seen: a scan then costs no device look-up.
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

    /** Most devices kept per instance; beyond it the kept ones are forgotten and read again as they scan. */
    private static final int KEPT_DEVICES = 10_000;

    private final Map<String, ScannerDevice> known = new ConcurrentHashMap<>();

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
        ScannerDevice device = known.get(hash);
        if (device == null) {
            device = repository.deviceByTokenHash(hash).map(ScannerDeviceEntity::toDevice)
                    .orElseThrow(() -> unauthorized("unknown device token"));
            if (known.size() >= KEPT_DEVICES) {
                known.clear();
            }
            known.put(hash, device);
        }
        return device;
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of(Response.Status.UNAUTHORIZED, detail));
    }
}
