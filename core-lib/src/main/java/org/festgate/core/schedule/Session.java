package org.festgate.core.schedule;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;
import org.festgate.core.text.LocalizedText;

/**
 * A scheduled part of a festival, such as the opening ceremony or an evening of performances, at local
 * wall-clock times on one day of the festival.
 *
 * @param dayOffset the day of the festival, 0 for the first day
 * @param start     the start time, not null
 * @param end       the end time, after the start on the same day
 * @param title     the title, not null
 */
public record Session(int dayOffset, LocalTime start, LocalTime end, LocalizedText title) {

    /** Orders sessions by day, then start time, then end time. */
    static final Comparator<Session> CHRONOLOGICAL = Comparator.comparingInt(Session::dayOffset)
            .thenComparing(Session::start).thenComparing(Session::end);

    /**
     * Creates a session.
     *
     * @throws NullPointerException     if a time or the title is null
     * @throws IllegalArgumentException if the day offset is negative or the session does not end after it starts
     */
    public Session {
        if (dayOffset < 0) {
            throw new IllegalArgumentException("dayOffset must not be negative: " + dayOffset);
        }
        Objects.requireNonNull(start, "start is required");
        Objects.requireNonNull(end, "end is required");
        Objects.requireNonNull(title, "title is required");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("session must end after it starts: " + start + "-" + end);
        }
    }

    /**
     * Obtains a session.
     *
     * @param dayOffset the day of the festival, 0 for the first day
     * @param start     the start time, not null
     * @param end       the end time, after the start, not null
     * @param title     the title, not null
     * @return the session, not null
     * @throws NullPointerException     if a time or the title is null
     * @throws IllegalArgumentException if the day offset is negative or the session does not end after it starts
     */
    public static Session of(int dayOffset, LocalTime start, LocalTime end, LocalizedText title) {
        return new Session(dayOffset, start, end, title);
    }
}
