package org.festgate.web.scan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.web.ticket.EventGates;

/**
 * An event's admitted entries (admitted scans in the IN direction) per local day, per local hour and per entrance,
 * for the department's figures; and for several events together (a festival's in a year) the entries per local day
 * and each event's entries and visitors. Entries come from the counts per hour and entrance that {@link EntryTally}
 * keeps, visitors (distinct tickets) from the tickets it keeps. The province's time has no daylight saving (its
 * offset is today's, +07:00, a whole number of hours, since 1975), so today's offset turns the hours of scan
 * instants into local days and hours.
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

    /**
     * The attendance of some events.
     *
     * @param perEvent each event's entries and visitors, for the events that have any, by event id
     * @param perDay the entries of all of them together per local day
     */
    public record Attendance(List<EventAttendance> perEvent, List<DayCount> perDay) {
    }

    /** Admitted entries through one entrance. */
    public record EntranceCount(String entranceKey, long entries) {
    }

    private static final int HOUR = 3600;

    @Inject
    private EntryTally tally;

    @Inject
    private EventGates gates;

    @Inject
    private Clock clock;

    /** @throws org.festgate.web.platform.problem.ProblemException 404 if there is no such event */
    @Transactional
    public List<DayCount> perDay(long eventId) {
        gates.gate(eventId);
        return perDay(List.of(tally.entries(eventId)));
    }

    /**
     * Some events' attendance, each event's kept entries read once: its entries and visitors, for the events that
     * have any, by event id, and the entries of all of them together per local day; none for no events.
     */
    @Transactional
    public Attendance attendance(Collection<Long> eventIds) {
        List<EventAttendance> perEvent = new ArrayList<>();
        List<Map<EntryTally.Cell, Long>> entries = new ArrayList<>();
        eventIds.stream().sorted().distinct().forEach(eventId -> {
            EntryTally.Attendance tallied = tally.attendance(eventId);
            long total = tallied.entries().values().stream().mapToLong(Long::longValue).sum();
            if (total > 0) {
                perEvent.add(new EventAttendance(eventId, total, tallied.visitors()));
            }
            entries.add(tallied.entries());
        });
        return new Attendance(perEvent, perDay(entries));
    }

    /** @throws org.festgate.web.platform.problem.ProblemException 404 if there is no such event */
    @Transactional
    public List<HourCount> perHour(long eventId) {
        gates.gate(eventId);
        int offset = offsetSeconds();
        return sum(List.of(tally.entries(eventId)), cell -> LocalDateTime.ofEpochSecond(cell.hour() * HOUR + offset, 0,
                ZoneOffset.UTC)).entrySet().stream().map(e -> new HourCount(e.getKey(), e.getValue())).toList();
    }

    /** @throws org.festgate.web.platform.problem.ProblemException 404 if there is no such event */
    @Transactional
    public List<EntranceCount> perEntrance(long eventId) {
        gates.gate(eventId);
        return sum(List.of(tally.entries(eventId)), EntryTally.Cell::entranceKey).entrySet().stream()
                .map(e -> new EntranceCount(e.getKey(), e.getValue())).toList();
    }

    /** Entries per hour and entrance (of one event or several) summed per local day. */
    private List<DayCount> perDay(List<Map<EntryTally.Cell, Long>> entries) {
        int offset = offsetSeconds();
        return sum(entries, cell -> LocalDate.ofEpochDay(Math.floorDiv(cell.hour() * HOUR + offset, 24 * HOUR)))
                .entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList();
    }

    /** Entries per hour and entrance (of one event or several) summed per key of their hour and entrance, in order. */
    private static <K extends Comparable<? super K>> SortedMap<K, Long> sum(List<Map<EntryTally.Cell, Long>> entries,
                                                                            Function<EntryTally.Cell, K> key) {
        SortedMap<K, Long> sums = new TreeMap<>();
        entries.forEach(counts -> counts.forEach((cell, n) -> sums.merge(key.apply(cell), n, Long::sum)));
        return sums;
    }

    /** The province's offset from UTC today, a whole number of hours. */
    private int offsetSeconds() {
        return FestivalSchedule.ZONE.getRules().getOffset(clock.instant()).getTotalSeconds();
    }
}
