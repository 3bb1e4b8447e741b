package org.festgate.core.schedule;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.festgate.core.calendar.LunarDate;

/**
 * A festival held every year on a day of the Vietnamese lunar calendar, such as 15/1 (Rằm tháng Giêng).
 * <p>
 * Lunar year {@code y} starts at Tết, in January or February of Gregorian year {@code y}, so its 11th and 12th
 * months may fall in Gregorian year {@code y + 1}: expansion over a Gregorian range looks at the lunar years that
 * can reach it. A leap month repeating the rule's month is handled by the {@link LeapMonthPolicy}; day 30 in a
 * 29-day month by the {@link ShortMonthPolicy}.
 *
 * @param month      the lunar month, 1 to 12
 * @param day        the lunar day, 1 to 30
 * @param leapMonth  what to do in a year whose leap month repeats {@code month}, not null
 * @param shortMonth what to do with day 30 in a 29-day month, not null
 */
public record LunarYearly(int month, int day, LeapMonthPolicy leapMonth, ShortMonthPolicy shortMonth)
        implements Schedule {

    /**
     * Creates a lunar rule.
     *
     * @throws DateTimeException    if the month is not 1 to 12 or the day not 1 to 30
     * @throws NullPointerException if a policy is null
     */
    public LunarYearly {
        if (month < 1 || month > 12) {
            throw new DateTimeException("lunar month must be 1 to 12: " + month);
        }
        if (day < 1 || day > 30) {
            throw new DateTimeException("lunar day must be 1 to 30: " + day);
        }
        Objects.requireNonNull(leapMonth, "leapMonth is required");
        Objects.requireNonNull(shortMonth, "shortMonth is required");
    }

    /**
     * Obtains a lunar rule with the default policies: regular month only, day 30 moved to day 29.
     *
     * @param month the lunar month, 1 to 12
     * @param day   the lunar day, 1 to 30
     * @return the rule, not null
     * @throws DateTimeException if the month or the day is out of range
     */
    public static LunarYearly of(int month, int day) {
        return new LunarYearly(month, day, LeapMonthPolicy.REGULAR_MONTH_ONLY, ShortMonthPolicy.LAST_DAY);
    }

    /**
     * Obtains a lunar rule.
     *
     * @param month      the lunar month, 1 to 12
     * @param day        the lunar day, 1 to 30
     * @param leapMonth  the leap-month policy, not null
     * @param shortMonth the short-month policy, not null
     * @return the rule, not null
     * @throws DateTimeException    if the month or the day is out of range
     * @throws NullPointerException if a policy is null
     */
    public static LunarYearly of(int month, int day, LeapMonthPolicy leapMonth, ShortMonthPolicy shortMonth) {
        return new LunarYearly(month, day, leapMonth, shortMonth);
    }

    @Override
    public List<LocalDate> startDates(LocalDate fromInclusive, LocalDate toInclusive) {
        YearlyExpansion.checkRange(fromInclusive, toInclusive);
        return YearlyExpansion.expand(fromInclusive, toInclusive, fromInclusive.getYear() - 1,
                toInclusive.getYear(), this::datesInLunarYear);
    }

    private List<LocalDate> datesInLunarYear(int lunarYear) {
        List<LocalDate> dates = new ArrayList<>(2);
        addDate(dates, lunarYear, false);
        if (leapMonth == LeapMonthPolicy.BOTH_MONTHS
                && LunarDate.leapMonthOf(lunarYear).orElse(0) == month) {
            addDate(dates, lunarYear, true);
        }
        return dates;
    }

    private void addDate(List<LocalDate> dates, int lunarYear, boolean leap) {
        try {
            int length = LunarDate.lengthOfMonth(lunarYear, month, leap);
            if (day <= length || shortMonth == ShortMonthPolicy.LAST_DAY) {
                dates.add(LunarDate.of(lunarYear, month, Math.min(day, length), leap).toLocalDate());
            }
        } catch (DateTimeException outsideCalendar) {
            // The expansion looks one lunar year before the range; at the ends of the calendar (1900, 2199)
            // that year's date may lie outside it, and then it is simply not in the range either.
        }
    }

    /**
     * Gives the text form, such as {@code lunar:01-15} or {@code lunar:05-05;leap=both}, omitting default
     * policies.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format("lunar:%02d-%02d", month, day));
        if (leapMonth != LeapMonthPolicy.REGULAR_MONTH_ONLY) {
            text.append(";leap=").append(leapMonth.code());
        }
        if (shortMonth != ShortMonthPolicy.LAST_DAY) {
            text.append(";short=").append(shortMonth.code());
        }
        return text.toString();
    }
}
