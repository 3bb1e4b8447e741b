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
import java.util.concurrent.locks.ReentrantLock;

/**
 * Events' admitted entries per hour (UTC, whole hours since the epoch) and entrance, and their visitors (the distinct
 * tickets admitted in), counted without reading every scan of an event on every call: a festival's scans run into
 * the hundreds of thousands, and counting them each time took seconds on H2 and far more than the dashboard's
 * 200 ms on PostgreSQL under load (docs/benchmarks.md).
 * <p>
 * Stored scans never change, and each carries the time the server recorded it. The scans recorded more than
 * {@link #SETTLED} ago are settled: a scan's transaction has long committed by then, even on an instance whose
 * clock runs a little behind (the margin that {@link SyncCursor#OVERLAP} gives offline packages, five times over).
 * Each instance counts an event's settled scans once and keeps the counts and the tickets admitted in
 * ({@link TicketSet}), taking in those that settled since at most once a {@link #STEP}; every call counts the scans
 * recorded after them afresh, through the index on recording time, and its visitors are the kept tickets together
 * with those of the newer scans. So every instance answers from the committed scans, as a count of all of them
 * would. The first count of an event (at start-up, {@link TallyWarmUp}, or on its first call) reads all of its
 * scans; callers that come meanwhile wait for that one count. Later, while one caller takes in the scans that
 * settled since, the others answer from the counts kept before and the scans recorded after them, without waiting.
 */
@ApplicationScoped
class EntryTally {

    /** Entries counted in one hour at one entrance. */
    record Cell(long hour, String entranceKey) {
    }

    /** An event's admitted entries per hour and entrance, and its visitors. */
    record Attendance(Map<Cell, Long> entries, long visitors) {
    }

    /** How long after its recording a scan is counted among the kept counts. */
    static final Duration SETTLED = Duration.ofMinutes(5);

    /** How often at most the kept counts of an event take in the scans that settled since. */
    static final Duration STEP = Duration.ofMinutes(1);

    /** What was counted of an event's scans recorded before {@code until}; never changed. */
    private record Settled(Instant until, Map<Cell, Long> counts, TicketSet tickets) {

        static final Settled NONE = new Settled(Instant.EPOCH, Map.of(), TicketSet.EMPTY);

        /** These counts and tickets with those of the scans recorded from {@code until} to {@code to}. */
        Settled plus(List<Object[]> cells, List<Long> admitted, Instant to) {
            Map<Cell, Long> sums = new HashMap<>(counts);
            add(sums, cells);
            return new Settled(to, Map.copyOf(sums), tickets.with(TicketSet.of(admitted)));
        }
    }

    /** One event's kept counts (null until first counted) and the lock of whoever takes in newer scans. */
    private static final class Kept {
        private final ReentrantLock taking = new ReentrantLock();
        private volatile Settled settled;
    }

    private final ConcurrentMap<Long, Kept> events = new ConcurrentHashMap<>();

    @Inject
    private ScanRepository repository;

    @Inject
    private Clock clock;

    /** The event's admitted entries so far per hour and entrance, from the committed scans. */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<Cell, Long> entries(long eventId) {
        return entries(eventId, settled(eventId));
    }

    /** The event's admitted entries so far per hour and entrance, and its visitors, from the committed scans. */
    @Transactional(Transactional.TxType.MANDATORY)
    Attendance attendance(long eventId) {
        Settled settled = settled(eventId);
        TicketSet newer = TicketSet.of(repository.ticketsAdmittedIn(eventId, settled.until(), null));
        return new Attendance(entries(eventId, settled), settled.tickets().sizeWith(newer));
    }

    /** Counts the settled scans of the events that have scans, the latest first, unless a call already did. */
    @Transactional
    void countSettled() {
        repository.eventsWithScans().forEach(this::settled);
    }

    private Map<Cell, Long> entries(long eventId, Settled settled) {
        Map<Cell, Long> counts = new HashMap<>(settled.counts());
        add(counts, repository.entriesPerHourAndEntrance(eventId, settled.until(), null));
        return counts;
    }

    /**
     * The event's kept counts, having taken in the scans that settled since if a {@link #STEP} has passed and no
     * other caller is doing it.
     */
    private Settled settled(long eventId) {
        Kept kept = events.computeIfAbsent(eventId, id -> new Kept());
        Instant now = clock.instant().minus(SETTLED);
        Settled settled = kept.settled;
        if (settled != null && !isDue(settled, now)) {
            return settled;
        }
        if (settled == null) {
            kept.taking.lock();
        } else if (!kept.taking.tryLock()) {
            return settled;
        }
        try {
            settled = kept.settled == null ? Settled.NONE : kept.settled;
            if (isDue(settled, now)) {
                settled = settled.plus(repository.entriesPerHourAndEntrance(eventId, settled.until(), now),
                        repository.ticketsAdmittedIn(eventId, settled.until(), now), now);
                kept.settled = settled;
            }
            return settled;
        } finally {
            kept.taking.unlock();
        }
    }

    private static boolean isDue(Settled settled, Instant now) {
        return settled.until().plus(STEP).isBefore(now);
    }

    private static void add(Map<Cell, Long> counts, List<Object[]> rows) {
        for (Object[] row : rows) {
            counts.merge(new Cell(((Number) row[0]).longValue(), (String) row[1]), ((Number) row[2]).longValue(),
                    Long::sum);
        }
    }
}
