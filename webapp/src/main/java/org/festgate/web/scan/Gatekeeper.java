package org.festgate.web.scan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.festgate.core.admission.TicketTypeRules;
import org.festgate.web.festival.FestivalViews.EntranceView;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.ticket.EventGates;

/**
 * The gates of events: online scans, offline packages and uploads of queued scans for devices, and the live
 * count of people inside and the conflicts for organizers.
 * <p>
 * Each scan is decided in its own transaction ({@link ScanDesk}); when two uploads of one nonce race and the
 * second insert fails on the nonce's unique constraint, the second is answered with the stored scan of the first.
 */
@ApplicationScoped
public class Gatekeeper {

    /** The public key of a signing key, as a scanner needs it. */
    public record KeyView(int keyId, String publicKey) {
    }

    /** The admission rules of a ticket type, for an offline gate. */
    public record RulesView(int ticketTypeId, List<String> entrances, List<String> dailyWindows, String zone) {
        static RulesView of(TicketTypeRules rules) {
            return new RulesView(rules.ticketTypeId(), rules.entrances().stream().sorted().toList(),
                    rules.dailyWindows().stream().map(Object::toString).toList(), rules.zone().getId());
        }
    }

    /**
     * What an offline gate downloads: keys and revocations (complete), the event's rules and entrances, and the
     * scans of known tickets of this event that the cursor {@code since} asks for, in recording order; {@code version}
     * is the cursor to ask with next time (see {@link SyncCursor}).
     */
    public record OfflinePackageView(long eventId, String version, List<KeyView> keys, List<Long> revocations,
                                     List<RulesView> ticketTypes, List<EntranceView> entrances,
                                     List<ScanAnswer> scans) {
    }

    /**
     * One line of an event's scan log: every scan is kept as it was decided, never changed or deleted, so the log
     * is the audit trail of admissions.
     *
     * @param id the scan's id, increasing in the order scans were recorded; the cursor for older lines
     * @param deviceId the device that sent it
     * @param recordedAt when the server recorded it (for an offline scan, when it was uploaded)
     * @param scan the scan and its answer
     */
    public record LoggedScan(long id, long deviceId, Instant recordedAt, ScanAnswer scan) {
    }

    /** The people inside an event: in total and by the entrance through which they entered. */
    public record Attendance(long eventId, long inside, List<EntranceCount> entrances) {
    }

    /** The people inside who entered through one entrance. */
    public record EntranceCount(String entranceKey, long inside) {
    }

    @Inject
    private ScannerDevices devices;

    @Inject
    private ScanDesk desk;

    @Inject
    private ScanRepository repository;

    @Inject
    private EventGates gates;

    /** Registers a device; see {@link ScannerDevices#register}. */
    public ScannerDevices.Registration register(long eventId, List<String> entrances, String label, String actor) {
        return devices.register(eventId, entrances, label, actor);
    }

    /** The devices of an event; see {@link ScannerDevices#of}. */
    public List<ScannerDevices.DeviceView> devices(long eventId) {
        return devices.of(eventId);
    }

    /** Revokes a device; see {@link ScannerDevices#revoke}. */
    public ScannerDevices.DeviceView revoke(long deviceId, String actor, boolean organizer) {
        return devices.revoke(deviceId, actor, organizer);
    }

    /** Decides one scan of the device with this token. */
    public ScanAnswer scan(String deviceToken, ScanRequest request) {
        return scan(devices.authenticate(deviceToken), request);
    }

    /** Records a device's queued offline scans, each on its own, in the order given. */
    public List<ScanAnswer> upload(String deviceToken, List<ScanRequest> requests) {
        ScannerDevice device = devices.authenticate(deviceToken);
        return requests.stream().map(r -> scan(device, r)).toList();
    }

    /**
     * The offline package of the device's event, with the scans the cursor asks for (see {@link SyncCursor}): a
     * full page answers a continuation, the last page a sync cursor for the next refresh.
     */
    @Transactional
    public OfflinePackageView offlinePackage(String deviceToken, SyncCursor since) {
        ScannerDevice device = devices.authenticate(deviceToken);
        EventGates.EventGate gate = gates.gate(device.eventId());
        List<ScanEntity> scans = repository.ofEventSince(device.eventId(), since);
        SyncCursor next = scans.isEmpty() ? new SyncCursor(since.recordedAt(), null)
                : scans.get(scans.size() - 1).cursor(scans.size() == ScanRepository.PACKAGE_SCANS);
        return new OfflinePackageView(device.eventId(), next.toString(),
                gates.publicKeys().stream().map(k -> new KeyView(k.keyId(), k.toBase64())).toList(),
                gates.revokedIdsOf(device.eventId()),
                gate.rules().stream().map(RulesView::of).toList(),
                gate.entrances().stream().map(e -> new EntranceView(e.key(), Text.of(e.name()))).toList(),
                scans.stream().map(ScanEntity::toAnswer).toList());
    }

    /** Who is inside an event now: tickets whose last admitted scan is an entry. */
    @Transactional
    public Attendance attendance(long eventId) {
        gates.gate(eventId);
        List<EntranceCount> counts = repository.insideByEntrance(eventId).stream()
                .map(row -> new EntranceCount((String) row[0], ((Number) row[1]).longValue())).toList();
        return new Attendance(eventId, counts.stream().collect(Collectors.summingLong(EntranceCount::inside)),
                counts);
    }

    /** A page of an event's scan log, newest first: scans before the scan {@code before}, of one ticket or all. */
    @Transactional
    public List<LoggedScan> log(long eventId, Long ticketId, long before, int max) {
        gates.gate(eventId);
        return repository.logOf(eventId, ticketId, before, max).stream().map(ScanEntity::toLogged).toList();
    }

    /** The uploaded offline scans whose offline decision the server did not share. */
    @Transactional
    public List<ScanAnswer> conflicts(long eventId) {
        gates.gate(eventId);
        return repository.conflictsOf(eventId).stream().map(ScanEntity::toAnswer).toList();
    }

    private ScanAnswer scan(ScannerDevice device, ScanRequest request) {
        if (!device.entrances().contains(request.entranceKey())) {
            throw new ProblemException(Problem.invalidField("entranceKey", "this device scans at "
                    + device.entrances() + ", not at '" + request.entranceKey() + "'"));
        }
        try {
            return desk.decide(device, request);
        } catch (RuntimeException e) {
            return desk.stored(request.nonce().toString()).orElseThrow(() -> e);
        }
    }
}
