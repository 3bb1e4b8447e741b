package org.festgate.web.scan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.web.ticket.EventGates;

/**
 * An event's admitted entries (admitted scans in the IN direction) counted by the database per local day, per
 * local hour and per entrance, for the department's figures. The province's time has no daylight saving (its
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
        return perBucket(eventId, DAY).stream()
                .map(row -> new DayCount(LocalDate.ofEpochDay(number(row[0])), number(row[1]))).toList();
    }

    /** @throws org.festgate.web.platform.problem.ProblemException 404 if there is no such event */
    @Transactional
    public List<HourCount> perHour(long eventId) {
        return perBucket(eventId, HOUR).stream().map(row -> new HourCount(LocalDateTime.ofEpochSecond(0, 0,
                ZoneOffset.UTC).plus(number(row[0]), ChronoUnit.HOURS), number(row[1]))).toList();
    }

    /** @throws org.festgate.web.platform.problem.ProblemException 404 if there is no such event */
    @Transactional
    public List<EntranceCount> perEntrance(long eventId) {
        gates.gate(eventId);
        return repository.entriesPerEntrance(eventId).stream()
                .map(row -> new EntranceCount((String) row[0], number(row[1]))).toList();
    }

    private List<Object[]> perBucket(long eventId, int seconds) {
        gates.gate(eventId);
        ZoneOffset offset = FestivalSchedule.ZONE.getRules().getOffset(clock.instant());
        return repository.entriesPerBucket(eventId, seconds, offset.getTotalSeconds());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
