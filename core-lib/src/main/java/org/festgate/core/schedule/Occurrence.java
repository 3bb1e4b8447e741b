package org.festgate.core.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.festgate.core.calendar.LunarDate;

/**
 * One dated occurrence of a festival: its days, the lunar date of its first day and its sessions.
 *
 * @param start        the first day, not null
 * @param endInclusive the last day, not before the first
 * @param lunarStart   the lunar date of the first day, not null
 * @param sessions     the sessions in chronological order; copied
 */
public record Occurrence(LocalDate start, LocalDate endInclusive, LunarDate lunarStart, List<TimedSession> sessions) {

    /**
     * Creates an occurrence.
     *
     * @throws NullPointerException     if an argument or a session is null
     * @throws IllegalArgumentException if the occurrence ends before it starts
     */
    public Occurrence {
        Objects.requireNonNull(start, "start is required");
        Objects.requireNonNull(endInclusive, "endInclusive is required");
        Objects.requireNonNull(lunarStart, "lunarStart is required");
        sessions = List.copyOf(Objects.requireNonNull(sessions, "sessions is required"));
        if (endInclusive.isBefore(start)) {
            throw new IllegalArgumentException("occurrence ends before it starts: " + start + ".." + endInclusive);
        }
    }

    /**
     * Tells whether the occurrence has at least one day within a range.
     *
     * @param fromInclusive the first day of the range, not null
     * @param toInclusive   the last day of the range, not null
     * @return true if the occurrence overlaps the range
     */
    public boolean overlaps(LocalDate fromInclusive, LocalDate toInclusive) {
        return !endInclusive.isBefore(fromInclusive) && !start.isAfter(toInclusive);
    }
}
