package org.festgate.core.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Expands a yearly rule over a Gregorian range: collects the dates the rule gives for each year of a span, keeps
 * those in the range and sorts them.
 */
final class YearlyExpansion {

    private YearlyExpansion() {
    }

    static void checkRange(LocalDate fromInclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromInclusive, "fromInclusive is required");
        Objects.requireNonNull(toInclusive, "toInclusive is required");
        if (toInclusive.isBefore(fromInclusive)) {
            throw new IllegalArgumentException("range ends before it starts: " + fromInclusive + ".." + toInclusive);
        }
    }

    /**
     * Expands over a range already checked by {@link #checkRange}.
     *
     * @param firstYear   the first year of the rule's own calendar to look at
     * @param lastYear    the last year of the rule's own calendar to look at
     * @param datesOfYear the dates the rule gives in a year of its own calendar
     */
    static List<LocalDate> expand(LocalDate fromInclusive, LocalDate toInclusive, int firstYear, int lastYear,
            IntFunction<List<LocalDate>> datesOfYear) {
        List<LocalDate> dates = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            for (LocalDate date : datesOfYear.apply(year)) {
                if (!date.isBefore(fromInclusive) && !date.isAfter(toInclusive)) {
                    dates.add(date);
                }
            }
        }
        Collections.sort(dates);
        return Collections.unmodifiableList(dates);
    }
}
