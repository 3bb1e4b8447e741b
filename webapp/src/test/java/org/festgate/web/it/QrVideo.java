package org.festgate.web.it;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.festgate.core.ticket.TicketQr;

/** A video of a ticket's QR code for Chromium's fake camera ({@code --use-file-for-fake-video-capture}). */
final class QrVideo {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

    private QrVideo() {
    }

    /**
     * Writes a few frames of the QR of a token, centred on white, as a Y4M video (4:2:0, BT.601 luma, neutral
     * chroma), which Chromium's fake camera plays in a loop.
     */
    static void write(String token, Path file) throws IOException {
        BufferedImage qr = ImageIO.read(new ByteArrayInputStream(TicketQr.png(token, 360)));
        BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.drawImage(qr, (WIDTH - qr.getWidth()) / 2, (HEIGHT - qr.getHeight()) / 2, null);
        g.dispose();
        byte[] luma = new byte[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = frame.getRGB(x, y);
                double value = 16 + (65.481 * ((rgb >> 16) & 0xff) + 128.553 * ((rgb >> 8) & 0xff)
                        + 24.966 * (rgb & 0xff)) / 255;
                luma[y * WIDTH + x] = (byte) Math.round(value);
            }
        }
        byte[] chroma = new byte[WIDTH / 2 * HEIGHT / 2];
        Arrays.fill(chroma, (byte) 128);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F30:1 Ip A1:1 C420\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 10; i++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        }
    }
}
