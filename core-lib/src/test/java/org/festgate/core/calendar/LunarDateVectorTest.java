package org.festgate.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known conversions: reference §7 and §10, Tết dates and leap months published for Vietnam. */
class LunarDateVectorTest {

    @ParameterizedTest(name = "{0} = {1}/{2}/{3} leap={4}")
    @CsvSource({
        // reference §10
        "1968-01-29, 1968, 1, 1, false",
        "1985-01-21, 1985, 1, 1, false",
        "1985-03-21, 1985, 2, 1, true",
        "2007-02-17, 2007, 1, 1, false",
        "2020-05-23, 2020, 4, 1, true",
        "2023-03-22, 2023, 2, 1, true",
        "2025-07-25, 2025, 6, 1, true",
        "2030-02-02, 2030, 1, 1, false",
        "2033-12-22, 2033, 11, 1, true",
        "2053-02-18, 2053, 1, 1, false",
        "2024-04-18, 2024, 3, 10, false",
        "2025-10-06, 2025, 8, 15, false",
        "2024-02-02, 2023, 12, 23, false",
        // reference §7: Vietnamese month 11 of 1984 started 1984-11-23, leap 2 of 1985 ends 1985-04-19
        "1984-11-23, 1984, 11, 1, false",
        "1985-04-19, 1985, 2, 30, true",
        "1985-04-20, 1985, 3, 1, false",
        "1987-08-24, 1987, 7, 1, true",
        "1995-09-24, 1995, 8, 1, true",
        "2031-04-21, 2031, 3, 1, true",
        "2028-06-23, 2028, 5, 1, true",
        // the day before a Tết is the last day of month 12 of the previous lunar year
        "2025-01-28, 2024, 12, 29, false",
        "1900-01-01, 1899, 12, 1, false",
    })
    void convertsKnownDates(LocalDate date, int year, int month, int day, boolean leap) {
        LunarDate lunar = LunarDate.from(date);
        assertThat(lunar).isEqualTo(LunarDate.of(year, month, day, leap));
        assertThat(lunar.year()).isEqualTo(year);
        assertThat(lunar.month()).isEqualTo(month);
        assertThat(lunar.day()).isEqualTo(day);
        assertThat(lunar.isLeapMonth()).isEqualTo(leap);
        assertThat(LunarDate.of(year, month, day, leap).toLocalDate()).isEqualTo(date);
    }

    @ParameterizedTest(name = "Tết {0}")
    @CsvSource({
        "1900-01-31", "1968-01-29", "1969-02-16", "1985-01-21", "1990-01-27", "1999-02-16",
        "2000-02-05", "2001-01-24", "2002-02-12", "2003-02-01", "2004-01-22", "2005-02-09",
        "2006-01-29", "2007-02-17", "2008-02-07", "2009-01-26", "2010-02-14", "2011-02-03",
        "2012-01-23", "2013-02-10", "2014-01-31", "2015-02-19", "2016-02-08", "2017-01-28",
        "2018-02-16", "2019-02-05", "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22",
        "2024-02-10", "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13",
        "2030-02-02", "2053-02-18",
    })
    void tet(LocalDate tet) {
        assertThat(LunarDate.from(tet)).isEqualTo(LunarDate.of(tet.getYear(), 1, 1, false));
        assertThat(LunarDate.from(tet.minusDays(1)).year()).isEqualTo(tet.getYear() - 1);
        assertThat(LunarDate.from(tet.minusDays(1)).month()).isEqualTo(12);
    }

    @ParameterizedTest(name = "leap month of {0} is {1}")
    @CsvSource({
        "1985, 2", "1987, 7", "1995, 8", "2001, 4", "2004, 2", "2006, 7", "2009, 5", "2012, 4",
        "2014, 9", "2017, 6", "2020, 4", "2023, 2", "2025, 6", "2028, 5", "2031, 3", "2033, 11",
        "2036, 6", "2039, 5", "2044, 7", "2047, 5", "2050, 3",
    })
    void leapMonths(int year, int leapMonth) {
        assertThat(LunarDate.leapMonthOf(year)).isEqualTo(OptionalInt.of(leapMonth));
    }

    @ParameterizedTest(name = "{0} has no leap month")
    @CsvSource({"1984", "2021", "2022", "2024", "2026", "2027", "2029", "2030"})
    void yearsWithoutLeapMonth(int year) {
        assertThat(LunarDate.leapMonthOf(year)).isEmpty();
    }

    @Test
    void leapMonthOf2031StartsOnTheKnifeEdgeDay() {
        LunarDate start = LunarDate.of(2031, 3, 1, true);
        assertThat(start.toLocalDate()).isEqualTo(LocalDate.of(2031, 4, 21));
        LunarDate dayBefore = start.plusDays(-1);
        assertThat(dayBefore.month()).isEqualTo(3);
        assertThat(dayBefore.isLeapMonth()).isFalse();
        assertThat(dayBefore.day()).isEqualTo(dayBefore.lengthOfMonth());
        assertThat(dayBefore.toLocalDate()).isEqualTo(LocalDate.of(2031, 4, 20));
    }

    @Test
    void lengthOfLeapMonth2Of1985() {
        // reference §7: leap month 2 runs 1985-03-21 to 1985-04-19
        assertThat(LunarDate.lengthOfMonth(1985, 2, true)).isEqualTo(30);
        assertThat(LunarDate.of(1985, 2, 15, true).lengthOfMonth()).isEqualTo(30);
    }

    @Test
    void beforeThe1968ReformTheCalendarIsProlepticUtcPlus7() {
        // reference §8: Tết 1965 of the calendar then in use (UTC+8) differs; proleptic UTC+7 gives 1965-02-01
        assertThat(LunarDate.of(1965, 1, 1, false).toLocalDate()).isEqualTo(LocalDate.of(1965, 2, 1));
        assertThat(LunarDate.of(1900, 1, 1, false).toLocalDate()).isEqualTo(LocalDate.of(1900, 1, 31));
    }

    /**
     * Reference §9: new moons within seconds of local midnight. These pin down what the simplified
     * (Meeus low-precision, HND) method gives; a high-precision computation puts the 2072 and 2077 month
     * starts one day earlier (2072-12-09, 2077-11-15). Change these together with the astronomy.
     */
    @ParameterizedTest(name = "knife edge {0} = {1}")
    @CsvSource({
        "1995-09-24, 1995-08L-01",
        "2054-05-08, 2054-04-01",
        "2072-12-10, 2072-11-01",
        "2077-11-16, 2077-10-01",
        "2085-10-18, 2085-09-01",
        "2090-09-24, 2090-08L-01",
    })
    void knifeEdgeNewMoonsFollowTheSimplifiedMethod(LocalDate date, String lunar) {
        assertThat(LunarDate.from(date)).hasToString(lunar);
        assertThat(LunarDate.from(date.minusDays(1)).day()).isGreaterThanOrEqualTo(29);
    }

    @Test
    void rangeEnds() {
        assertThat(LunarDate.MIN.toLocalDate()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(LunarDate.MAX.toLocalDate()).isEqualTo(LocalDate.of(2199, 12, 31));
    }
}
