package org.festgate.core.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * A rule that fixes the first day of each occurrence of a festival.
 * <p>
 * Implementations are immutable records. Each has a text form, given by {@code toString()} and read back by
 * {@link #parse(CharSequence)}, used by the data files and the database:
 * <pre>
 * schedule = lunar / solar / weekday / once
 * lunar    = "lunar:" MM "-" DD *( ";" option )   ; lunar month 01-12, day 01-30
 * option   = "leap=" ( "regular" / "both" ) / "short=" ( "last-day" / "skip" )
 * solar    = "solar:" MM "-" DD                   ; Gregorian month and day, 02-29 allowed
 * weekday  = "weekday:" MM "-" ( "1"-"5" / "LAST" ) "-" DAY-OF-WEEK   ; e.g. weekday:10-3-SUNDAY
 * once     = "once:" yyyy-MM-dd
 * </pre>
 * Examples: {@code lunar:01-15}, {@code lunar:05-05;leap=both}, {@code lunar:12-30;short=skip},
 * {@code solar:09-02}, {@code weekday:10-LAST-SUNDAY}, {@code once:2026-03-14}. Months and days have exactly two
 * digits, the day of week is its English name in capitals ({@link java.time.DayOfWeek}), the text is
 * case-sensitive and has no spaces. Lunar options may come in any order, each at most once; an option equal to
 * its default is accepted, and {@code toString()} omits it, writing {@code leap} before {@code short}.
 */
public sealed interface Schedule permits LunarYearly, SolarYearly, NthWeekdayYearly, Once {

    /**
     * Lists the first days of the occurrences that start within a range of Gregorian dates.
     *
     * @param fromInclusive the first date of the range, not null
     * @param toInclusive   the last date of the range, not before {@code fromInclusive}, not null
     * @return the start dates in ascending order, unmodifiable, not null
     * @throws NullPointerException      if a date is null
     * @throws IllegalArgumentException  if the range ends before it starts
     * @throws java.time.DateTimeException if a lunar rule is expanded outside the range of the lunar calendar
     */
    List<LocalDate> startDates(LocalDate fromInclusive, LocalDate toInclusive);

    /**
     * Reads a schedule from its text form, described on this interface.
     *
     * @param text the text, not null
     * @return the schedule, not null
     * @throws NullPointerException                     if the text is null
     * @throws java.time.format.DateTimeParseException if the text is not a schedule or names an impossible rule
     */
    static Schedule parse(CharSequence text) {
        return ScheduleParser.parse(text);
    }
}
