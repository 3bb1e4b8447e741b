package org.festgate.core.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

/**
 * QR codes of any text: PNG and SVG images with a quiet zone at a chosen size, the QR version, and reading a text
 * back from an image. The one place that draws QR codes in Festgate (tickets, product links); ZXing stays behind
 * this class.
 * <p>
 * Codes use error correction level M and a quiet zone of {@value #QUIET_ZONE} modules on every side. An image of
 * {@code sizePixels} is square; the code is drawn with the largest whole number of pixels per module that fits,
 * centred, so modules stay sharp.
 * <p>
 * ZXing's reader misses about one code in a hundred when it is drawn with the mask pattern that ZXing's encoder
 * picks by its penalty score (data that looks like a finder pattern), and now and then a code that it reads at one
 * scale it misses at another. Before drawing, the code is therefore read back at 3 and 5 pixels per module and, for
 * a PNG, in the very image handed out; if that fails the next mask pattern that reads back is used. This costs two
 * or three decodes per code drawn. This is a static utility; it holds no state.
 */
public final class QrImages {

    /** The width of the light margin around the code, in modules, as ISO/IEC 18004 asks. */
    public static final int QUIET_ZONE = 4;
    /** The largest image drawn, in pixels on a side. */
    public static final int MAX_SIZE_PIXELS = 4096;

    /** The pixels per module at which a code's drawing must read back before it is handed out. */
    private static final int[] CHECK_SCALES = {3, 5};
    private static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.M;
    private static final Map<DecodeHintType, Object> DECODE_HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

    private QrImages() {
    }

    /**
     * Draws the QR code of a text as a black and white PNG.
     *
     * @param text       the text to encode, not null
     * @param sizePixels the width and height of the image, from the code's width in modules plus the quiet zones
     *                   (for example 49 for version 6) to {@value #MAX_SIZE_PIXELS}
     * @return the PNG file's bytes, not null
     * @throws NullPointerException     if the text is null
     * @throws IllegalArgumentException if the size is out of range, or the text is empty or too long for a QR
     *                                  code
     */
    public static byte[] png(String text, int sizePixels) {
        QRCode encoded = encode(text);
        checkSize(sizePixels, side(encoded));
        BufferedImage image = image(readableCode(encoded, text, IntStream.of(sizePixels)).getMatrix(), sizePixels);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG in memory failed", e);
        }
        return png.toByteArray();
    }

    /**
     * Draws the QR code of a text as SVG: a white square and one path of the dark modules, in a view box
     * measured in modules, quiet zone included, drawn with {@code shape-rendering="crispEdges"}.
     *
     * @param text       the text to encode, not null
     * @param sizePixels the width and height of the image, from 1 to {@value #MAX_SIZE_PIXELS}; the drawing
     *                   scales to any size
     * @return the SVG document, not null
     * @throws NullPointerException     if the text is null
     * @throws IllegalArgumentException if the size is out of range, or the text is empty or too long for a QR
     *                                  code
     */
    public static String svg(String text, int sizePixels) {
        checkSize(sizePixels, 1);
        QRCode code = readableCode(encode(text), text, IntStream.empty());
        ByteMatrix modules = code.getMatrix();
        int side = side(code);
        StringBuilder svg = new StringBuilder(8192)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(sizePixels)
                .append("\" height=\"").append(sizePixels).append("\" viewBox=\"0 0 ").append(side).append(' ')
                .append(side).append("\" shape-rendering=\"crispEdges\">")
                .append("<rect width=\"").append(side).append("\" height=\"").append(side)
                .append("\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                int run = 0;
                while (x + run < modules.getWidth() && modules.get(x + run, y) == 1) {
                    run++;
                }
                if (run > 0) {
                    svg.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                            .append('h').append(run).append("v1h-").append(run).append('z');
                }
                x += run + 1;
            }
        }
        return svg.append("\"/></svg>").toString();
    }

    /**
     * Gets the QR version that encodes a text at error correction level M.
     *
     * @param text the text to encode, not null
     * @return the version, from 1 to 40
     * @throws NullPointerException     if the text is null
     * @throws IllegalArgumentException if the text is empty or too long for a QR code
     */
    public static int version(String text) {
        return encode(text).getVersion().getVersionNumber();
    }

    /**
     * Reads the text of a QR code in an image: upright, turned, tilted or scaled, dark on light.
     *
     * @param image the image, such as a camera frame or a decoded PNG, not null
     * @return the text of the code, or empty if no readable QR code was found
     * @throws NullPointerException if the image is null
     */
    public static Optional<String> decode(BufferedImage image) {
        Objects.requireNonNull(image, "image is required");
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, DECODE_HINTS).getText());
        } catch (ReaderException notFound) {
            return Optional.empty();
        }
    }

    /**
     * Gets the first mask pattern of a text's code, the encoder's choice first and then 0 to 7, whose drawing
     * ZXing's reader reads back at {@link #CHECK_SCALES} pixels per module and at the given image sizes; the
     * encoder's choice if none is.
     */
    private static QRCode readableCode(QRCode chosen, String text, IntStream drawnSizes) {
        int[] sizes = IntStream.concat(IntStream.of(CHECK_SCALES).map(scale -> scale * side(chosen)), drawnSizes)
                .toArray();
        if (readsBack(chosen, text, sizes)) {
            return chosen;
        }
        for (int mask = 0; mask < QRCode.NUM_MASK_PATTERNS; mask++) {
            if (mask != chosen.getMaskPattern()) {
                QRCode other = encode(text, Map.of(EncodeHintType.QR_MASK_PATTERN, mask));
                if (readsBack(other, text, sizes)) {
                    return other;
                }
            }
        }
        return chosen;
    }

    private static boolean readsBack(QRCode code, String text, int[] sizes) {
        return IntStream.of(sizes).allMatch(size -> decode(image(code.getMatrix(), size)).filter(text::equals)
                .isPresent());
    }

    /** The width of a code's drawing in modules, quiet zones included. */
    private static int side(QRCode code) {
        return code.getMatrix().getWidth() + 2 * QUIET_ZONE;
    }

    /** Draws the modules centred on a white square, with the largest whole number of pixels per module. */
    private static BufferedImage image(ByteMatrix modules, int sizePixels) {
        int scale = sizePixels / (modules.getWidth() + 2 * QUIET_ZONE);
        int origin = (sizePixels - (modules.getWidth() + 2 * QUIET_ZONE) * scale) / 2 + QUIET_ZONE * scale;
        BufferedImage image = new BufferedImage(sizePixels, sizePixels, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, sizePixels, sizePixels);
        graphics.setColor(Color.BLACK);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y) == 1) {
                    graphics.fillRect(origin + x * scale, origin + y * scale, scale, scale);
                }
            }
        }
        graphics.dispose();
        return image;
    }

    private static QRCode encode(String text) {
        return encode(text, Map.of());
    }

    /**
     * Encodes a text; one with letters beyond ISO-8859-1 (Vietnamese, Chinese) as UTF-8 with its ECI mark, so
     * that readers do not take it for ISO-8859-1, QR's default.
     */
    private static QRCode encode(String text, Map<EncodeHintType, ?> hints) {
        Objects.requireNonNull(text, "text is required");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("text must not be empty");
        }
        Map<EncodeHintType, Object> allHints = new EnumMap<>(EncodeHintType.class);
        allHints.putAll(hints);
        if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(text)) {
            allHints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            return Encoder.encode(text, LEVEL, allHints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("text does not fit a QR code: " + e.getMessage(), e);
        }
    }

    private static void checkSize(int sizePixels, int min) {
        if (sizePixels < min || sizePixels > MAX_SIZE_PIXELS) {
            throw new IllegalArgumentException(
                    "sizePixels must be from " + min + " to " + MAX_SIZE_PIXELS + ": " + sizePixels);
        }
    }
}
