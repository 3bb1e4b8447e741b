package org.festgate.core.schedule;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * A festival held every year on the same Gregorian day, such as 02-09 (National Day).
 * <p>
 * A rule on 29 February is held on 28 February in common years, as {@link MonthDay#atYear(int)} does.
 *
 * @param monthDay the Gregorian month and day, not null
 */
public record SolarYearly(MonthDay monthDay) implements Schedule {

    /**
     * Creates a solar rule.
     *
     * @throws NullPointerException if the month-day is null
     */
    public SolarYearly {
        Objects.requireNonNull(monthDay, "monthDay is required");
    }

    /**
     * Obtains a solar rule.
     *
     * @param month the month, 1 to 12
     * @param day   the day of the month, valid in a leap year
     * @return the rule, not null
     * @throws java.time.DateTimeException if the month-day does not exist, such as 02-30
     */
    public static SolarYearly of(int month, int day) {
        return new SolarYearly(MonthDay.of(month, day));
    }

    @Override
    public List<LocalDate> startDates(LocalDate fromInclusive, LocalDate toInclusive) {
        YearlyExpansion.checkRange(fromInclusive, toInclusive);
        return YearlyExpansion.expand(fromInclusive, toInclusive, fromInclusive.getYear(), toInclusive.getYear(),
                year -> List.of(monthDay.atYear(year)));
    }

    /**
     * Gives the text form, such as {@code solar:09-02}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return String.format("solar:%02d-%02d", monthDay.getMonthValue(), monthDay.getDayOfMonth());
    }
}
