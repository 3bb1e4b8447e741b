package org.festgate.core.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Texts other than ticket tokens; the drawing itself is covered in depth by TicketQrTest, which goes through here. */
class QrImagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://festgate.laichau.example/products/sam-lai-chau", "A",
            "Chè Shan tuyết Sìn Hồ", "莱州山雪茶", "mixed ASCII, Latin-1 é and Tiếng Việt"})
    void test_png_anyTextReadsBack(String text) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrImages.png(text, 400)));

        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(QrImages.decode(image)).contains(text);
    }

    @Test
    void test_version_growsWithText() {
        assertThat(QrImages.version("A")).isEqualTo(1);
        assertThat(QrImages.version("x".repeat(1000))).isGreaterThan(20);
    }

    /** A version 1 code is 21 modules; with the quiet zones 29. */
    @Test
    void test_svg_smallCode() {
        assertThat(QrImages.svg("A", 64)).contains("viewBox=\"0 0 29 29\"").contains("width=\"64\"");
        assertThatIllegalArgumentException().isThrownBy(() -> QrImages.png("A", 28))
                .withMessage("sizePixels must be from 29 to 4096: 28");
    }

    @Test
    void test_badText() {
        assertThatIllegalArgumentException().isThrownBy(() -> QrImages.svg("", 100))
                .withMessage("text must not be empty");
        assertThatIllegalArgumentException().isThrownBy(() -> QrImages.version("x".repeat(3000)))
                .withMessageStartingWith("text does not fit a QR code");
        assertThatNullPointerException().isThrownBy(() -> QrImages.png(null, 100)).withMessage("text is required");
    }
}
