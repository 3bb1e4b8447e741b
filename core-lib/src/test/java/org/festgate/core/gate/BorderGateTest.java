package org.festgate.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.festgate.core.place.Commune;
import org.festgate.core.place.GeoPoint;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.text.Provenance;
import org.junit.jupiter.api.Test;

class BorderGateTest {

    private static final OpeningHours HOURS = OpeningHours.of(LocalTime.of(7, 0), LocalTime.of(19, 0));

    private static BorderGate gate(LocalizedText partner) {
        return BorderGate.of("ma-lu-thang", LocalizedText.of("Ma Lù Thàng", "Ma Lu Thang", "马鹿塘"), GateKind.MAIN,
                partner, Commune.of("Phong Thổ", "Phong Thổ"), GeoPoint.of(22.5, 103.3), HOURS,
                Provenance.sample("coordinates illustrative"));
    }

    @Test
    void test_partnerGate() {
        LocalizedText jinshuihe = LocalizedText.of("Kim Thủy Hà", "Jinshuihe", "金水河");
        assertThat(gate(jinshuihe).partnerGate()).contains(jinshuihe);
        assertThat(gate(null).partnerGate()).isEmpty();
        assertThat(gate(jinshuihe)).isEqualTo(gate(jinshuihe)).isNotEqualTo(gate(null))
                .hasToString("BorderGate[ma-lu-thang, MAIN]");
        assertThat(gate(jinshuihe).hashCode()).isEqualTo(gate(jinshuihe).hashCode());
    }

    @Test
    void test_of_missingKind() {
        assertThatThrownBy(() -> BorderGate.of("x", LocalizedText.of("a", "b", "c"), null, null, Commune.of("c"),
                GeoPoint.of(0, 0), HOURS, Provenance.sample("x")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
    }

    @Test
    void test_kind_labels() {
        assertThat(GateKind.OPENING.label().in("vi")).isEqualTo("Lối mở");
        assertThat(GateKind.BORDER_MARKET.label().in("en")).isEqualTo("Border market");
    }
}
