package org.festgate.web.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.festgate.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

class PartialTextTest {

    @Test
    void vietnameseStandsInForAMissingTranslation() {
        assertThat(new PartialText("Chè", null, "  ").complete()).isEqualTo(LocalizedText.of("Chè", "Chè", "Chè"));
        assertThat(new PartialText(" Chè ", "Tea", "茶").complete()).isEqualTo(LocalizedText.of("Chè", "Tea", "茶"));
    }

    @Test
    void blankTranslationsCountAsMissing() {
        PartialText text = new PartialText("Chè", " ", "");
        assertThat(text.en()).isNull();
        assertThat(text.zh()).isNull();
    }

    @Test
    void vietnameseIsRequired() {
        assertThatThrownBy(() -> new PartialText(" ", "Tea", "茶")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vi");
        assertThatThrownBy(() -> new PartialText(null, "Tea", "茶")).isInstanceOf(NullPointerException.class);
    }
}
