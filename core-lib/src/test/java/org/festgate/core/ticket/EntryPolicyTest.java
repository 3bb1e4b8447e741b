package org.festgate.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntryPolicyTest {

    /** The codes are written into issued tokens, so this test pins them. */
    @Test
    void test_code_stable() {
        assertThat(EntryPolicy.SINGLE_ENTRY.code()).isEqualTo(1);
        assertThat(EntryPolicy.MULTIPLE_ENTRY.code()).isEqualTo(2);
        assertThat(EntryPolicy.ONCE_PER_DAY.code()).isEqualTo(3);
        assertThat(EntryPolicy.REENTRY_AFTER_EXIT.code()).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(EntryPolicy.class)
    void test_fromCode_roundTrip(EntryPolicy policy) {
        assertThat(EntryPolicy.fromCode(policy.code())).isSameAs(policy);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 5, 255, 256, Integer.MIN_VALUE})
    void test_fromCode_unknown(int code) {
        assertThatIllegalArgumentException().isThrownBy(() -> EntryPolicy.fromCode(code))
                .withMessage("no entry policy has code " + code);
    }
}
