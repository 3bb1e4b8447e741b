package org.festgate.core.gate;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The daily opening hours of a gate, within one day, in local time (Asia/Ho_Chi_Minh).
 * <p>
 * The gate is open from {@code opens} inclusive to {@code closes} exclusive; hours that cross midnight are not
 * supported, since no gate of the province works at night.
 *
 * @param opens  the opening time, not null
 * @param closes the closing time, after the opening time
 */
public record OpeningHours(LocalTime opens, LocalTime closes) {

    /**
     * Creates opening hours.
     *
     * @throws NullPointerException     if a time is null
     * @throws IllegalArgumentException if the gate does not close after it opens
     */
    public OpeningHours {
        Objects.requireNonNull(opens, "opens is required");
        Objects.requireNonNull(closes, "closes is required");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("closes must be after opens: " + opens + "-" + closes);
        }
    }

    /**
     * Obtains opening hours.
     *
     * @param opens  the opening time, not null
     * @param closes the closing time, after the opening time, not null
     * @return the opening hours, not null
     * @throws NullPointerException     if a time is null
     * @throws IllegalArgumentException if the gate does not close after it opens
     */
    public static OpeningHours of(LocalTime opens, LocalTime closes) {
        return new OpeningHours(opens, closes);
    }

    /**
     * Tells whether the gate is open at a time of day.
     *
     * @param time the local time, not null
     * @return true if {@code opens <= time < closes}
     */
    public boolean isOpenAt(LocalTime time) {
        Objects.requireNonNull(time, "time is required");
        return !time.isBefore(opens) && time.isBefore(closes);
    }

    /**
     * Gives the form {@code HH:mm-HH:mm}, such as {@code 07:00-19:00}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return opens + "-" + closes;
    }
}
