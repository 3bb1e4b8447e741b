package org.festgate.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class SchedulesGregorianTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2029, 12, 31);

    @Test
    void test_solar_feb29_isFeb28InCommonYears() {
        assertThat(SolarYearly.of(2, 29).startDates(FROM, TO)).containsExactly(LocalDate.of(2026, 2, 28),
                LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29), LocalDate.of(2029, 2, 28));
    }

    @Test
    void test_solar_rangeBoundaries() {
        assertThat(SolarYearly.of(9, 2).startDates(LocalDate.of(2026, 9, 2), LocalDate.of(2027, 9, 1)))
                .containsExactly(LocalDate.of(2026, 9, 2));
        assertThatThrownBy(() -> SolarYearly.of(2, 30)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void test_weekday_nth_and_last() {
        assertThat(NthWeekdayYearly.of(Month.OCTOBER, 3, DayOfWeek.SUNDAY).startDates(FROM, LocalDate.of(2027, 12, 31)))
                .containsExactly(LocalDate.of(2026, 10, 18), LocalDate.of(2027, 10, 17));
        assertThat(Schedule.parse("weekday:10-LAST-SUNDAY").startDates(FROM, LocalDate.of(2027, 12, 31)))
                .containsExactly(LocalDate.of(2026, 10, 25), LocalDate.of(2027, 10, 31));
    }

    @Test
    void test_weekday_fifth_missingSomeYears() {
        // Only March 2026 has five Sundays (1 to 29); March 2027, 2028 and 2029 have four.
        assertThat(NthWeekdayYearly.of(Month.MARCH, 5, DayOfWeek.SUNDAY).startDates(FROM, TO))
                .containsExactly(LocalDate.of(2026, 3, 29));
    }

    @Test
    void test_weekday_badOrdinal() {
        assertThatThrownBy(() -> NthWeekdayYearly.of(Month.MAY, 0, DayOfWeek.MONDAY))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("0");
    }

    @Test
    void test_once_insideAndOutside() {
        Once once = Once.of(LocalDate.of(2026, 3, 14));
        assertThat(once.startDates(FROM, TO)).containsExactly(LocalDate.of(2026, 3, 14));
        assertThat(once.startDates(LocalDate.of(2026, 3, 15), TO)).isEmpty();
        assertThat(once.startDates(FROM, LocalDate.of(2026, 3, 13))).isEmpty();
    }
}
