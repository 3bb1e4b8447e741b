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

/**
 * Events' admitted entries per hour (UTC, whole hours since the epoch) and entrance, and their visitors (the distinct
 * tickets admitted in), counted without reading every scan of an event on every call: a festival's scans run into
 * the hundreds of thousands, and counting them each time took seconds on H2 and far more than the dashboard's
 * 200 ms on PostgreSQL under load (docs/benchmarks.md).
 * <p>
 * Stored scans never change, and each carries the time the server recorded it. The scans recorded more than
 * {@link #SETTLED} ago are settled: a scan's transaction has long committed by then, even on an instance whose
 * clock runs a little behind (the margin that {@link SyncCursor#OVERLAP} gives offline packages, five times over).
 * Each instance counts an event's settled scans once and keeps the counts, and apart from them the tickets admitted
 * in ({@link TicketSet}), so that entries never wait for the tickets ({@link SettledScans}); every call counts the
 * scans recorded after what was kept afresh, through the index on recording time, and its visitors are the kept
 * tickets together with those of the newer scans. So every instance answers from the committed scans, as a count
 * of all of them would. {@link TallyWarmUp} counts at start-up.
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

    @Inject
    private ScanRepository repository;

    @Inject
    private Clock clock;

    private final SettledScans<Map<Cell, Long>> counts = new SettledScans<>(Map.of(), (eventId, kept, from, to) ->
            Map.copyOf(plus(kept, repository.entriesPerHourAndEntrance(eventId, from, to))));

    private final SettledScans<TicketSet> tickets = new SettledScans<>(TicketSet.EMPTY,
            (eventId, kept, from, to) -> kept.with(TicketSet.of(repository.ticketsAdmittedIn(eventId, from, to))));

    /** The event's admitted entries so far per hour and entrance, from the committed scans. */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<Cell, Long> entries(long eventId) {
        SettledScans.Kept<Map<Cell, Long>> kept = counts.of(eventId, settled());
        return plus(kept.value(), repository.entriesPerHourAndEntrance(eventId, kept.until(), null));
    }

    /** The event's admitted entries so far per hour and entrance, and its visitors, from the committed scans. */
    @Transactional(Transactional.TxType.MANDATORY)
    Attendance attendance(long eventId) {
        SettledScans.Kept<TicketSet> kept = tickets.of(eventId, settled());
        TicketSet newer = TicketSet.of(repository.ticketsAdmittedIn(eventId, kept.until(), null));
        return new Attendance(entries(eventId), kept.value().sizeWith(newer));
    }

    /**
     * Counts the settled scans of the events that have scans, the latest first, unless a call already did: first
     * the entries of each, then the tickets (the dashboard's entries calls need only the first).
     *
     * @return how many events have scans
     */
    @Transactional
    int countSettled() {
        List<Long> eventIds = repository.eventsWithScans();
        eventIds.forEach(eventId -> counts.of(eventId, settled()));
        eventIds.forEach(eventId -> tickets.of(eventId, settled()));
        return eventIds.size();
    }

    private Instant settled() {
        return clock.instant().minus(SETTLED);
    }

    /** The counts with those of the rows of hour, entrance and count added: a new map. */
    private static Map<Cell, Long> plus(Map<Cell, Long> counts, List<Object[]> rows) {
        Map<Cell, Long> sums = new HashMap<>(counts);
        for (Object[] row : rows) {
            sums.merge(new Cell(((Number) row[0]).longValue(), (String) row[1]), ((Number) row[2]).longValue(),
                    Long::sum);
        }
        return sums;
    }
}
