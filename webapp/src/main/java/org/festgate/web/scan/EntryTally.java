package org.festgate.web.scan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Events' admitted entries per hour (UTC, whole hours since the epoch) and entrance, counted without reading every
 * scan of an event on every call: a festival's scans run into the hundreds of thousands, and counting them each
 * time took seconds on H2 and far more than the dashboard's 200 ms on PostgreSQL under load (docs/benchmarks.md).
 * <p>
 * Stored scans never change, and each carries the time the server recorded it. The scans recorded more than
 * {@link #SETTLED} ago are settled: a scan's transaction has long committed by then, even on an instance whose
 * clock runs a little behind (the margin that {@link SyncCursor#OVERLAP} gives offline packages, five times over).
 * Each instance counts an event's settled scans once and keeps the counts, adding those that settled since at most
 * once a {@link #STEP}; every call counts the scans recorded after them afresh, through the index on recording
 * time. So every instance answers from the committed scans, as a count of all of them would; only the first call
 * for an event on an instance counts all of its scans.
 */
@ApplicationScoped
class EntryTally {

    /** Entries counted in one hour at one entrance. */
    record Cell(long hour, String entranceKey) {
    }

    /** How long after its recording a scan is counted among the kept counts. */
    static final Duration SETTLED = Duration.ofMinutes(5);

    /** How often at most the kept counts of an event take in the scans that settled since. */
    static final Duration STEP = Duration.ofMinutes(1);

    /** An event's counts of the scans recorded before {@code until}; guarded by itself. */
    private static final class Settled {
        private final Map<Cell, Long> counts = new HashMap<>();
        private Instant until = Instant.EPOCH;
    }

    private final ConcurrentMap<Long, Settled> events = new ConcurrentHashMap<>();

    @Inject
    private ScanRepository repository;

    @Inject
    private Clock clock;

    /** The event's admitted entries so far per hour and entrance, from the committed scans. */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<Cell, Long> entries(long eventId) {
        Settled settled = events.computeIfAbsent(eventId, id -> new Settled());
        Map<Cell, Long> counts;
        Instant after;
        synchronized (settled) {
            Instant now = clock.instant().minus(SETTLED);
            if (settled.until.plus(STEP).isBefore(now)) {
                add(settled.counts, repository.entriesPerHourAndEntrance(eventId, settled.until, now));
                settled.until = now;
            }
            counts = new HashMap<>(settled.counts);
            after = settled.until;
        }
        add(counts, repository.entriesPerHourAndEntrance(eventId, after, null));
        return counts;
    }

    private static void add(Map<Cell, Long> counts, List<Object[]> rows) {
        for (Object[] row : rows) {
            counts.merge(new Cell(((Number) row[0]).longValue(), (String) row[1]), ((Number) row[2]).longValue(),
                    Long::sum);
        }
    }
}
