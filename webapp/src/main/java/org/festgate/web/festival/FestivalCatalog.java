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
import org.festgate.web.platform.persistence.DataVersions;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * The festival calendar: finds festivals and their occurrences (from a {@link FestivalSnapshots snapshot} that
 * is as fresh as the database), and keeps the festivals that organizers create, change and remove (each change
 * audited and raising the shared data version). Venues and festivals from the province's data set are
 * stored through {@link #storeVenue} and {@link #storeFestival}.
 */
@ApplicationScoped
public class FestivalCatalog {

    @Inject
    private FestivalRepository repository;

    @Inject
    private AuditTrail audit;

    @Inject
    private FestivalSnapshots snapshots;

    @Inject
    private DataVersions versions;

    /** The version of the festival data as committed now; it changes with every write. */
    public long version() {
        return snapshots.current().version();
    }

    /** The festivals that pass the query, with their occurrences in its period, ordered by first occurrence. */
    public List<ScheduledFestival> search(FestivalQuery query) {
        return matching(query).stream()
                .filter(s -> !s.occurrences().isEmpty())
                .sorted(Comparator.comparing((ScheduledFestival s) -> s.occurrences().get(0).start())
                        .thenComparing(s -> s.festival().key()))
                .toList();
    }

    /** The festivals that pass the query's filters whether or not they occur in its period, ordered by key. */
    public List<ScheduledFestival> matching(FestivalQuery query) {
        return snapshots.current().festivals().stream()
                .filter(h -> query.matches(h.festival(), h.venue()))
                .map(h -> schedule(h, query.from(), query.to()))
                .toList();
    }

    /** One festival with its occurrences between two dates. */
    public Optional<ScheduledFestival> find(String key, LocalDate from, LocalDate to) {
        return snapshots.current().festivals().stream().filter(h -> h.festival().key().equals(key)).findFirst()
                .map(h -> schedule(h, from, to));
    }

    public List<Venue> venues() {
        return snapshots.current().venues().values().stream().sorted(Comparator.comparing(Venue::key)).toList();
    }

    public Optional<Venue> venue(String key) {
        return Optional.ofNullable(snapshots.current().venues().get(key));
    }

    /** Adds a festival; its key must be new. */
    @Transactional
    public Festival create(Festival festival, String actor) {
        if (repository.find(festival.key()).isPresent()) {
            throw new ProblemException(new Problem(409, "Conflict", "key: a festival with key '" + festival.key()
                    + "' exists already", List.of(new Problem.FieldError("key", "already exists"))));
        }
        repository.store(new FestivalEntity(festival, venueOf(festival)));
        versions.raise(FestivalSnapshots.DATA);
        audit.record(actor, "festival.created", "festival:" + festival.key(), festival.schedule().rule().toString());
        return festival;
    }

    /** Replaces every value of an existing festival but its key. */
    @Transactional
    public Festival update(Festival festival, String actor) {
        FestivalEntity entity = existing(festival.key());
        entity.update(festival, venueOf(festival));
        versions.raise(FestivalSnapshots.DATA);
        audit.record(actor, "festival.updated", "festival:" + festival.key(), festival.schedule().rule().toString());
        return festival;
    }

    @Transactional
    public void delete(String key, String actor) {
        repository.remove(existing(key));
        versions.raise(FestivalSnapshots.DATA);
        audit.record(actor, "festival.deleted", "festival:" + key, null);
    }

    /** Adds the venue, or updates the one with the same key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeVenue(Venue venue) {
        repository.findVenue(venue.key()).ifPresentOrElse(v -> v.update(venue),
                () -> repository.store(new VenueEntity(venue)));
        versions.raise(FestivalSnapshots.DATA);
    }

    /** Adds the festival, or updates the one with the same key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeFestival(Festival festival) {
        VenueEntity venue = venueOf(festival);
        repository.find(festival.key()).ifPresentOrElse(f -> f.update(festival, venue),
                () -> repository.store(new FestivalEntity(festival, venue)));
        versions.raise(FestivalSnapshots.DATA);
    }

    private FestivalEntity existing(String key) {
        return repository.find(key).orElseThrow(() -> new ProblemException(
                Problem.of(Response.Status.NOT_FOUND, "no festival with key '" + key + "'")));
    }

    private VenueEntity venueOf(Festival festival) {
        return repository.findVenue(festival.venueKey()).orElseThrow(() -> new ProblemException(
                Problem.invalidField("venueKey", "no venue with key '" + festival.venueKey() + "'")));
    }

    private static ScheduledFestival schedule(FestivalSnapshots.Held held, LocalDate from, LocalDate to) {
        return new ScheduledFestival(held.festival(), held.venue(), held.festival().schedule().occurrences(from, to));
    }
}
