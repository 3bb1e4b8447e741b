package org.festgate.web.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.festgate.core.event.Festival;
import org.festgate.core.event.Venue;
import org.festgate.web.platform.persistence.DataVersions;

/**
 * The festivals and venues as immutable core-lib values, read from the database once per version of the
 * festival data instead of on every request. Each request checks the shared version (one primary-key read), so a
 * change committed by any instance is visible to the next request on every instance.
 */
@ApplicationScoped
public class FestivalSnapshots {

    /** Name of the festival data in {@code data_version}. */
    static final String DATA = "festivals";

    /** A festival and the venue where it is held. */
    record Held(Festival festival, Venue venue) {
    }

    /**
     * Every festival with its venue at one version of the data. A request answers from one snapshot, so what it
     * renders and the version it files the result under always agree.
     *
     * @param version the data version this snapshot was read at
     * @param festivals the festivals with their venues, by key
     * @param venues the venues by key
     */
    public record Snapshot(long version, List<Held> festivals, Map<String, Venue> venues) {

        /** The festivals that pass the query, with their occurrences in its period, by first occurrence. */
        public List<ScheduledFestival> search(FestivalQuery query) {
            return matching(query).stream()
                    .filter(s -> !s.occurrences().isEmpty())
                    .sorted(Comparator.comparing((ScheduledFestival s) -> s.occurrences().get(0).start())
                            .thenComparing(s -> s.festival().key()))
                    .toList();
        }

        /** The festivals that pass the query's filters whether or not they occur in its period, by key. */
        public List<ScheduledFestival> matching(FestivalQuery query) {
            return festivals.stream()
                    .filter(h -> query.matches(h.festival(), h.venue()))
                    .map(h -> schedule(h, query.from(), query.to()))
                    .toList();
        }

        /** One festival with its occurrences between two dates. */
        public Optional<ScheduledFestival> find(String key, LocalDate from, LocalDate to) {
            return festivals.stream().filter(h -> h.festival().key().equals(key)).findFirst()
                    .map(h -> schedule(h, from, to));
        }

        /** The venues, by key. */
        public List<Venue> venueList() {
            return venues.values().stream().sorted(Comparator.comparing(Venue::key)).toList();
        }

        private static ScheduledFestival schedule(Held held, LocalDate from, LocalDate to) {
            return new ScheduledFestival(held.festival(), held.venue(),
                    held.festival().schedule().occurrences(from, to));
        }
    }

    @Inject
    private FestivalRepository repository;

    @Inject
    private DataVersions versions;

    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot(-1, List.of(), Map.of()));

    /** The festivals and venues as committed now. */
    @Transactional
    public Snapshot current() {
        long version = versions.current(DATA);
        Snapshot held = snapshot.get();
        if (held.version() == version) {
            return held;
        }
        Map<String, Venue> venues = repository.findAllVenues().stream().map(VenueEntity::toVenue)
                .collect(Collectors.toUnmodifiableMap(Venue::key, Function.identity()));
        List<Held> festivals = repository.findAll().stream()
                .map(f -> new Held(f.toFestival(), f.venue().toVenue())).toList();
        Snapshot fresh = new Snapshot(version, festivals, venues);
        snapshot.accumulateAndGet(fresh, (old, candidate) -> candidate.version() > old.version() ? candidate : old);
        return fresh;
    }
}
