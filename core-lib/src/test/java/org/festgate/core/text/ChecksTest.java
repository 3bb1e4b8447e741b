package org.festgate.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "ma-lu-thang", "gau-tao-2026", "x1"})
    void test_key_good(String key) {
        assertThat(Checks.key(key, "key")).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", "a-", "a--b", "Ma-lu", "ma lu", "mã-lù", "a_b"})
    void test_key_bad(String key) {
        assertThatThrownBy(() -> Checks.key(key, "venueKey"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("venueKey").hasMessageContaining("'" + key + "'");
    }
}
