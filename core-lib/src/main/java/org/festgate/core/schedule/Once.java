package org.festgate.core.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A festival held once, on a given Gregorian date, such as a fair or an anniversary edition.
 *
 * @param date the date, not null
 */
public record Once(LocalDate date) implements Schedule {

    /**
     * Creates a one-off rule.
     *
     * @throws NullPointerException if the date is null
     */
    public Once {
        Objects.requireNonNull(date, "date is required");
    }

    /**
     * Obtains a one-off rule.
     *
     * @param date the date, not null
     * @return the rule, not null
     * @throws NullPointerException if the date is null
     */
    public static Once of(LocalDate date) {
        return new Once(date);
    }

    @Override
    public List<LocalDate> startDates(LocalDate fromInclusive, LocalDate toInclusive) {
        YearlyExpansion.checkRange(fromInclusive, toInclusive);
        return date.isBefore(fromInclusive) || date.isAfter(toInclusive) ? List.of() : List.of(date);
    }

    /**
     * Gives the text form, such as {@code once:2026-03-14}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "once:" + date;
    }
}
