package org.festgate.core.schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;

/**
 * A festival held every year on the n-th or the last given weekday of a Gregorian month, such as the third Sunday
 * of October.
 * <p>
 * A year whose month has no fifth such weekday has no occurrence for ordinal 5.
 *
 * @param month     the Gregorian month, not null
 * @param ordinal   1 to 5 for the first to the fifth weekday, or {@link #LAST} for the last one
 * @param dayOfWeek the day of the week, not null
 */
public record NthWeekdayYearly(Month month, int ordinal, DayOfWeek dayOfWeek) implements Schedule {

    /** The ordinal of the last weekday of the month. */
    public static final int LAST = -1;

    /**
     * Creates a weekday rule.
     *
     * @throws NullPointerException if the month or the day of week is null
     * @throws DateTimeException    if the ordinal is not 1 to 5 nor {@link #LAST}
     */
    public NthWeekdayYearly {
        Objects.requireNonNull(month, "month is required");
        Objects.requireNonNull(dayOfWeek, "dayOfWeek is required");
        if (ordinal != LAST && (ordinal < 1 || ordinal > 5)) {
            throw new DateTimeException("ordinal must be 1 to 5 or LAST (-1): " + ordinal);
        }
    }

    /**
     * Obtains a weekday rule.
     *
     * @param month     the Gregorian month, not null
     * @param ordinal   1 to 5, or {@link #LAST}
     * @param dayOfWeek the day of the week, not null
     * @return the rule, not null
     * @throws NullPointerException if the month or the day of week is null
     * @throws DateTimeException    if the ordinal is out of range
     */
    public static NthWeekdayYearly of(Month month, int ordinal, DayOfWeek dayOfWeek) {
        return new NthWeekdayYearly(month, ordinal, dayOfWeek);
    }

    @Override
    public List<LocalDate> startDates(LocalDate fromInclusive, LocalDate toInclusive) {
        YearlyExpansion.checkRange(fromInclusive, toInclusive);
        return YearlyExpansion.expand(fromInclusive, toInclusive, fromInclusive.getYear(), toInclusive.getYear(),
                this::dateInYear);
    }

    private List<LocalDate> dateInYear(int year) {
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate date = first.with(ordinal == LAST
                ? TemporalAdjusters.lastInMonth(dayOfWeek)
                : TemporalAdjusters.dayOfWeekInMonth(ordinal, dayOfWeek));
        return date.getMonth() == month ? List.of(date) : List.of();
    }

    /**
     * Gives the text form, such as {@code weekday:10-3-SUNDAY} or {@code weekday:10-LAST-SUNDAY}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return String.format("weekday:%02d-%s-%s", month.getValue(), ordinal == LAST ? "LAST" : ordinal, dayOfWeek);
    }
}
