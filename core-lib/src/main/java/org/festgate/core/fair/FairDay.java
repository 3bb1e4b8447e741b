package org.festgate.core.fair;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One day of a fair and its opening hours, in local time (Asia/Ho_Chi_Minh); the fair is open from {@code opens}
 * inclusive to {@code closes} exclusive, within the day.
 *
 * @param date   the day, not null
 * @param opens  the opening time, not null
 * @param closes the closing time, after the opening time, not null
 */
public record FairDay(LocalDate date, LocalTime opens, LocalTime closes) {

    /**
     * Creates a fair day.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the fair does not close after it opens
     */
    public FairDay {
        Objects.requireNonNull(date, "date is required");
        Objects.requireNonNull(opens, "opens is required");
        Objects.requireNonNull(closes, "closes is required");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("closes must be after opens on " + date + ": " + opens + "-" + closes);
        }
    }

    /**
     * Obtains a fair day.
     *
     * @param date   the day, not null
     * @param opens  the opening time, not null
     * @param closes the closing time, after the opening time, not null
     * @return the fair day, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the fair does not close after it opens
     */
    public static FairDay of(LocalDate date, LocalTime opens, LocalTime closes) {
        return new FairDay(date, opens, closes);
    }
}
