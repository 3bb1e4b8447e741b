package org.festgate.core.admission;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A time of day during which a ticket type may enter, from {@code from} inclusive to {@code until} exclusive, in
 * local time.
 * <p>
 * A window may cross midnight, such as {@code 18:00-02:00} for a night performance.
 *
 * @param from  the first time of day entry is allowed, not null
 * @param until the time of day entry ends, not equal to {@code from}, not null
 */
public record DailyWindow(LocalTime from, LocalTime until) {

    /**
     * Creates a daily window.
     *
     * @throws NullPointerException     if a time is null
     * @throws IllegalArgumentException if the window is empty
     */
    public DailyWindow {
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(until, "until is required");
        if (from.equals(until)) {
            throw new IllegalArgumentException("window must not be empty: " + from + "-" + until);
        }
    }

    /**
     * Obtains a daily window.
     *
     * @param from  the first time of day entry is allowed, not null
     * @param until the time of day entry ends, not equal to {@code from}, not null
     * @return the window, not null
     * @throws NullPointerException     if a time is null
     * @throws IllegalArgumentException if the window is empty
     */
    public static DailyWindow of(LocalTime from, LocalTime until) {
        return new DailyWindow(from, until);
    }

    /**
     * Tells whether a time of day falls in this window.
     *
     * @param time the local time, not null
     * @return true if the time is in the window
     * @throws NullPointerException if the time is null
     */
    public boolean contains(LocalTime time) {
        Objects.requireNonNull(time, "time is required");
        boolean afterStart = !time.isBefore(from);
        boolean beforeEnd = time.isBefore(until);
        return from.isBefore(until) ? afterStart && beforeEnd : afterStart || beforeEnd;
    }

    /**
     * Gives the form {@code HH:mm-HH:mm}, such as {@code 18:00-22:00}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return from + "-" + until;
    }
}
