package org.festgate.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.decoder.Version;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class TicketQrTest {

    /** The longest token there is: every claim at its largest. */
    private static final String TOKEN = TicketSigner.of(Tickets.KEY_2).sign(Tickets.largestClaims());
    /** 5 pixels per module for version 6 (41 modules and two quiet zones of 4). */
    private static final int SIZE = 245;

    /** Alphanumeric characters that version 6 holds at level M, computed from ZXing's own tables. */
    @Test
    void test_version6CapacityHoldsToken() {
        Version version = Version.getVersionForNumber(6);
        int dataCodewords = version.getTotalCodewords()
                - version.getECBlocksForLevel(ErrorCorrectionLevel.M).getTotalECCodewords();
        int dataBits = dataCodewords * 8 - 4 - Mode.ALPHANUMERIC.getCharacterCountBits(version);
        int capacity = dataBits / 11 * 2 + (dataBits % 11 >= 6 ? 1 : 0);

        assertThat(capacity).isEqualTo(154);
        assertThat(TOKEN).hasSize(TicketCodec.TOKEN_LENGTH).hasSizeLessThanOrEqualTo(capacity);
    }

    @Test
    void test_version_atMost6() {
        assertThat(TicketQr.version(TOKEN)).isEqualTo(6);
        assertThat(TicketQr.version(Tickets.token(1, Tickets.KEY_1))).isEqualTo(6);
    }

    @Test
    void test_png_decodesBack() {
        BufferedImage image = read(TicketQr.png(TOKEN, SIZE));

        assertThat(image.getWidth()).isEqualTo(SIZE);
        assertThat(image.getHeight()).isEqualTo(SIZE);
        assertThat(TicketQr.decode(image)).contains(TOKEN);
    }

    /** Centred with whole pixels per module: 300 px is 6 px per module plus 3 px of extra margin each side. */
    @Test
    void test_png_quietZone() {
        BufferedImage image = read(TicketQr.png(TOKEN, 300));

        for (int i = 0; i < 300; i++) {
            for (int border = 0; border < 3 + 4 * 6; border++) {
                assertThat(image.getRGB(border, i) & 0xFFFFFF).as("pixel %d,%d", border, i).isEqualTo(0xFFFFFF);
                assertThat(image.getRGB(i, 299 - border) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            }
        }
        assertThat(image.getRGB(27, 27) & 0xFFFFFF).as("corner of the finder pattern").isZero();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.6, 2.3})
    void test_png_scaledDecodes(double factor) {
        BufferedImage original = read(TicketQr.png(TOKEN, SIZE));
        int side = (int) Math.round(SIZE * factor);

        BufferedImage scaled = draw(side, side, g -> g.drawImage(original, 0, 0, side, side, null));

        assertThat(TicketQr.decode(scaled)).contains(TOKEN);
    }

    @ParameterizedTest
    @ValueSource(doubles = {90, 180, 7, -7})
    void test_png_rotatedDecodes(double degrees) {
        BufferedImage original = read(TicketQr.png(TOKEN, SIZE));
        int canvas = SIZE * 3 / 2;

        BufferedImage rotated = draw(canvas, canvas, g -> {
            g.rotate(Math.toRadians(degrees), canvas / 2.0, canvas / 2.0);
            g.drawImage(original, (canvas - SIZE) / 2, (canvas - SIZE) / 2, null);
        });

        assertThat(TicketQr.decode(rotated)).contains(TOKEN);
    }

    /**
     * With the mask pattern that ZXing's encoder picks (4), ZXing's reader does not find this code from 4 pixels
     * per module up; another mask must be drawn.
     */
    @ParameterizedTest
    @ValueSource(ints = {98, 147, 196, 245, 300, 400, 600})
    void test_png_readableWhereDefaultMaskIsNot(int size) {
        String text = "X50FGWFGWFGW78GFGWFGWFGWFGWFGWYAWZWJY:J%43RS8.U4IMUT4TXGV9M36MJDEKNTB06TJLO//9:D33J87N2A3NB*8NUOG73N"
                + "-UTHP.A24%F2T5 DO8RBFYIHXV8HM";

        assertThat(TicketQr.decode(read(TicketQr.png(text, size)))).contains(text);
    }

    /**
     * A code whose drawing with the encoder's mask ZXing's reader reads at 3 and 5 pixels per module but not at 8
     * (400 px, as the ticket page asks for): the PNG handed out is itself read back, so another mask is drawn.
     */
    @Test
    void test_png_readsBackAtTheSizeDrawn() {
        String text = "8-M +U7/XY9B$25C-44.X1LZB%HFI5P8+N-KI0UBFNL8RAM5UAEQ16/WCA-GQEA:LWR$FMWOMAPC C50N1J1CUQG7YUNNB01J5BE"
                + "F-ZLL7YTUJN--RFX*Y$GV 0+TU4JU";

        assertThat(TicketQr.decode(read(TicketQr.png(text, 400)))).contains(text);
    }

    /** Many tokens, each read back at a small and a large size. */
    @Test
    void test_png_manyTokensReadable() {
        TicketSigner signer = TicketSigner.of(Tickets.KEY_1);
        for (long ticketId = 1; ticketId <= 60; ticketId++) {
            String token = signer.sign(Tickets.claims(ticketId * 7919, Tickets.KEY_1));
            for (int size : new int[] {120, 400}) {
                assertThat(TicketQr.decode(read(TicketQr.png(token, size)))).as("ticket %d", ticketId).contains(token);
            }
        }
    }

    @Test
    void test_decode_noCode() {
        assertThat(TicketQr.decode(draw(200, 200, g -> { }))).isEmpty();
    }

    @Test
    void test_png_badSize() {
        assertThatIllegalArgumentException().isThrownBy(() -> TicketQr.png(TOKEN, 48))
                .withMessage("sizePixels must be from 49 to 4096: 48");
        assertThatIllegalArgumentException().isThrownBy(() -> TicketQr.png(TOKEN, 4097));
        assertThatIllegalArgumentException().isThrownBy(() -> TicketQr.png("", 100));
    }

    @Test
    void test_svg_wellFormedWithQuietZone() throws Exception {
        String svg = TicketQr.svg(TOKEN, 320);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        Element root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 49 49");
        assertThat(root.getAttribute("width")).isEqualTo("320");
        assertThat(root.getAttribute("shape-rendering")).isEqualTo("crispEdges");
        assertThat(document.getElementsByTagNameNS("*", "rect").getLength()).isEqualTo(1);
        assertThat(document.getElementsByTagNameNS("*", "path").getLength()).isEqualTo(1);

        String path = ((Element) document.getElementsByTagNameNS("*", "path").item(0)).getAttribute("d");
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z").matcher(path);
        int minX = Integer.MAX_VALUE;
        int maxX = 0;
        int minY = Integer.MAX_VALUE;
        int maxY = 0;
        int end = 0;
        while (run.find()) {
            assertThat(run.start()).isEqualTo(end);
            end = run.end();
            minX = Math.min(minX, Integer.parseInt(run.group(1)));
            maxX = Math.max(maxX, Integer.parseInt(run.group(1)) + Integer.parseInt(run.group(3)));
            minY = Math.min(minY, Integer.parseInt(run.group(2)));
            maxY = Math.max(maxY, Integer.parseInt(run.group(2)) + 1);
        }
        assertThat(end).isEqualTo(path.length());
        // finder patterns touch all four edges of the 41 modules, which start after the 4-module quiet zone
        assertThat(new int[] {minX, minY, maxX, maxY}).containsExactly(4, 4, 45, 45);
    }

    @Test
    void test_svg_rendersLikePng() throws Exception {
        String svg = TicketQr.svg(TOKEN, 245);
        BufferedImage png = read(TicketQr.png(TOKEN, 245));
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)").matcher(svg);
        BufferedImage drawn = draw(245, 245, g -> {
            g.setColor(Color.BLACK);
            while (run.find()) {
                g.fillRect(Integer.parseInt(run.group(1)) * 5, Integer.parseInt(run.group(2)) * 5,
                        Integer.parseInt(run.group(3)) * 5, 5);
            }
        });
        for (int y = 0; y < 245; y++) {
            for (int x = 0; x < 245; x++) {
                assertThat(drawn.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(png.getRGB(x, y));
            }
        }
    }

    private static BufferedImage read(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws on a white RGB canvas with smooth scaling. */
    private static BufferedImage draw(int width, int height, java.util.function.Consumer<Graphics2D> painter) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        painter.accept(g);
        g.dispose();
        return image;
    }
}
