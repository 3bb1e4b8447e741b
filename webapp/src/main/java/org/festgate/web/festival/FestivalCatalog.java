package org.festgate.web.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.festgate.core.event.Festival;
import org.festgate.core.event.Venue;
import org.festgate.web.platform.audit.AuditTrail;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * The festival calendar: finds festivals and their occurrences, and keeps the festivals that organizers
 * create, change and remove (each change audited). Venues and festivals from the province's data set are
 * stored through {@link #storeVenue} and {@link #storeFestival}.
 */
@ApplicationScoped
public class FestivalCatalog {

    @Inject
    private FestivalRepository repository;

    @Inject
    private AuditTrail audit;

    /** The festivals that pass the query, with their occurrences in its period, ordered by first occurrence. */
    @Transactional
    public List<ScheduledFestival> search(FestivalQuery query) {
        return matching(query).stream()
                .filter(s -> !s.occurrences().isEmpty())
                .sorted(Comparator.comparing((ScheduledFestival s) -> s.occurrences().get(0).start())
                        .thenComparing(s -> s.festival().key()))
                .toList();
    }

    /** The festivals that pass the query's filters whether or not they occur in its period, ordered by key. */
    @Transactional
    public List<ScheduledFestival> matching(FestivalQuery query) {
        return repository.findAll().stream()
                .map(entity -> schedule(entity, query.from(), query.to()))
                .filter(s -> query.matches(s.festival(), s.venue()))
                .toList();
    }

    /** One festival with its occurrences between two dates. */
    @Transactional
    public Optional<ScheduledFestival> find(String key, LocalDate from, LocalDate to) {
        return repository.find(key).map(entity -> schedule(entity, from, to));
    }

    @Transactional
    public List<Venue> venues() {
        return repository.findAllVenues().stream().map(VenueEntity::toVenue).toList();
    }

    @Transactional
    public Optional<Venue> venue(String key) {
        return repository.findVenue(key).map(VenueEntity::toVenue);
    }

    /** Adds a festival; its key must be new. */
    @Transactional
    public Festival create(Festival festival, String actor) {
        if (repository.find(festival.key()).isPresent()) {
            throw new ProblemException(new Problem(409, "Conflict", "key: a festival with key '" + festival.key()
                    + "' exists already", List.of(new Problem.FieldError("key", "already exists"))));
        }
        repository.store(new FestivalEntity(festival, venueOf(festival)));
        audit.record(actor, "festival.created", "festival:" + festival.key(), festival.schedule().rule().toString());
        return festival;
    }

    /** Replaces every value of an existing festival but its key. */
    @Transactional
    public Festival update(Festival festival, String actor) {
        FestivalEntity entity = existing(festival.key());
        entity.update(festival, venueOf(festival));
        audit.record(actor, "festival.updated", "festival:" + festival.key(), festival.schedule().rule().toString());
        return festival;
    }

    @Transactional
    public void delete(String key, String actor) {
        repository.remove(existing(key));
        audit.record(actor, "festival.deleted", "festival:" + key, null);
    }

    /** Adds the venue, or updates the one with the same key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeVenue(Venue venue) {
        repository.findVenue(venue.key()).ifPresentOrElse(v -> v.update(venue),
                () -> repository.store(new VenueEntity(venue)));
    }

    /** Adds the festival, or updates the one with the same key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeFestival(Festival festival) {
        VenueEntity venue = venueOf(festival);
        repository.find(festival.key()).ifPresentOrElse(f -> f.update(festival, venue),
                () -> repository.store(new FestivalEntity(festival, venue)));
    }

    private FestivalEntity existing(String key) {
        return repository.find(key).orElseThrow(() -> new ProblemException(
                Problem.of(Response.Status.NOT_FOUND, "no festival with key '" + key + "'")));
    }

    private VenueEntity venueOf(Festival festival) {
        return repository.findVenue(festival.venueKey()).orElseThrow(() -> new ProblemException(
                Problem.invalidField("venueKey", "no venue with key '" + festival.venueKey() + "'")));
    }

    private static ScheduledFestival schedule(FestivalEntity entity, LocalDate from, LocalDate to) {
        Festival festival = entity.toFestival();
        return new ScheduledFestival(festival, entity.venue().toVenue(),
                festival.schedule().occurrences(from, to));
    }
}
