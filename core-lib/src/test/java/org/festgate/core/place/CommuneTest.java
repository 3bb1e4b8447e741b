package org.festgate.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommuneTest {

    @Test
    void test_of_withoutLabel() {
        Commune c = Commune.of("Phong Thổ");
        assertThat(c.name()).isEqualTo("Phong Thổ");
        assertThat(c.formerDistrictLabel()).isEmpty();
        assertThat(c).hasToString("Phong Thổ");
    }

    @Test
    void test_of_withLabel() {
        Commune c = Commune.of("Ma Ly Pho", "Phong Thổ");
        assertThat(c.formerDistrictLabel()).contains("Phong Thổ");
        assertThat(c).hasToString("Ma Ly Pho (Phong Thổ)")
                .isEqualTo(Commune.of("Ma Ly Pho", "Phong Thổ"))
                .isNotEqualTo(Commune.of("Ma Ly Pho"));
        assertThat(c.hashCode()).isEqualTo(Commune.of("Ma Ly Pho", "Phong Thổ").hashCode());
    }

    @Test
    void test_of_blank() {
        assertThatThrownBy(() -> Commune.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Commune.of("A", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("formerDistrict");
        assertThatThrownBy(() -> Commune.of("A", null)).isInstanceOf(NullPointerException.class);
    }
}
