package org.festgate.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EthnicGroupTest {

    @Test
    void test_codes() {
        assertThat(EthnicGroup.HA_NHI.code()).isEqualTo("ha-nhi");
        assertThat(EthnicGroup.THAI.code()).isEqualTo("thai");
        assertThat(EthnicGroup.fromCode("kho-mu")).isEqualTo(EthnicGroup.KHO_MU);
        assertThat(EthnicGroup.HA_NHI.displayName().in("zh")).isEqualTo("哈尼族");
        assertThat(EthnicGroup.LU.displayName().in("vi")).isEqualTo("Lự");
    }

    @ParameterizedTest
    @EnumSource(EthnicGroup.class)
    void test_fromCode_roundTrip(EthnicGroup group) {
        assertThat(EthnicGroup.fromCode(group.code())).isSameAs(group);
    }

    @Test
    void test_fromCode_unknown() {
        assertThatThrownBy(() -> EthnicGroup.fromCode("HA_NHI"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HA_NHI");
    }
}
