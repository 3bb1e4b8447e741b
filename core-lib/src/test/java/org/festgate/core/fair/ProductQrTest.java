package org.festgate.core.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import javax.imageio.ImageIO;
import org.festgate.core.qr.QrImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductQrTest {

    @ParameterizedTest
    @CsvSource({
            "https://festgate.laichau.example/, https://festgate.laichau.example/products/sam-lai-chau",
            "https://festgate.laichau.example, https://festgate.laichau.example/products/sam-lai-chau",
            "http://localhost:8080/fair/, http://localhost:8080/fair/products/sam-lai-chau",
            "http://localhost:8080/fair, http://localhost:8080/fair/products/sam-lai-chau",
            "https://user@xn--festgate-9za.example:8443/a%20b/, https://user@xn--festgate-9za.example:8443/a%20b/products/sam-lai-chau"
    })
    void test_productLink(URI base, String expected) {
        assertThat(ProductQr.productLink(base, "sam-lai-chau")).isEqualTo(URI.create(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/relative/", "festgate.example/", "mailto:info@festgate.example", "ftp://festgate.example/",
            "https://festgate.example/?lang=vi", "https://festgate.example/#top", "file:///tmp/"})
    void test_productLink_badBase(String base) {
        assertThatIllegalArgumentException().isThrownBy(() -> ProductQr.productLink(URI.create(base), "tra"))
                .withMessage("base must be an absolute http or https address without query or fragment: " + base);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sam", "sâm", "a/b", "a?b", "", "a--b", "../x"})
    void test_productLink_badKey(String key) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProductQr.productLink(URI.create("https://festgate.example/"), key))
                .withMessageStartingWith("productKey must match");
    }

    @Test
    void test_productLink_nulls() {
        assertThatNullPointerException().isThrownBy(() -> ProductQr.productLink(null, "tra"))
                .withMessage("base is required");
        assertThatNullPointerException()
                .isThrownBy(() -> ProductQr.productLink(URI.create("https://festgate.example/"), null))
                .withMessage("productKey is required");
    }

    /** A visitor's phone reads the product page's address from the code printed at the stall. */
    @Test
    void test_productLink_qrReadsBack() throws IOException {
        URI link = ProductQr.productLink(URI.create("https://festgate.laichau.example/"), "che-shan-tuyet-sin-ho");

        byte[] png = QrImages.png(link.toString(), 300);

        assertThat(QrImages.decode(ImageIO.read(new ByteArrayInputStream(png)))).contains(link.toString());
        assertThat(QrImages.svg(link.toString(), 300)).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    }
}
