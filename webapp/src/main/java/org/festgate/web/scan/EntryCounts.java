package org.festgate.web.scan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.web.ticket.EventGates;

/**
 * An event's admitted entries (admitted scans in the IN direction) counted by the database per local day, per
 * local hour and per entrance, for the department's figures; and for several events together (a festival's in a
 * year) the entries per local day and each event's entries and visitors. The province's time has no daylight saving (its
 * offset is today's, +07:00, since 1975), so today's offset turns scan instants into local days and hours inside
 * the query.
 */
@ApplicationScoped
public class EntryCounts {

    /** Admitted entries in one local day. */
    public record DayCount(LocalDate day, long entries) {
    }

    /** Admitted entries in one local hour, named by its start. */
    public record HourCount(LocalDateTime hour, long entries) {
    }

    /** An event's admitted entries and its visitors: the tickets admitted in at least once. */
    public record EventAttendance(long eventId, long entries, long visitors) {
    }

    /** Admitted entries through one entrance. */
    public record EntranceCount(String entranceKey, long entries) {
    }

    private static final int HOUR = 3600;
    private static final int DAY = 24 * HOUR;

    @Inject
    private ScanRepository repository;

    @Inject
    private EventGates gates;

    @Inject
    private Clock clock;

    /** @throws org.festgate.web.platform.problem.ProblemException 404 if there is no such event */
    @Transactional
    public List<DayCount> perDay(long eventId) {
        gates.gate(eventId);
        return perDay(List.of(eventId));
    }

    /** The admitted entries of some events together, per local day; none for no events. */
    @Transactional
    public List<DayCount> perDay(Collection<Long> eventIds) {
        return perBucket(eventIds, DAY).stream()
                .map(row -> new DayCount(LocalDate.ofEpochDay(number(row[0])), number(row[1]))).toList();
    }

    /** Each event's admitted entries and visitors, for the events that have any; none for no events. */
    @Transactional
    public List<EventAttendance> perEvent(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return repository.entriesAndVisitorsPerEvent(eventIds).stream()
                .map(row -> new EventAttendance(number(row[0]), number(row[1]), number(row[2]))).toList();
    }

    /** @throws org.festgate.web.platform.problem.ProblemException 404 if there is no such event */
    @Transactional
    public List<HourCount> perHour(long eventId) {
        gates.gate(eventId);
        return perBucket(List.of(eventId), HOUR).stream().map(row -> new HourCount(LocalDateTime.ofEpochSecond(0, 0,
                ZoneOffset.UTC).plus(number(row[0]), ChronoUnit.HOURS), number(row[1]))).toList();
    }

    /** @throws org.festgate.web.platform.problem.ProblemException 404 if there is no such event */
    @Transactional
    public List<EntranceCount> perEntrance(long eventId) {
        gates.gate(eventId);
        return repository.entriesPerEntrance(eventId).stream()
                .map(row -> new EntranceCount((String) row[0], number(row[1]))).toList();
    }

    private List<Object[]> perBucket(Collection<Long> eventIds, int seconds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        ZoneOffset offset = FestivalSchedule.ZONE.getRules().getOffset(clock.instant());
        return repository.entriesPerBucket(eventIds, seconds, offset.getTotalSeconds());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
