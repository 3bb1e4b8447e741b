package org.festgate.web.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeysTest {

    @Test
    void foldRemovesVietnameseDiacritics() {
        assertThat(Keys.fold("Đường Lễ Hội Mường Tè")).isEqualTo("duong le hoi muong te");
    }

    @Test
    void deriveJoinsLettersAndDigitsWithHyphens() {
        assertThat(Keys.derive("  Chè Shan tuyết (Tà Xùa) 2026! ", 64)).hasValue("che-shan-tuyet-ta-xua-2026");
    }

    @Test
    void deriveCutsAtTheLengthWithoutATrailingHyphen() {
        assertThat(Keys.derive("Gạo tám thơm Bình Lư", 9)).hasValue("gao-tam-t");
        assertThat(Keys.derive("Gạo tám thơm Bình Lư", 8)).hasValue("gao-tam");
    }

    @Test
    void deriveGivesNothingWithoutLatinLettersOrDigits() {
        assertThat(Keys.derive("普洱茶", 64)).isEmpty();
        assertThat(Keys.derive("a", 64)).isEmpty();
    }
}
