package org.festgate.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final OpeningHours DAY = OpeningHours.of(LocalTime.of(7, 0), LocalTime.of(19, 0));

    @ParameterizedTest
    @CsvSource({"06:59, false", "07:00, true", "12:00, true", "18:59, true", "19:00, false", "23:00, false"})
    void test_isOpenAt(LocalTime time, boolean open) {
        assertThat(DAY.isOpenAt(time)).isEqualTo(open);
    }

    @Test
    void test_of_badOrder() {
        assertThatThrownBy(() -> OpeningHours.of(LocalTime.of(19, 0), LocalTime.of(7, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("19:00-07:00");
        assertThat(DAY).hasToString("07:00-19:00");
    }
}
