package org.festgate.web.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
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

    /** Every festival with its venue, and the venues by key, at one version of the data. */
    record Snapshot(long version, List<Held> festivals, Map<String, Venue> venues) {
    }

    /** A festival and the venue where it is held. */
    record Held(Festival festival, Venue venue) {
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
        List<Held> festivals = repository.findAll().stream().map(FestivalEntity::toFestival)
                .map(f -> new Held(f, venues.get(f.venueKey()))).toList();
        Snapshot fresh = new Snapshot(version, festivals, venues);
        snapshot.accumulateAndGet(fresh, (old, candidate) -> candidate.version() > old.version() ? candidate : old);
        return fresh;
    }
}
