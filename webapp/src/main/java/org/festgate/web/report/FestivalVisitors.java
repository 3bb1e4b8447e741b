package org.festgate.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.scan.EntryCounts;
import org.festgate.web.scan.EntryCounts.EventAttendance;
import org.festgate.web.ticket.FestivalEvents;
import org.festgate.web.ticket.FestivalEvents.HeldEvent;

/**
 * Visitors per festival in a year, for the department's dashboard: over the ticketed events that start in the year,
 * each festival's visitors (tickets admitted in at least once) and admitted entries, as the festival reports count
 * them.
 */
@ApplicationScoped
public class FestivalVisitors {

    /** One festival's visitors and entries in the year, over its ticketed events. */
    public record FestivalAttendance(String festivalKey, Text name, int events, long visitors, long entries) {
    }

    @Inject
    private FestivalEvents events;

    @Inject
    private EntryCounts entries;

    @Inject
    private FestivalReports reports;

    /** Every festival with a ticketed event that starts in the year, by key. */
    public List<FestivalAttendance> inYear(int year) {
        List<HeldEvent> held = events.inYear(year);
        Map<Long, EventAttendance> attendance = entries.attendance(held.stream().map(HeldEvent::eventId).toList())
                .perEvent().stream().collect(Collectors.toMap(EventAttendance::eventId, Function.identity()));
        Map<String, List<HeldEvent>> byFestival = held.stream()
                .collect(Collectors.groupingBy(HeldEvent::festivalKey, TreeMap::new, Collectors.toList()));
        return byFestival.entrySet().stream().map(festival -> {
            List<EventAttendance> counted = festival.getValue().stream().map(e -> attendance.get(e.eventId()))
                    .filter(Objects::nonNull).toList();
            return new FestivalAttendance(festival.getKey(), reports.knownName(festival.getKey(), year)
                    .orElse(new Text(festival.getKey(), festival.getKey(), festival.getKey())),
                    festival.getValue().size(), counted.stream().mapToLong(EventAttendance::visitors).sum(),
                    counted.stream().mapToLong(EventAttendance::entries).sum());
        }).toList();
    }
}
