package org.festgate.core.admission;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.festgate.core.event.Entrance;
import org.festgate.core.text.Checks;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.ticket.EntryPolicy;
import org.festgate.core.ticket.TicketClaims;
import org.festgate.core.ticket.TicketVerification;
import org.festgate.core.ticket.TokenProblem;

/**
 * The admission rules of one event and the pure decision of a scan: from a verified token, an entrance, an
 * instant, a direction and the ticket's earlier scans to admit or refuse.
 * <p>
 * An entry ({@link Direction#IN}) is checked in this order, and the first failing check gives the reason:
 * <ol>
 * <li>the token: a genuine ticket, not revoked, valid at the instant;</li>
 * <li>the event: the ticket is for this event;</li>
 * <li>the ticket type: the event has rules for it;</li>
 * <li>the entrance: the ticket type may use it;</li>
 * <li>the daily window: the ticket type may enter at this time of day;</li>
 * <li>the entry policy, over the earlier admitted scans:
 * {@link EntryPolicy#SINGLE_ENTRY} admits one entry ever; {@link EntryPolicy#MULTIPLE_ENTRY} any number;
 * {@link EntryPolicy#ONCE_PER_DAY} one entry per local day in the zone of the rules;
 * {@link EntryPolicy#REENTRY_AFTER_EXIT} an entry unless the visitor is inside, that is unless the last admitted
 * scan is an entry.</li>
 * </ol>
 * An exit ({@link Direction#OUT}) is admitted, whatever the policy, only when the visitor is inside; otherwise it
 * is refused with {@link RefusalReason#NOT_INSIDE}. So the people inside are exactly the tickets whose last
 * admitted scan is an entry, and no exit makes that count wrong. An exit checks the token's signature, the event
 * and the ticket type, but not revocation, validity, entrance or daily window: leaving grants nothing, and a
 * visitor whose ticket expired while inside must still be counted out.
 * <p>
 * Refused scans never count. This class is immutable and thread-safe.
 */
public final class Admission {

    private final int eventId;
    private final Map<Integer, TicketTypeRules> rules;
    private final Map<String, LocalizedText> entranceNames;

    private Admission(int eventId, Map<Integer, TicketTypeRules> rules, Map<String, LocalizedText> entranceNames) {
        this.eventId = eventId;
        this.rules = Map.copyOf(rules);
        this.entranceNames = Map.copyOf(entranceNames);
    }

    /**
     * Obtains the admission of an event with the rules of its ticket types. Entrances are named by their keys
     * until {@link #withEntrances(Collection)} gives their names.
     *
     * @param eventId the event the gate admits to
     * @param rules   the rules of each ticket type admitted, not null
     * @return the admission, not null
     * @throws NullPointerException     if the rules or an element are null
     * @throws IllegalArgumentException if two rules have the same ticket type
     */
    public static Admission of(int eventId, Collection<TicketTypeRules> rules) {
        Objects.requireNonNull(rules, "rules is required");
        return new Admission(eventId, rules.stream().collect(Collectors.toMap(TicketTypeRules::ticketTypeId,
                Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("two rules for ticket type " + a.ticketTypeId());
                })), Map.of());
    }

    /**
     * Returns a copy with the rules of a ticket type added or replaced.
     *
     * @param typeRules the rules, not null
     * @return the changed admission, not null
     * @throws NullPointerException if the rules are null
     */
    public Admission withRules(TicketTypeRules typeRules) {
        Objects.requireNonNull(typeRules, "typeRules is required");
        Map<Integer, TicketTypeRules> changed = new HashMap<>(rules);
        changed.put(typeRules.ticketTypeId(), typeRules);
        return new Admission(eventId, changed, entranceNames);
    }

    /**
     * Returns a copy that names entrances in messages by the names of these entrances.
     *
     * @param entrances the entrances of the event's venue, not null
     * @return the changed admission, not null
     * @throws NullPointerException     if the collection or an element is null
     * @throws IllegalArgumentException if two entrances have the same key
     */
    public Admission withEntrances(Collection<Entrance> entrances) {
        Objects.requireNonNull(entrances, "entrances is required");
        return new Admission(eventId, rules, entrances.stream().collect(Collectors.toMap(Entrance::key,
                Entrance::name, (a, b) -> {
                    throw new IllegalArgumentException("two entrances have the same key, named " + a.en());
                })));
    }

    /**
     * Gives the event this admission admits to.
     *
     * @return the event id
     */
    public int eventId() {
        return eventId;
    }

    /**
     * Decides one scan.
     *
     * @param verification the result of verifying the scanned token at {@code at}, not null
     * @param entranceKey  the entrance where the scan is made, not null
     * @param direction    in or out, not null
     * @param at           the instant of the scan, not null
     * @param earlierScans the ticket's earlier scans, here and at other entrances, in any order; refused scans and
     *                     scans of other tickets are ignored; not null
     * @return the decision, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the entrance key is not a key
     */
    public AdmissionDecision decide(TicketVerification verification, String entranceKey, Direction direction,
                                    Instant at, List<ScanRecord> earlierScans) {
        Objects.requireNonNull(verification, "verification is required");
        Checks.key(entranceKey, "entranceKey");
        Objects.requireNonNull(direction, "direction is required");
        Objects.requireNonNull(at, "at is required");
        Objects.requireNonNull(earlierScans, "earlierScans is required");
        ZoneId defaultZone = TicketTypeRules.DEFAULT_ZONE;
        Optional<TicketClaims> trusted = trustedClaims(verification);
        if (verification instanceof TicketVerification.Refused refused
                && (direction == Direction.IN || trusted.isEmpty())) {
            return AdmissionDecision.refuse(reasonOf(refused.problem()), direction, at, defaultZone, trusted);
        }
        TicketClaims claims = trusted.orElseThrow();
        if (claims.eventId() != eventId) {
            return AdmissionDecision.refuse(RefusalReason.OTHER_EVENT, direction, at, defaultZone,
                    Optional.of(claims));
        }
        TicketTypeRules typeRules = rules.get(claims.ticketTypeId());
        if (typeRules == null) {
            return AdmissionDecision.refuse(RefusalReason.UNKNOWN_TICKET_TYPE, direction, at, defaultZone,
                    Optional.of(claims));
        }
        TicketHistory history = TicketHistory.of(claims.ticketId(), earlierScans);
        return direction == Direction.IN
                ? decideEntry(claims, typeRules, entranceKey, at, history)
                : decideExit(claims, typeRules, at, history);
    }

    private AdmissionDecision decideEntry(TicketClaims claims, TicketTypeRules typeRules, String entranceKey,
                                          Instant at, TicketHistory history) {
        if (!typeRules.allowsEntrance(entranceKey)) {
            return refuse(RefusalReason.WRONG_ENTRANCE, Direction.IN, claims, typeRules, at)
                    .withEntrances(typeRules.entrances().stream().sorted().map(this::nameOf).toList());
        }
        if (!typeRules.allowsEntryAt(at)) {
            return refuse(RefusalReason.OUTSIDE_DAILY_WINDOW, Direction.IN, claims, typeRules, at)
                    .withWindowStart(typeRules.nextWindowStart(at));
        }
        Optional<ScanRecord> blocking = blockingEntry(claims.policy(), typeRules, at, history);
        if (blocking.isEmpty()) {
            return AdmissionDecision.admit(Direction.IN, at, typeRules.zone(), claims);
        }
        RefusalReason reason = claims.policy() == EntryPolicy.ONCE_PER_DAY
                ? RefusalReason.ALREADY_USED_TODAY : RefusalReason.ALREADY_USED;
        return refuse(reason, Direction.IN, claims, typeRules, at)
                .withEarlierScan(blocking.get(), nameOf(blocking.get().entranceKey()));
    }

    /** The earlier admitted entry that forbids this one under the policy, if any. */
    private static Optional<ScanRecord> blockingEntry(EntryPolicy policy, TicketTypeRules typeRules, Instant at,
                                                      TicketHistory history) {
        return switch (policy) {
            case SINGLE_ENTRY -> history.firstEntry();
            case MULTIPLE_ENTRY -> Optional.empty();
            case ONCE_PER_DAY -> history.firstEntryOn(at.atZone(typeRules.zone()).toLocalDate(), typeRules.zone());
            case REENTRY_AFTER_EXIT -> history.lastEntryIfInside();
        };
    }

    private static AdmissionDecision decideExit(TicketClaims claims, TicketTypeRules typeRules, Instant at,
                                                TicketHistory history) {
        return history.lastEntryIfInside().isPresent()
                ? AdmissionDecision.admit(Direction.OUT, at, typeRules.zone(), claims)
                : refuse(RefusalReason.NOT_INSIDE, Direction.OUT, claims, typeRules, at);
    }

    private static AdmissionDecision refuse(RefusalReason reason, Direction direction, TicketClaims claims,
                                            TicketTypeRules typeRules, Instant at) {
        return AdmissionDecision.refuse(reason, direction, at, typeRules.zone(), Optional.of(claims));
    }

    private LocalizedText nameOf(String entranceKey) {
        return entranceNames.getOrDefault(entranceKey, LocalizedText.of(entranceKey, entranceKey, entranceKey));
    }

    /** The claims of a genuinely signed ticket, also when it is revoked or outside its validity. */
    static Optional<TicketClaims> trustedClaims(TicketVerification verification) {
        if (verification instanceof TicketVerification.Valid valid) {
            return Optional.of(valid.claims());
        }
        TicketVerification.Refused refused = (TicketVerification.Refused) verification;
        return reasonOf(refused.problem()) == RefusalReason.NOT_A_FESTGATE_TICKET ? Optional.empty() : refused.claims();
    }

    private static RefusalReason reasonOf(TokenProblem problem) {
        return switch (problem) {
            case REVOKED -> RefusalReason.REVOKED;
            case NOT_YET_VALID -> RefusalReason.NOT_YET_VALID;
            case EXPIRED -> RefusalReason.EXPIRED;
            case MALFORMED, UNKNOWN_KEY, BAD_SIGNATURE -> RefusalReason.NOT_A_FESTGATE_TICKET;
        };
    }
}
