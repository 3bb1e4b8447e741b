package org.festgate.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private static final LocalizedText GATE = LocalizedText.of("Cửa khẩu", "Border gate", "口岸");

    @ParameterizedTest
    @CsvSource({"vi, Cửa khẩu", "en, Border gate", "en-GB, Border gate", "zh, 口岸", "zh-Hans-CN, 口岸",
            "fr, Cửa khẩu", "'', Cửa khẩu"})
    void test_in_languageTag(String tag, String expected) {
        assertThat(GATE.in(tag)).isEqualTo(expected);
    }

    @Test
    void test_in_locale() {
        assertThat(GATE.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("口岸");
        assertThat(GATE.in(Locale.ENGLISH)).isEqualTo("Border gate");
        assertThat(GATE.in(Locale.JAPANESE)).isEqualTo("Cửa khẩu");
    }

    @Test
    void test_of_blank() {
        assertThatThrownBy(() -> LocalizedText.of("a", " ", "c"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("en");
        assertThatThrownBy(() -> LocalizedText.of(null, "b", "c"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("vi");
    }
}
