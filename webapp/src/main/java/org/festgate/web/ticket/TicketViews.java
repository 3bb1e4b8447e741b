package org.festgate.web.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.festgate.web.festival.FestivalViews.EntranceView;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.festival.FestivalViews.VenueView;

/** What the API shows of events, ticket types and tickets: plain records that JSON-B writes as they are. */
public final class TicketViews {

    private TicketViews() {
    }

    /** A ticketed event: the festival occurrence, its days and venue. */
    public record EventView(long id, String festivalKey, Text name, LocalDate startDate, LocalDate endDate,
                            VenueView venue) {
    }

    /** A ticket type with the places left. */
    public record TicketTypeView(long id, long eventId, Text name, long priceVnd, int capacity, int issued,
                                 int placesLeft, Instant salesFrom, Instant salesUntil, int limitPerOrder,
                                 String entryPolicy, Instant validFrom, Instant validUntil, List<String> entrances,
                                 LocalTime dailyFrom, LocalTime dailyUntil) {

        static TicketTypeView of(TicketTypeEntity type) {
            TicketTypeSpec spec = type.toSpec();
            return new TicketTypeView(type.id(), type.eventId(), Text.of(spec.name()), spec.priceVnd(),
                    spec.capacity(), type.issued(), type.capacity() - type.issued(), spec.salesFrom(),
                    spec.salesUntil(), spec.limitPerOrder(), spec.policy().name(), spec.validFrom(),
                    spec.validUntil(), spec.entrances(), spec.dailyFrom(), spec.dailyUntil());
        }
    }

    /** A ticket just claimed: its page is {@code /api/tickets/{publicId}}; a pending ticket has no token yet. */
    public record ClaimedTicket(long ticketId, String publicId, String status, String token) {

        static ClaimedTicket of(TicketEntity ticket) {
            return new ClaimedTicket(ticket.id(), ticket.publicId(), ticket.status().name(), ticket.token());
        }
    }

    /** The answer to a claim: the tickets and what they cost together. */
    public record Claim(List<ClaimedTicket> tickets, long totalVnd) {
    }

    /** The type of a ticket as its holder sees it. */
    public record TypeRef(long id, Text name, long priceVnd, String entryPolicy) {
    }

    /**
     * The visitor's ticket: everything the ticket page shows, in the three languages, and the token to draw as a
     * QR (null until a priced ticket is paid).
     */
    public record VisitorTicket(String publicId, long ticketId, String status, String holderName, long eventId,
                                String festivalKey, Text festival, LocalDate date, LocalDate endDate,
                                VenueView venue, List<EntranceView> entrances, TypeRef ticketType,
                                Instant validFrom, Instant validUntil, String token) {
    }
}
