package org.festgate.core.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.festgate.core.calendar.LunarDate;

/**
 * When a festival is held: the rule fixing its first day, how many days it lasts, and its sessions.
 * <p>
 * Sessions are kept in chronological order (day, start, end), whatever the order given, so that their position
 * is a stable identity within an occurrence.
 *
 * @param rule         the rule fixing the first day of each occurrence, not null
 * @param durationDays the number of days, at least 1
 * @param sessions     the sessions, each on a day of the festival; copied and sorted
 */
public record FestivalSchedule(Schedule rule, int durationDays, List<Session> sessions) {

    /** The time zone of Lai Châu, in which festival days and session times are reckoned. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * Creates a festival schedule.
     *
     * @throws NullPointerException     if the rule, the sessions or a session is null
     * @throws IllegalArgumentException if the duration is below 1 or a session falls after the last day
     */
    public FestivalSchedule {
        Objects.requireNonNull(rule, "rule is required");
        if (durationDays < 1) {
            throw new IllegalArgumentException("durationDays must be at least 1: " + durationDays);
        }
        List<Session> sorted = new ArrayList<>(Objects.requireNonNull(sessions, "sessions is required"));
        sorted.sort(Session.CHRONOLOGICAL);
        for (Session session : sorted) {
            if (session.dayOffset() >= durationDays) {
                throw new IllegalArgumentException("session on day offset " + session.dayOffset()
                        + " falls after a festival of " + durationDays + " days");
            }
        }
        sessions = List.copyOf(sorted);
    }

    /**
     * Obtains a festival schedule without sessions.
     *
     * @param rule         the rule fixing the first day, not null
     * @param durationDays the number of days, at least 1
     * @return the schedule, not null
     * @throws NullPointerException     if the rule is null
     * @throws IllegalArgumentException if the duration is below 1
     */
    public static FestivalSchedule of(Schedule rule, int durationDays) {
        return new FestivalSchedule(rule, durationDays, List.of());
    }

    /**
     * Obtains a festival schedule.
     *
     * @param rule         the rule fixing the first day, not null
     * @param durationDays the number of days, at least 1
     * @param sessions     the sessions, not null
     * @return the schedule, not null
     * @throws NullPointerException     if an argument or a session is null
     * @throws IllegalArgumentException if the duration is below 1 or a session falls after the last day
     */
    public static FestivalSchedule of(Schedule rule, int durationDays, List<Session> sessions) {
        return new FestivalSchedule(rule, durationDays, sessions);
    }

    /**
     * Lists the occurrences having at least one day within a range, including one that started before the range
     * or ends after it.
     *
     * @param fromInclusive the first day of the range, not null
     * @param toInclusive   the last day of the range, not before the first, not null
     * @return the occurrences in order of start, unmodifiable, not null
     * @throws NullPointerException      if a date is null
     * @throws IllegalArgumentException  if the range ends before it starts
     * @throws java.time.DateTimeException if a lunar rule is expanded outside the range of the lunar calendar
     */
    public List<Occurrence> occurrences(LocalDate fromInclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromInclusive, "fromInclusive is required");
        List<Occurrence> occurrences = new ArrayList<>();
        for (LocalDate start : rule.startDates(fromInclusive.minusDays(durationDays - 1L), toInclusive)) {
            occurrences.add(occurrenceFrom(start));
        }
        return List.copyOf(occurrences);
    }

    private Occurrence occurrenceFrom(LocalDate start) {
        List<TimedSession> timed = new ArrayList<>(sessions.size());
        for (Session session : sessions) {
            LocalDate day = start.plusDays(session.dayOffset());
            timed.add(new TimedSession(session.title(), ZonedDateTime.of(day, session.start(), ZONE),
                    ZonedDateTime.of(day, session.end(), ZONE)));
        }
        return new Occurrence(start, start.plusDays(durationDays - 1L), LunarDate.from(start), timed);
    }
}
