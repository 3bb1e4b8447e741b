package org.festgate.core.ticket;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.festgate.core.qr.QrImages;

/**
 * QR codes of ticket tokens: PNG and SVG images, the QR version, and reading a token back from an image, drawn by
 * {@link QrImages} like every QR code of Festgate.
 * <p>
 * Codes use error correction level M and a quiet zone of {@value #QUIET_ZONE} modules on every side. A token of
 * {@value TicketCodec#TOKEN_LENGTH} Base45 characters is encoded in the alphanumeric mode and fits version 6
 * (41 by 41 modules). An image of {@code sizePixels} is square; the code is drawn with the largest whole number of
 * pixels per module that fits, centred, so modules stay sharp, and only with a mask pattern that ZXing's reader
 * reads back. This is a static utility; it holds no state.
 */
public final class TicketQr {

    /** The width of the light margin around the code, in modules, as ISO/IEC 18004 asks. */
    public static final int QUIET_ZONE = QrImages.QUIET_ZONE;
    /** The largest image drawn, in pixels on a side. */
    public static final int MAX_SIZE_PIXELS = QrImages.MAX_SIZE_PIXELS;

    private TicketQr() {
    }

    /**
     * Draws the QR code of a token as a black and white PNG.
     *
     * @param token      the text to encode, normally a ticket token, not null
     * @param sizePixels the width and height of the image, from the code's width in modules plus the quiet zones
     *                   (49 for version 6) to {@value #MAX_SIZE_PIXELS}
     * @return the PNG file's bytes, not null
     * @throws NullPointerException     if the token is null
     * @throws IllegalArgumentException if the size is out of range, or the text is empty or too long for a QR
     *                                  code
     */
    public static byte[] png(String token, int sizePixels) {
        return QrImages.png(token, sizePixels);
    }

    /**
     * Draws the QR code of a token as SVG: a white square and one path of the dark modules, in a view box
     * measured in modules, quiet zone included, drawn with {@code shape-rendering="crispEdges"}.
     *
     * @param token      the text to encode, normally a ticket token, not null
     * @param sizePixels the width and height of the image, from 1 to {@value #MAX_SIZE_PIXELS}; the drawing
     *                   scales to any size
     * @return the SVG document, not null
     * @throws NullPointerException     if the token is null
     * @throws IllegalArgumentException if the size is out of range, or the text is empty or too long for a QR
     *                                  code
     */
    public static String svg(String token, int sizePixels) {
        return QrImages.svg(token, sizePixels);
    }

    /**
     * Gets the QR version that encodes a token at error correction level M.
     *
     * @param token the text to encode, not null
     * @return the version, from 1 to 40; 6 for a ticket token
     * @throws NullPointerException     if the token is null
     * @throws IllegalArgumentException if the text is empty or too long for a QR code
     */
    public static int version(String token) {
        return QrImages.version(token);
    }

    /**
     * Reads the text of a QR code in an image: upright, turned, tilted or scaled, dark on light.
     *
     * @param image the image, such as a camera frame or a decoded PNG, not null
     * @return the text of the code, or empty if no readable QR code was found
     * @throws NullPointerException if the image is null
     */
    public static Optional<String> decode(BufferedImage image) {
        return QrImages.decode(image);
    }
}
