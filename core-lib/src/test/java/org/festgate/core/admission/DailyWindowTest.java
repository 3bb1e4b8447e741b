package org.festgate.core.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DailyWindowTest {

    @ParameterizedTest
    @CsvSource({
        "18:00, 22:00, 17:59, false", "18:00, 22:00, 18:00, true", "18:00, 22:00, 21:59, true",
        "18:00, 22:00, 22:00, false", "18:00, 02:00, 23:30, true", "18:00, 02:00, 01:59, true",
        "18:00, 02:00, 02:00, false", "18:00, 02:00, 12:00, false"})
    void test_contains(LocalTime from, LocalTime until, LocalTime time, boolean inside) {
        assertThat(DailyWindow.of(from, until).contains(time)).isEqualTo(inside);
    }

    @Test
    void test_of_empty() {
        assertThatThrownBy(() -> DailyWindow.of(LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12:00-12:00");
        assertThat(DailyWindow.of(LocalTime.of(18, 0), LocalTime.of(22, 0))).hasToString("18:00-22:00");
    }
}
