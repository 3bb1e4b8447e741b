package org.festgate.web.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.festgate.core.admission.TicketTypeRules;
import org.festgate.core.event.Entrance;
import org.festgate.core.ticket.SigningKey;
import org.festgate.core.ticket.TicketClaims;
import org.festgate.core.ticket.TicketSigner;
import org.festgate.web.festival.FestivalViews.EntranceView;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.festival.FestivalViews.VenueView;
import org.festgate.web.platform.audit.AuditTrail;
import org.festgate.web.platform.persistence.DataVersions;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.security.SecretTokens;
import org.festgate.web.ticket.TicketViews.Claim;
import org.festgate.web.ticket.TicketViews.ClaimedTicket;
import org.festgate.web.ticket.TicketViews.EventView;
import org.festgate.web.ticket.TicketViews.TicketTypeView;
import org.festgate.web.ticket.TicketViews.TypeRef;
import org.festgate.web.ticket.TicketViews.VisitorTicket;

/**
 * The ticket office: ticketed events and their ticket types, claims, payment at the counter, cancellation and
 * the visitor's view of a ticket.
 * <p>
 * The capacity of a ticket type is guarded by the database: a claim takes its places with one conditional
 * update ({@link TicketRepository#reserve}) in the same transaction as the inserts of its tickets, so concurrent
 * claims on any number of instances never take more places than there are. A cancellation gives its place back
 * and puts the ticket id into the revocation list in one transaction. Claims, payments, cancellations are audited.
 */
@ApplicationScoped
public class TicketOffice {

    /** The audit actor of anonymous visitors. */
    private static final String VISITOR = "visitor";

    @Inject
    private TicketRepository repository;

    @Inject
    private EventOccurrences occurrences;

    @Inject
    private TicketKeys keys;

    @Inject
    private AuditTrail audit;

    @Inject
    private DataVersions versions;

    @Inject
    private Clock clock;

    /** Makes one occurrence of a festival a ticketed event; its start date must be the occurrence's first day. */
    @Transactional
    public EventView createEvent(String festivalKey, LocalDate start, String actor) {
        if (repository.event(festivalKey, start).isPresent()) {
            throw new ProblemException(Problem.conflict("startDate", "this occurrence is a ticketed event already"));
        }
        if (occurrences.find(0, festivalKey, start).isEmpty()) {
            throw new ProblemException(Problem.invalidField("startDate", "festival '" + festivalKey
                    + "' has no occurrence starting on " + start));
        }
        TicketedEventEntity event = new TicketedEventEntity(festivalKey, start, clock.instant());
        repository.store(event);
        audit.record(actor, "event.created", "event:" + event.id(), festivalKey + "@" + start);
        return occurrences.of(event).view();
    }

    /** Most events in one list. */
    static final int MAX_LISTED_EVENTS = 200;

    /** The ticketed events that start on or after a day, by start date, at most {@value #MAX_LISTED_EVENTS}. */
    @Transactional
    public List<EventView> eventsFrom(LocalDate from) {
        return repository.eventsFrom(from, MAX_LISTED_EVENTS).stream().map(e -> occurrences.of(e).view()).toList();
    }

    @Transactional
    public EventView event(long eventId) {
        return occurrences.of(existingEvent(eventId)).view();
    }

    /** Adds a ticket type to an event; validity and entrances default to the occurrence and its venue. */
    @Transactional
    public TicketTypeView createType(long eventId, TicketTypeSpec spec, String actor) {
        TicketTypeEntity type = new TicketTypeEntity(eventId, checked(eventId, spec));
        repository.store(type);
        versions.raise(EventGates.DATA);
        if (type.id() > TicketClaims.MAX_TICKET_TYPE_ID) {
            throw new IllegalStateException("ticket type ids are exhausted: " + type.id());
        }
        audit.record(actor, "ticket-type.created", "ticket-type:" + type.id(), "event:" + eventId);
        return TicketTypeView.of(type);
    }

    /** Changes a ticket type; the capacity cannot go below the tickets already given out. */
    @Transactional
    public TicketTypeView updateType(long eventId, long typeId, TicketTypeSpec spec, String actor) {
        TicketTypeEntity type = type(eventId, typeId);
        TicketTypeSpec values = checked(eventId, spec);
        if (values.capacity() < type.issued()) {
            throw new ProblemException(Problem.conflict("capacity", type.issued()
                    + " tickets are out already: the capacity cannot be lower"));
        }
        type.update(values);
        versions.raise(EventGates.DATA);
        audit.record(actor, "ticket-type.updated", "ticket-type:" + typeId, "event:" + eventId);
        return TicketTypeView.of(type);
    }

    /** The ticket types of an event with their places left. */
    @Transactional
    public List<TicketTypeView> types(long eventId) {
        existingEvent(eventId);
        return repository.typesOf(eventId).stream().map(TicketTypeView::of).toList();
    }

    /**
     * Claims tickets for a visitor: free ones are issued at once, priced ones wait for payment.
     *
     * @throws ProblemException 409 "sold out" when fewer places are left than asked for, 409 outside the sales
     *                          window, 400 above the per-order limit
     */
    @Transactional
    public Claim claim(long eventId, long typeId, TicketHolder holder, int quantity) {
        TicketTypeEntity type = type(eventId, typeId);
        Instant now = clock.instant();
        if (type.salesFrom() != null && now.isBefore(type.salesFrom())) {
            throw new ProblemException(Problem.conflict("salesFrom", "sales open at " + type.salesFrom()));
        }
        Instant salesEnd = type.salesUntil() == null ? type.validUntil() : type.salesUntil();
        if (!now.isBefore(salesEnd)) {
            throw new ProblemException(Problem.conflict("salesUntil", "sales closed at " + salesEnd));
        }
        if (quantity > type.orderLimit()) {
            throw new ProblemException(Problem.invalidField("quantity", "at most " + type.orderLimit()
                    + " tickets per order"));
        }
        SigningKey key = type.priceVnd() == 0 ? keys.signingKey() : null;
        List<ClaimedTicket> tickets = new ArrayList<>();
        for (int i = 0; i < quantity; i++) {
            TicketEntity ticket = new TicketEntity(SecretTokens.newSecret(), type, holder, now);
            repository.store(ticket);
            if (key != null) {
                sign(ticket, type, key);
            }
            tickets.add(ClaimedTicket.of(ticket));
        }
        audit.record(VISITOR, "ticket.claimed", "ticket-type:" + typeId, quantity + " ticket(s): "
                + tickets.stream().map(t -> Long.toString(t.ticketId())).toList());
        // the places are taken last: the type's row, which every claim of the type updates, stays locked from here
        // to the commit only, not while the tickets are signed and written; sold out rolls all of it back
        if (!repository.reserve(typeId, quantity)) {
            throw new ProblemException(Problem.conflict("quantity", "sold out: fewer than " + quantity
                    + " places left"));
        }
        return new Claim(tickets, type.priceVnd() * quantity);
    }

    /** Records payment of a pending ticket at the counter and issues its token. */
    @Transactional
    public VisitorTicket confirmPayment(long eventId, String publicId, String actor) {
        TicketEntity ticket = locked(publicId);
        if (ticket.eventId() != eventId) {
            throw new ProblemException(Problem.notFound("ticket", publicId));
        }
        if (ticket.status() != TicketStatus.PENDING_PAYMENT) {
            throw new ProblemException(Problem.conflict("status", "the ticket is " + ticket.status()
                    + ", not waiting for payment"));
        }
        TicketTypeEntity type = type(eventId, ticket.ticketTypeId());
        sign(ticket, type, keys.signingKey());
        audit.record(actor, "ticket.paid", "ticket:" + ticket.id(), type.priceVnd() + " VND");
        return view(ticket);
    }

    /** Cancels a ticket: its place is given back and its id revoked. Cancelling twice changes nothing. */
    @Transactional
    public VisitorTicket cancel(String publicId) {
        TicketEntity ticket = locked(publicId);
        if (ticket.status() != TicketStatus.CANCELLED) {
            if (ticket.status() == TicketStatus.ISSUED) {
                repository.store(new RevokedTicketEntity(ticket.id(), ticket.eventId(), clock.instant()));
                versions.raise(EventGates.DATA);
            }
            ticket.cancel();
            repository.release(ticket.ticketTypeId(), 1);
            audit.record(VISITOR, "ticket.cancelled", "ticket:" + ticket.id(), null);
        }
        return view(ticket);
    }

    /** The visitor's ticket. */
    @Transactional
    public VisitorTicket ticket(String publicId) {
        return view(repository.ticket(publicId).orElseThrow(() -> notFound(publicId)));
    }

    private static void sign(TicketEntity ticket, TicketTypeEntity type, SigningKey key) {
        ticket.issue(TicketSigner.of(key).sign(ticket.claims(type, key.keyId())));
    }

    private VisitorTicket view(TicketEntity ticket) {
        TicketTypeEntity type = repository.type(ticket.ticketTypeId()).orElseThrow();
        EventOccurrences.Held held = occurrences.of(existingEvent(ticket.eventId()));
        List<String> allowed = type.entrances();
        List<EntranceView> entrances = held.venue().entrances().stream().filter(e -> allowed.contains(e.key()))
                .map(e -> new EntranceView(e.key(), Text.of(e.name()))).toList();
        TicketTypeSpec spec = type.toSpec();
        return new VisitorTicket(ticket.publicId(), ticket.id(), ticket.status().name(), ticket.holderName(),
                ticket.eventId(), held.festival().key(), Text.of(held.festival().name()), held.occurrence().start(),
                held.occurrence().endInclusive(), VenueView.of(held.venue()), entrances,
                new TypeRef(type.id(), Text.of(spec.name()), spec.priceVnd(), spec.policy().name()),
                type.validFrom(), type.validUntil(), ticket.token());
    }

    /** The spec with its defaults, its entrances checked against the venue and its windows against each other. */
    private TicketTypeSpec checked(long eventId, TicketTypeSpec spec) {
        EventOccurrences.Held held = occurrences.of(existingEvent(eventId));
        List<String> venueEntrances = held.venue().entrances().stream().map(Entrance::key).sorted().toList();
        TicketTypeSpec filled = spec.withDefaults(held.opens(), held.closes(), venueEntrances);
        List<String> unknown = filled.entrances().stream().filter(e -> !venueEntrances.contains(e)).toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problem.invalidField("entrances", "not entrances of venue '"
                    + held.venue().key() + "': " + unknown + "; it has " + venueEntrances));
        }
        if (new HashSet<>(filled.entrances()).size() != filled.entrances().size()) {
            throw new ProblemException(Problem.invalidField("entrances", "an entrance is named twice"));
        }
        try {
            TicketClaims.of(1, 1, 0, filled.validFrom(), filled.validUntil(), filled.policy(), 0);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.invalidField("validFrom", e.getMessage()));
        }
        if (filled.dailyFrom() != null) {
            try {
                TicketTypeRules.of(0).withDailyWindow(filled.dailyFrom(), filled.dailyUntil());
            } catch (IllegalArgumentException e) {
                throw new ProblemException(Problem.invalidField("dailyUntil", e.getMessage()));
            }
        }
        if (filled.salesFrom() != null && filled.salesUntil() != null
                && !filled.salesUntil().isAfter(filled.salesFrom())) {
            throw new ProblemException(Problem.invalidField("salesUntil", "must be after salesFrom"));
        }
        return filled;
    }

    private TicketedEventEntity existingEvent(long eventId) {
        return repository.event(eventId).orElseThrow(() -> new ProblemException(
                Problem.notFound("event", Long.toString(eventId))));
    }

    private TicketTypeEntity type(long eventId, long typeId) {
        return repository.type(typeId).filter(t -> t.eventId() == eventId).orElseThrow(() -> new ProblemException(
                Problem.notFound("ticket type", Long.toString(typeId))));
    }

    private TicketEntity locked(String publicId) {
        return repository.lockTicket(publicId).orElseThrow(() -> notFound(publicId));
    }

    private static ProblemException notFound(String publicId) {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, "no such ticket"));
    }
}
