package org.festgate.core.admission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.festgate.core.text.Checks;
import org.festgate.core.ticket.TicketVerification;
import org.festgate.core.ticket.TicketVerifier;

/**
 * A gate that decides scans without network, for a scanner that embeds the library: it holds the public keys and
 * revocations, the admission rules of its event, the entrances it serves, and a scan log.
 * <p>
 * Every scan of a genuine Festgate ticket, admitted or refused, is appended to the log with a fresh random nonce
 * and queued for synchronisation: {@link #pendingScans()} hands the queue over, {@link #acknowledge(Collection)}
 * drops what the server confirmed. Confirmed scans stay in the history the gate decides with. A code that is not a
 * Festgate ticket is refused but not logged, since it names no ticket. {@link #applyPackage(OfflinePackage)} brings
 * new keys, revocations and the scans made at other gates.
 * <p>
 * This class is thread-safe: scans are verified, decided and recorded one at a time under one lock, so two
 * concurrent scans of a single-entry ticket never both admit. One lock per gate rather than per ticket is enough
 * for a phone that reads one code at a time, and keeps key changes and scans from interleaving.
 */
public final class OfflineGate {

    private final Object lock = new Object();
    private final Admission admission;
    private final Set<String> entranceKeys;
    private TicketVerifier verifier;
    private long syncVersion;
    private final Map<Long, List<ScanRecord>> scansByTicket = new HashMap<>();
    private final Set<UUID> knownNonces = new HashSet<>();
    private final List<ScanRecord> log = new ArrayList<>();
    private final Map<UUID, ScanRecord> pending = new LinkedHashMap<>();

    private OfflineGate(Admission admission, Set<String> entranceKeys, TicketVerifier verifier) {
        this.admission = admission;
        this.entranceKeys = entranceKeys;
        this.verifier = verifier;
    }

    /**
     * Obtains a gate with an empty log, at sync version 0.
     *
     * @param admission    the admission rules of the event, not null
     * @param entranceKeys the entrances this gate serves, not empty, not null
     * @param verifier     the keys and revocations to verify tokens with, not null
     * @return the gate, not null
     * @throws NullPointerException     if an argument or an entrance key is null
     * @throws IllegalArgumentException if there are no entrances or one is not a key
     */
    public static OfflineGate of(Admission admission, Set<String> entranceKeys, TicketVerifier verifier) {
        Objects.requireNonNull(admission, "admission is required");
        Set<String> entrances = Set.copyOf(entranceKeys);
        if (entrances.isEmpty()) {
            throw new IllegalArgumentException("entranceKeys must not be empty");
        }
        entrances.forEach(key -> Checks.key(key, "entranceKey"));
        Objects.requireNonNull(verifier, "verifier is required");
        return new OfflineGate(admission, entrances, verifier);
    }

    /**
     * Verifies a scanned token, decides admission from everything this gate knows about the ticket, and records
     * the scan.
     *
     * @param token       the scanned text, not null
     * @param entranceKey the entrance where it was scanned, one this gate serves, not null
     * @param direction   in or out, not null
     * @param at          the instant of the scan, not null
     * @return the decision, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if this gate does not serve the entrance
     */
    public AdmissionDecision scan(String token, String entranceKey, Direction direction, Instant at) {
        Objects.requireNonNull(token, "token is required");
        Objects.requireNonNull(entranceKey, "entranceKey is required");
        Objects.requireNonNull(direction, "direction is required");
        Objects.requireNonNull(at, "at is required");
        if (!entranceKeys.contains(entranceKey)) {
            throw new IllegalArgumentException("this gate does not serve entrance '" + entranceKey + "'");
        }
        synchronized (lock) {
            TicketVerification verification = verifier.verify(token, at);
            List<ScanRecord> earlier = Admission.trustedClaims(verification)
                    .map(claims -> scansByTicket.getOrDefault(claims.ticketId(), List.of()))
                    .orElse(List.of());
            AdmissionDecision decision = admission.decide(verification, entranceKey, direction, at, earlier);
            if (decision.claims().isPresent()) {
                ScanRecord scan = ScanRecord.of(UUID.randomUUID(), admission.eventId(), entranceKey, decision);
                remember(scan);
                log.add(scan);
                pending.put(scan.nonce(), scan);
            }
            return decision;
        }
    }

    /** Adds a scan to the history the gate decides with, once per nonce. Called under the lock. */
    private void remember(ScanRecord scan) {
        if (knownNonces.add(scan.nonce())) {
            scansByTicket.computeIfAbsent(scan.ticketId(), id -> new ArrayList<>()).add(scan);
        }
    }

    /**
     * Gives everything this gate knows about one ticket: its scans here and those received from other gates, each
     * once, in time order. This is the history the gate decides the ticket's next scan with.
     *
     * @param ticketId the ticket
     * @return an immutable snapshot, empty for a ticket never seen, not null
     */
    public List<ScanRecord> scansOf(long ticketId) {
        synchronized (lock) {
            return scansByTicket.getOrDefault(ticketId, List.of()).stream()
                    .sorted(Comparator.comparing(ScanRecord::at))
                    .toList();
        }
    }

    /**
     * Gives the scans made at this gate, in the order they were made.
     *
     * @return an immutable snapshot of the log, not null
     */
    public List<ScanRecord> scanLog() {
        synchronized (lock) {
            return List.copyOf(log);
        }
    }

    /**
     * Gives the scans waiting to be synchronised, in the order they were made. They stay queued until
     * {@linkplain #acknowledge(Collection) acknowledged}, so handing them over twice is harmless: the server counts
     * each nonce once.
     *
     * @return an immutable snapshot of the queue, not null
     */
    public List<ScanRecord> pendingScans() {
        synchronized (lock) {
            return List.copyOf(pending.values());
        }
    }

    /**
     * Drops scans the server confirmed from the queue; they stay in the history. Unknown nonces are ignored, so a
     * confirmation received twice is harmless.
     *
     * @param nonces the nonces of the confirmed scans, not null
     * @throws NullPointerException if the collection or a nonce is null
     */
    public void acknowledge(Collection<UUID> nonces) {
        List<UUID> confirmed = List.copyOf(nonces);
        synchronized (lock) {
            confirmed.forEach(pending::remove);
        }
    }

    /**
     * Applies what the server sent: its keys and revocations replace the gate's, its scans join the history (each
     * nonce once, so the gate's own scans sent back change nothing), and its version becomes the sync version.
     *
     * @param offlinePackage the package, not null
     * @throws NullPointerException     if the package is null
     * @throws IllegalArgumentException if the package is older than the sync version
     */
    public void applyPackage(OfflinePackage offlinePackage) {
        Objects.requireNonNull(offlinePackage, "offlinePackage is required");
        synchronized (lock) {
            if (offlinePackage.version() < syncVersion) {
                throw new IllegalArgumentException("package version " + offlinePackage.version()
                        + " is older than the sync version " + syncVersion);
            }
            verifier = TicketVerifier.of(offlinePackage.keys(), offlinePackage.revocations());
            offlinePackage.scans().forEach(this::remember);
            syncVersion = offlinePackage.version();
        }
    }

    /**
     * Gives the version of the last package applied, to ask the server for the changes after it.
     *
     * @return the sync version, 0 before any package
     */
    public long syncVersion() {
        synchronized (lock) {
            return syncVersion;
        }
    }
}
