package org.festgate.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.festgate.core.calendar.LunarDate;

class LunarYearlyPropertiesTest {

    @Property(tries = 300)
    void everyStartDate_isTheRulesLunarDay_unlessMovedToDay29(@ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 30) int day, @ForAll @IntRange(min = 1900, max = 2199) int year,
            @ForAll boolean bothMonths) {
        LunarYearly rule = LunarYearly.of(month, day,
                bothMonths ? LeapMonthPolicy.BOTH_MONTHS : LeapMonthPolicy.REGULAR_MONTH_ONLY,
                ShortMonthPolicy.LAST_DAY);
        var dates = rule.startDates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        assertThat(dates).isSorted().hasSizeLessThanOrEqualTo(3);
        for (LocalDate date : dates) {
            LunarDate lunar = LunarDate.from(date);
            assertThat(lunar.month()).isEqualTo(month);
            assertThat(lunar.day()).isEqualTo(day == 30 && lunar.lengthOfMonth() == 29 ? 29 : day);
            assertThat(!lunar.isLeapMonth() || bothMonths).isTrue();
        }
    }

    @Property(tries = 200)
    void skipPolicy_neverMovesADate(@ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1900, max = 2199) int year) {
        LunarYearly rule = LunarYearly.of(month, 30, LeapMonthPolicy.REGULAR_MONTH_ONLY, ShortMonthPolicy.SKIP);
        for (LocalDate date : rule.startDates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            assertThat(LunarDate.from(date).day()).isEqualTo(30);
        }
    }

    @org.junit.jupiter.api.Test
    void theFirstAndLastYearsOfTheCalendarExpandWithoutFailing() {
        assertThat(LunarYearly.of(1, 15, LeapMonthPolicy.REGULAR_MONTH_ONLY, ShortMonthPolicy.LAST_DAY)
                .startDates(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 3, 31)))
                .containsExactly(LunarDate.of(1900, 1, 15, false).toLocalDate());
        assertThat(LunarYearly.of(12, 1, LeapMonthPolicy.REGULAR_MONTH_ONLY, ShortMonthPolicy.LAST_DAY)
                .startDates(LocalDate.of(2199, 1, 1), LocalDate.of(2199, 1, 31)))
                .allSatisfy(d -> assertThat(LunarDate.from(d).month()).isEqualTo(12));
    }
}
