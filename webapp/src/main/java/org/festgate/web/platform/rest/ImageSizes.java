package org.festgate.web.platform.rest;

import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/** The {@code size} query parameter of drawn images such as QR codes: pixels on a side, within limits. */
public final class ImageSizes {

    /** The smallest size asked for. */
    public static final int MIN_PIXELS = 64;
    /** The largest size asked for. */
    public static final int MAX_PIXELS = 2048;

    private ImageSizes() {
    }

    /**
     * The size in the parameter, or the default when there is none.
     *
     * @throws ProblemException 400 naming {@code size} when it is not a number from 64 to 2048
     */
    public static int pixels(String text, int defaultPixels) {
        if (text == null) {
            return defaultPixels;
        }
        try {
            int size = Integer.parseInt(text);
            if (size >= MIN_PIXELS && size <= MAX_PIXELS) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemException(Problem.invalidField("size", "must be a number of pixels from " + MIN_PIXELS
                + " to " + MAX_PIXELS));
    }
}
