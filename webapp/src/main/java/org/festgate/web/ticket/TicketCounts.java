package org.festgate.web.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.festgate.web.festival.FestivalViews.Text;

/**
 * The tickets of some events per ticket type: capacity, places given out (issued or waiting for payment) and
 * tickets cancelled, the last counted by the database.
 */
@ApplicationScoped
public class TicketCounts {

    /** One ticket type of an event: its capacity, the places given out and the tickets cancelled. */
    public record TypeCount(long eventId, long typeId, Text name, int capacity, int issued, long cancelled) {
    }

    @Inject
    private TicketRepository repository;

    /** The ticket types of the events, by event and type; none for no events. */
    @Transactional
    public List<TypeCount> perType(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> cancelled = repository.ticketsPerType(eventIds, TicketStatus.CANCELLED);
        return repository.typesOf(eventIds).stream().map(TicketViews.TicketTypeView::of)
                .map(t -> new TypeCount(t.eventId(), t.id(), t.name(), t.capacity(), t.issued(),
                        cancelled.getOrDefault(t.id(), 0L))).toList();
    }
}
