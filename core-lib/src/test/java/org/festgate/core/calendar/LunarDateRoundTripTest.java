package org.festgate.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Exhaustive checks over every day of the supported range, 1900-01-01 to 2199-12-31. */
class LunarDateRoundTripTest {

    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    @Test
    void everyDayRoundTripsAndFollowsThePreviousDay() {
        LunarDate previous = null;
        int checked = 0;
        for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
            LunarDate lunar = LunarDate.from(date);
            if (!lunar.toLocalDate().equals(date)) {
                fail("%s -> %s -> %s", date, lunar, lunar.toLocalDate());
            }
            if (previous != null) {
                checkSuccessor(previous, lunar, date);
            }
            previous = lunar;
            checked++;
        }
        assertThat(checked).isEqualTo(109_573);
    }

    private static void checkSuccessor(LunarDate previous, LunarDate next, LocalDate date) {
        if (next.compareTo(previous) <= 0) {
            fail("%s: %s does not come after %s", date, next, previous);
        }
        if (next.day() == previous.day() + 1) {
            if (next.year() != previous.year() || next.month() != previous.month()
                    || next.isLeapMonth() != previous.isLeapMonth()) {
                fail("%s: %s follows %s", date, next, previous);
            }
            return;
        }
        if (next.day() != 1 || previous.day() != previous.lengthOfMonth()) {
            fail("%s: %s follows %s (month length %d)", date, next, previous, previous.lengthOfMonth());
        }
        if (previous.lengthOfMonth() != 29 && previous.lengthOfMonth() != 30) {
            fail("%s: month of %s has %d days", date, previous, previous.lengthOfMonth());
        }
        boolean intoLeap = next.isLeapMonth() && next.month() == previous.month()
                && next.year() == previous.year() && !previous.isLeapMonth();
        boolean nextMonth = !next.isLeapMonth() && next.month() == previous.month() + 1
                && next.year() == previous.year();
        boolean newYear = !next.isLeapMonth() && previous.month() == 12 && next.month() == 1
                && next.year() == previous.year() + 1;
        if (!(intoLeap || nextMonth || newYear)) {
            fail("%s: month of %s does not follow the month of %s", date, next, previous);
        }
    }

    @Test
    void everyLunarYearHas12Or13MonthsOf29Or30Days() {
        for (int year = 1900; year <= 2199; year++) {
            OptionalInt leap = LunarDate.leapMonthOf(year);
            int days = 0;
            int months = 0;
            for (int month = 1; month <= 12; month++) {
                days += checkedLength(year, month, false);
                months++;
                if (leap.isPresent() && leap.getAsInt() == month) {
                    days += checkedLength(year, month, true);
                    months++;
                }
            }
            assertThat(months).as("months of %d", year).isEqualTo(leap.isPresent() ? 13 : 12);
            // 12 lunations are about 354.4 days, 13 about 383.9
            assertThat(days).as("days of %d", year).isBetween(months == 12 ? 353 : 383, months == 12 ? 355 : 385);
        }
    }

    @Test
    void leapMonthsRecurAboutSevenTimesIn19Years() {
        int leapYears = 0;
        for (int year = 1900; year <= 2199; year++) {
            if (LunarDate.leapMonthOf(year).isPresent()) {
                leapYears++;
            }
        }
        // Metonic cycle: 7 leap years in 19, i.e. about 110.5 in 300 years
        assertThat(leapYears).isBetween(108, 113);
    }

    private static int checkedLength(int year, int month, boolean leap) {
        int length = LunarDate.lengthOfMonth(year, month, leap);
        assertThat(length).as("length of %d-%d%s", year, month, leap ? "L" : "").isBetween(29, 30);
        return length;
    }
}
