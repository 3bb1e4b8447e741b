package org.festgate.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** Validation, text form, ordering and serialization of {@link LunarDate}. */
class LunarDateApiTest {

    @Test
    void rejectsLeapFlagOnARegularMonth() {
        assertThatThrownBy(() -> LunarDate.of(2025, 4, 1, true))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("Lunar month 4 of 2025 is not a leap month (the leap month of 2025 is 6)");
        assertThatThrownBy(() -> LunarDate.of(2024, 4, 1, true))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("2024 has no leap month");
    }

    @Test
    void rejectsDay30OfA29DayMonth() {
        int month = 1;
        while (LunarDate.lengthOfMonth(2025, month, false) != 29) {
            month++;
        }
        int shortMonth = month;
        assertThat(LunarDate.of(2025, shortMonth, 29, false).day()).isEqualTo(29);
        assertThatThrownBy(() -> LunarDate.of(2025, shortMonth, 30, false))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("Invalid day 30: lunar month " + shortMonth + " of 2025 has 29 days");
    }

    @Test
    void rejectsBadMonthsAndDays() {
        assertThatThrownBy(() -> LunarDate.of(2025, 13, 1, false))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("month 13");
        assertThatThrownBy(() -> LunarDate.of(2025, 0, 1, false))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("month 0");
        assertThatThrownBy(() -> LunarDate.of(2025, 1, 0, false))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("Invalid day 0");
        assertThatThrownBy(() -> LunarDate.of(2025, 1, 31, false))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("Invalid day 31");
    }

    @Test
    void rejectsDatesOutsideTheRange() {
        assertThatThrownBy(() -> LunarDate.from(LocalDate.of(1899, 12, 31)))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("outside the supported range");
        assertThatThrownBy(() -> LunarDate.from(LocalDate.of(2200, 1, 1)))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("outside the supported range");
        assertThatThrownBy(() -> LunarDate.of(1899, 11, 1, false))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("outside the supported range");
        assertThatThrownBy(() -> LunarDate.of(2200, 1, 1, false))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("Invalid lunar year 2200");
        assertThatThrownBy(() -> LunarDate.leapMonthOf(1898))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("Invalid lunar year 1898");
        assertThatThrownBy(() -> LunarDate.MAX.plusDays(1)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> LunarDate.MIN.plusDays(-1)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> LunarDate.MIN.plusDays(Long.MAX_VALUE)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> LunarDate.MAX.plusDays(Long.MIN_VALUE)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> LunarDate.from(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void textForm() {
        assertThat(LunarDate.of(2025, 1, 15, false)).hasToString("2025-01-15");
        assertThat(LunarDate.of(2025, 6, 1, true)).hasToString("2025-06L-01");
        assertThat(LunarDate.parse("2025-06L-01")).isEqualTo(LunarDate.of(2025, 6, 1, true));
        assertThat(LunarDate.parse("2033-11L-01").toLocalDate()).isEqualTo(LocalDate.of(2033, 12, 22));
    }

    @Test
    void parseRejectsBadText() {
        for (String bad : new String[] {"", "2025-1-15", "2025-01-15 ", "2025-06l-01", "2025-06X-01",
            "25-01-15", "2025/01/15", "2025-01-1"}) {
            assertThatThrownBy(() -> LunarDate.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
        assertThatThrownBy(() -> LunarDate.parse("2025-04L-01"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessageContaining("the leap month of 2025 is 6")
                .hasCauseInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> LunarDate.parse("2025-13-01")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void leapMonthComesAfterTheRegularMonthOfTheSameNumber() {
        LunarDate regular = LunarDate.of(2025, 6, LunarDate.lengthOfMonth(2025, 6, false), false);
        LunarDate leap = LunarDate.of(2025, 6, 1, true);
        LunarDate seventh = LunarDate.of(2025, 7, 1, false);
        assertThat(regular).isLessThan(leap);
        assertThat(leap).isLessThan(seventh);
        assertThat(regular.toLocalDate()).isBefore(leap.toLocalDate());
        assertThat(leap.toLocalDate()).isBefore(seventh.toLocalDate());
        assertThat(regular.plusDays(1)).isEqualTo(leap);
    }

    @Test
    void equalsAndHashCode() {
        LunarDate a = LunarDate.of(2025, 6, 1, true);
        LunarDate b = LunarDate.from(LocalDate.of(2025, 7, 25));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(LunarDate.of(2025, 6, 1, false));
        assertThat(a.hashCode()).isNotEqualTo(LunarDate.of(2025, 6, 1, false).hashCode());
    }

    @Test
    void serializationRoundTrip() throws IOException, ClassNotFoundException {
        LunarDate date = LunarDate.of(2025, 6, 1, true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(date);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(date);
        }
    }
}
