package org.festgate.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleParseTest {

    @ParameterizedTest
    @ValueSource(strings = {"lunar:01-15", "lunar:05-05;leap=both", "lunar:12-30;short=skip",
            "lunar:05-30;leap=both;short=skip", "solar:09-02", "solar:02-29", "weekday:10-3-SUNDAY",
            "weekday:10-LAST-SUNDAY", "weekday:01-5-FRIDAY", "once:2026-03-14"})
    void test_parse_toString_roundTrip(String text) {
        assertThat(Schedule.parse(text)).hasToString(text);
    }

    @Test
    void test_parse_values() {
        assertThat(Schedule.parse("lunar:01-15")).isEqualTo(LunarYearly.of(1, 15));
        assertThat(Schedule.parse("lunar:12-30;short=skip;leap=both")).isEqualTo(
                LunarYearly.of(12, 30, LeapMonthPolicy.BOTH_MONTHS, ShortMonthPolicy.SKIP));
        assertThat(Schedule.parse("lunar:01-15;leap=regular;short=last-day")).hasToString("lunar:01-15");
        assertThat(Schedule.parse("solar:09-02")).isEqualTo(SolarYearly.of(9, 2));
        assertThat(Schedule.parse("weekday:10-LAST-SUNDAY"))
                .isEqualTo(NthWeekdayYearly.of(Month.OCTOBER, NthWeekdayYearly.LAST, DayOfWeek.SUNDAY));
        assertThat(Schedule.parse("once:2026-03-14")).isEqualTo(Once.of(LocalDate.of(2026, 3, 14)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lunar:13-01|lunar month must be 1 to 12: 13",
            "lunar:00-10|lunar month must be 1 to 12: 0",
            "lunar:01-31|lunar day must be 1 to 30: 31",
            "lunar:1-15|expected lunar:MM-DD",
            "lunar:01-15;leap=maybe|unknown value in option 'leap=maybe'",
            "lunar:01-15;leap=both;leap=both|unknown or repeated option 'leap=both'",
            "lunar:01-15;colour=red|unknown or repeated option 'colour=red'",
            "lunar:01-15;|unknown or repeated option ''",
            "solar:02-30|FEBRUARY",
            "solar:13-01|MonthOfYear",
            "weekday:10-6-SUNDAY|expected weekday:MM-(1..5|LAST)-DAYOFWEEK",
            "weekday:10-3-SUNDAYS|No enum constant",
            "weekday:10-3-sunday|expected weekday",
            "once:2026-02-30|2026-02-30",
            "once:2026-3-14|expected once:yyyy-MM-dd",
            "LUNAR:01-15|unknown kind",
            "|unknown kind",
            "lunar: 01-15|expected lunar"})
    void test_parse_bad(String text, String problem) {
        String input = text == null ? "" : text;
        assertThatThrownBy(() -> Schedule.parse(input))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessageStartingWith("Cannot parse schedule '" + input + "'")
                .hasMessageContaining(problem);
    }

    @Test
    void test_parse_null() {
        assertThatThrownBy(() -> Schedule.parse(null)).isInstanceOf(NullPointerException.class);
    }
}
