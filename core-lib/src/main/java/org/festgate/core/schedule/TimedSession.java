package org.festgate.core.schedule;

import java.time.ZonedDateTime;
import java.util.Objects;
import org.festgate.core.text.LocalizedText;

/**
 * A session of one occurrence of a festival, placed at instants in {@link FestivalSchedule#ZONE}.
 *
 * @param title the title of the session, not null
 * @param start the start, not null
 * @param end   the end, after the start
 */
public record TimedSession(LocalizedText title, ZonedDateTime start, ZonedDateTime end) {

    /**
     * Creates a timed session.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the session does not end after it starts
     */
    public TimedSession {
        Objects.requireNonNull(title, "title is required");
        Objects.requireNonNull(start, "start is required");
        Objects.requireNonNull(end, "end is required");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("session must end after it starts: " + start + " " + end);
        }
    }
}
