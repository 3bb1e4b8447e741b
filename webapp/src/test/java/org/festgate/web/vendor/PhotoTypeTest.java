package org.festgate.web.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoTypeTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    private static final byte[] WEBP = "RIFF\u0024\u0010\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void eachTypeKnowsItsOwnMagicNumberOnly() {
        assertThat(PhotoType.JPEG.matches(JPEG)).isTrue();
        assertThat(PhotoType.PNG.matches(PNG)).isTrue();
        assertThat(PhotoType.WEBP.matches(WEBP)).isTrue();
        assertThat(PhotoType.JPEG.matches(PNG)).isFalse();
        assertThat(PhotoType.PNG.matches(WEBP)).isFalse();
        assertThat(PhotoType.WEBP.matches(JPEG)).isFalse();
    }

    @Test
    void aFileShorterThanTheMagicNumberIsNoneOfThem() {
        assertThat(PhotoType.PNG.matches(new byte[] {(byte) 0x89, 'P', 'N'})).isFalse();
        assertThat(PhotoType.WEBP.matches("RIFF".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
    }

    @Test
    void mediaTypesAreReadWithoutParametersOrCase() {
        assertThat(PhotoType.ofMediaType("image/jpeg")).hasValue(PhotoType.JPEG);
        assertThat(PhotoType.ofMediaType("IMAGE/PNG; charset=binary")).hasValue(PhotoType.PNG);
        assertThat(PhotoType.ofMediaType("image/webp")).hasValue(PhotoType.WEBP);
        assertThat(PhotoType.ofMediaType(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/gif", "image/svg+xml", "text/plain", "image/jpg", ""})
    void otherMediaTypesAreNotPhotos(String declared) {
        assertThat(PhotoType.ofMediaType(declared)).isEmpty();
    }
}
