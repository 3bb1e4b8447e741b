package org.festgate.web.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.festgate.core.admission.TicketTypeRules;
import org.festgate.core.event.Festival;
import org.festgate.core.event.Venue;
import org.festgate.core.schedule.Occurrence;
import org.festgate.web.festival.FestivalCatalog;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.festival.FestivalViews.VenueView;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.ticket.TicketViews.EventView;

/**
 * Ticketed events with the festival occurrence they stand for, looked up in the festival catalog's snapshot
 * (never through the festival feature's entities).
 */
@ApplicationScoped
public class EventOccurrences {

    /** An event, its festival and venue, and the occurrence's days. */
    record Held(long eventId, Festival festival, Venue venue, Occurrence occurrence) {

        /** The first instant of the occurrence, at midnight in the festival's time zone. */
        Instant opens() {
            return occurrence.start().atStartOfDay(TicketTypeRules.DEFAULT_ZONE).toInstant();
        }

        /** The first instant after the occurrence. */
        Instant closes() {
            return occurrence.endInclusive().plusDays(1).atStartOfDay(TicketTypeRules.DEFAULT_ZONE).toInstant();
        }

        EventView view() {
            return new EventView(eventId, festival.key(), Text.of(festival.name()), occurrence.start(),
                    occurrence.endInclusive(), VenueView.of(venue));
        }
    }

    @Inject
    private FestivalCatalog catalog;

    /** The version of the festival data that {@link #of} answers from now. */
    long festivalVersion() {
        return catalog.snapshot().version();
    }

    /** The occurrence of a festival that starts on a day. */
    Optional<Held> find(long eventId, String festivalKey, LocalDate start) {
        return catalog.snapshot().find(festivalKey, start, start).flatMap(s -> s.occurrences().stream()
                .filter(o -> o.start().equals(start)).findFirst()
                .map(o -> new Held(eventId, s.festival(), s.venue(), o)));
    }

    /**
     * The occurrence of a stored event.
     *
     * @throws ProblemException 404 if the festival or this occurrence of it no longer exists
     */
    Held of(TicketedEventEntity event) {
        return find(event.id(), event.festivalKey(), event.startDate()).orElseThrow(() -> new ProblemException(
                Problem.notFound("festival occurrence", event.festivalKey() + "@" + event.startDate())));
    }
}
