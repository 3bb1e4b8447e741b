package org.festgate.web.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.festgate.core.admission.Admission;
import org.festgate.core.admission.TicketTypeRules;
import org.festgate.core.event.Entrance;
import org.festgate.core.ticket.PublicTicketKey;
import org.festgate.core.ticket.TicketVerifier;
import org.festgate.web.platform.persistence.DataVersions;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * What the gates of an event need from the ticket office: the admission rules of its ticket types, the venue's
 * entrances, and the keys and revocations to verify tokens.
 * <p>
 * The verifier and the gate rules are held as a snapshot per version of the ticket data ({@value #DATA} in
 * {@code data_version}, raised with every key, revocation and ticket type change) and of the festival data: each
 * scan checks the committed versions (two primary-key reads) instead of reading keys, revocations, the event and
 * its rules again, so a change committed by any instance is seen by the next scan on every instance.
 */
@ApplicationScoped
public class EventGates {

    /**
     * The gate rules of an event.
     *
     * @param eventId the event
     * @param admission the decision with the rules of every ticket type and the entrances' names
     * @param entrances the entrances of the venue
     * @param rules the rules of each ticket type
     */
    public record EventGate(long eventId, Admission admission, List<Entrance> entrances, List<TicketTypeRules> rules) {
    }

    /** Name of the ticket gate data in {@code data_version}. */
    static final String DATA = "ticket-gates";

    /** What gates need at one version of the ticket and festival data; the gates are filled in as asked for. */
    private record Snapshot(long version, long festivalVersion, TicketVerifier verifier, Map<Long, EventGate> gates) {
    }

    @Inject
    private TicketRepository repository;

    @Inject
    private DataVersions versions;

    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot(-1, -1, null, Map.of()));

    @Inject
    private EventOccurrences occurrences;

    @Inject
    private TicketKeys keys;

    /**
     * The gate rules of an event, as committed now.
     *
     * @throws ProblemException 404 if there is no such event
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EventGate gate(long eventId) {
        Snapshot current = current();
        EventGate gate = current.gates().get(eventId);
        if (gate == null) {
            gate = read(eventId);
            current.gates().put(eventId, gate);
        }
        return gate;
    }

    private EventGate read(long eventId) {
        TicketedEventEntity event = repository.event(eventId).orElseThrow(() -> new ProblemException(
                Problem.notFound("event", Long.toString(eventId))));
        List<Entrance> entrances = occurrences.of(event).venue().entrances();
        List<TicketTypeRules> rules = repository.typesOf(eventId).stream().map(TicketTypeEntity::rules).toList();
        return new EventGate(eventId, Admission.of(Math.toIntExact(eventId), rules).withEntrances(entrances),
                entrances, rules);
    }

    /** A verifier with every valid key and the whole revocation list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TicketVerifier verifier() {
        return current().verifier();
    }

    /** The snapshot of the committed versions: the one held, or a fresh one read now. */
    private Snapshot current() {
        long version = versions.current(DATA);
        long festivalVersion = occurrences.festivalVersion();
        Snapshot held = snapshot.get();
        if (held.version() == version && held.festivalVersion() == festivalVersion) {
            return held;
        }
        Snapshot fresh = new Snapshot(version, festivalVersion, keys.verifier(), new ConcurrentHashMap<>());
        snapshot.accumulateAndGet(fresh, (old, candidate) -> candidate.version() >= old.version()
                && candidate.festivalVersion() >= old.festivalVersion() ? candidate : old);
        return fresh;
    }

    /** The public keys scanners accept. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicTicketKey> publicKeys() {
        return keys.publicKeys();
    }

    /** The ids of the revoked tickets of an event, in order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> revokedIdsOf(long eventId) {
        return repository.revokedIdsOf(eventId);
    }
}
