package org.festgate.web.scan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
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
        return repository.deviceByTokenHash(SecretTokens.hash(token.strip())).map(ScannerDeviceEntity::toDevice)
                .orElseThrow(() -> unauthorized("unknown device token"));
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of(Response.Status.UNAUTHORIZED, detail));
    }
}
