package org.festgate.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sexagenary (Can Chi) names of years, months and days. */
class CanChiTest {

    @ParameterizedTest(name = "lunar year {0} is {1}")
    @CsvSource({
        "2024, Giáp Thìn", "2025, Ất Tỵ", "2026, Bính Ngọ", "2023, Quý Mão", "2020, Canh Tý",
        "1984, Giáp Tý", "1968, Mậu Thân", "2000, Canh Thìn", "1945, Ất Dậu", "1975, Ất Mão",
    })
    void yearNames(int year, String name) {
        assertThat(LunarDate.of(year, 6, 1, false).yearName()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} is day {1}")
    @CsvSource({
        // Tết Giáp Thìn
        "2024-02-10, Giáp Thìn",
        // 2000-01-01 is a Mậu Ngọ day (戊午), a standard check value for day pillars
        "2000-01-01, Mậu Ngọ",
        // 1949-10-01 is a Giáp Tý day (甲子)
        "1949-10-01, Giáp Tý",
        // 1900-01-31, Tết Canh Tý, is the Giáp Thìn day (甲辰) that Chinese-calendar tables start from
        "1900-01-31, Giáp Thìn",
        // consecutive days step through the cycle
        "2024-02-11, Ất Tỵ",
        "2024-02-09, Quý Mão",
    })
    void dayNames(LocalDate date, String name) {
        assertThat(LunarDate.from(date).dayName()).isEqualTo(name);
    }

    @ParameterizedTest(name = "month {1} of {0} is {2}")
    @CsvSource({
        // a Giáp year starts with Bính Dần, an Ất year with Mậu Dần
        "2024, 1, Bính Dần", "2024, 12, Đinh Sửu", "2025, 1, Mậu Dần", "2026, 1, Canh Dần",
        // a Canh year, like an Ất year, starts with Mậu Dần
        "1900, 1, Mậu Dần", "2020, 1, Mậu Dần",
    })
    void monthNames(int year, int month, String name) {
        assertThat(LunarDate.of(year, month, 1, false).monthName()).isEqualTo(name);
    }
}
