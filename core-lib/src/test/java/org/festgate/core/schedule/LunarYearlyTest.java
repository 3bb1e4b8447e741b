package org.festgate.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.festgate.core.calendar.LunarDate;
import org.junit.jupiter.api.Test;

class LunarYearlyTest {

    private static final LocalDate FROM_2025 = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO_2030 = LocalDate.of(2030, 12, 31);

    @Test
    void test_fullMoonOfFirstMonth_2025to2030_hardCoded() {
        // Tết 2025-01-29, 2026-02-17, 2027-02-06, 2028-01-26, 2029-02-13, 2030-02-02, and 15/1 = Tết + 14 days.
        // Tết 2030 is 02-02 in Vietnam (new moon 2030-02-02 23:07 at UTC+7) but 02-03 in China (00:07 at UTC+8),
        // so the Vietnamese 15/1 is 2030-02-16, not the Chinese 02-17.
        assertThat(LunarYearly.of(1, 15).startDates(FROM_2025, TO_2030)).containsExactly(
                LocalDate.of(2025, 2, 12), LocalDate.of(2026, 3, 3), LocalDate.of(2027, 2, 20),
                LocalDate.of(2028, 2, 9), LocalDate.of(2029, 2, 27), LocalDate.of(2030, 2, 16));
    }

    @Test
    void test_fullMoonOfFirstMonth_matchesLunarDate() {
        List<LocalDate> expected = new ArrayList<>();
        for (int year = 2025; year <= 2030; year++) {
            expected.add(LunarDate.of(year, 1, 15, false).toLocalDate());
        }
        assertThat(LunarYearly.of(1, 15).startDates(FROM_2025, TO_2030)).isEqualTo(expected);
    }

    @Test
    void test_leapMonth_regularOnlyByDefault_bothOnRequest() {
        assertThat(LunarDate.leapMonthOf(2028)).hasValue(5);
        LocalDate from = LocalDate.of(2028, 1, 1);
        LocalDate to = LocalDate.of(2028, 12, 31);
        LocalDate regular = LunarDate.of(2028, 5, 5, false).toLocalDate();
        LocalDate leap = LunarDate.of(2028, 5, 5, true).toLocalDate();
        assertThat(LunarYearly.of(5, 5).startDates(from, to)).containsExactly(regular);
        assertThat(Schedule.parse("lunar:05-05;leap=both").startDates(from, to)).containsExactly(regular, leap);
        assertThat(leap).isEqualTo(regular.plusDays(LunarDate.lengthOfMonth(2028, 5, false)));
    }

    @Test
    void test_day30_inShortMonth_lastDayOrSkip() {
        int year = firstYearWithShortTwelfthMonth(2025);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 12, 31);
        LocalDate day29 = LunarDate.of(year, 12, 29, false).toLocalDate();
        assertThat(LunarYearly.of(12, 30).startDates(from, to)).contains(day29);
        assertThat(Schedule.parse("lunar:12-30;short=skip").startDates(day29.minusDays(40), day29.plusDays(40)))
                .isEmpty();
    }

    @Test
    void test_day30_inLongMonth_sameForBothPolicies() {
        int year = firstYearWithLongTwelfthMonth(2025);
        LocalDate day30 = LunarDate.of(year, 12, 30, false).toLocalDate();
        LocalDate from = day30.minusDays(10);
        LocalDate to = day30.plusDays(10);
        assertThat(LunarYearly.of(12, 30).startDates(from, to)).containsExactly(day30);
        assertThat(Schedule.parse("lunar:12-30;short=skip").startDates(from, to)).containsExactly(day30);
    }

    @Test
    void test_twelfthMonth_fallsInNextGregorianYear() {
        // 23/12 of lunar year 2025 (Ông Công Ông Táo) is 2026-02-10; lunar year 2026's is 2027-01-30.
        assertThat(LunarYearly.of(12, 23).startDates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .containsExactly(LocalDate.of(2026, 2, 10));
        assertThat(LunarYearly.of(12, 23).startDates(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
                .containsExactly(LocalDate.of(2027, 1, 30));
    }

    @Test
    void test_rangeBoundaries_inclusive() {
        LocalDate date = LocalDate.of(2026, 3, 3);
        assertThat(LunarYearly.of(1, 15).startDates(date, date)).containsExactly(date);
        assertThat(LunarYearly.of(1, 15).startDates(date.plusDays(1), date.plusDays(300))).isEmpty();
        assertThat(LunarYearly.of(1, 15).startDates(date.minusDays(400), date.minusDays(1)))
                .containsExactly(LocalDate.of(2025, 2, 12));
    }

    @Test
    void test_badRange_andBadRule() {
        assertThatThrownBy(() -> LunarYearly.of(1, 15).startDates(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-01-02..2026-01-01");
        assertThatThrownBy(() -> LunarYearly.of(13, 1)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> LunarYearly.of(1, 0)).isInstanceOf(DateTimeException.class);
    }

    private static int firstYearWithShortTwelfthMonth(int from) {
        int year = from;
        while (LunarDate.lengthOfMonth(year, 12, false) != 29) {
            year++;
        }
        return year;
    }

    private static int firstYearWithLongTwelfthMonth(int from) {
        int year = from;
        while (LunarDate.lengthOfMonth(year, 12, false) != 30) {
            year++;
        }
        return year;
    }
}
