package org.festgate.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoPointTest {

    @Test
    void test_of() {
        GeoPoint p = GeoPoint.of(22.7, 103.2);
        assertThat(p.latitude()).isEqualTo(22.7);
        assertThat(p.longitude()).isEqualTo(103.2);
        assertThat(GeoPoint.of(-90, 180)).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({"90.01, 0, latitude", "-91, 0, latitude", "NaN, 0, latitude", "0, 180.5, longitude",
            "0, NaN, longitude"})
    void test_of_outOfRange(double lat, double lon, String name) {
        assertThatThrownBy(() -> GeoPoint.of(lat, lon))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(name);
    }
}
