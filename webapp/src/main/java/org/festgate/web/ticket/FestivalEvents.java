package org.festgate.web.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * The ticketed events of festivals in a year: an event belongs to the year its occurrence starts in, and to its
 * festival by the festival's key. The figures and the festival reports count over these events.
 */
@ApplicationScoped
public class FestivalEvents {

    /** A ticketed event of a festival and the day it starts. */
    public record HeldEvent(long eventId, String festivalKey, LocalDate startDate) {
    }

    @Inject
    private TicketRepository repository;

    /** Every ticketed event that starts in a year, by festival key and start. */
    @Transactional
    public List<HeldEvent> inYear(int year) {
        return repository.eventsBetween(first(year), last(year)).stream().map(FestivalEvents::held).toList();
    }

    /** The ticketed events of one festival that start in a year, by start. */
    @Transactional
    public List<HeldEvent> of(String festivalKey, int year) {
        return repository.eventsBetween(festivalKey, first(year), last(year)).stream().map(FestivalEvents::held)
                .toList();
    }

    private static LocalDate first(int year) {
        return LocalDate.of(year, 1, 1);
    }

    private static LocalDate last(int year) {
        return LocalDate.of(year, 12, 31);
    }

    private static HeldEvent held(TicketedEventEntity event) {
        return new HeldEvent(event.id(), event.festivalKey(), event.startDate());
    }
}
