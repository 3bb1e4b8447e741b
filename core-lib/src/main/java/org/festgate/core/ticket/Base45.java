package org.festgate.core.ticket;

import java.util.Arrays;
import java.util.Objects;

/**
 * Base45 encoding of bytes as text (RFC 9285), whose 45 characters are exactly the QR code's alphanumeric set,
 * so a QR code holds the text in its compact alphanumeric mode.
 * <p>
 * Every two bytes become three characters and a last single byte two, least significant digit first. This is a
 * static utility; it holds no state.
 */
public final class Base45 {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final int[] VALUES = new int[128];

    static {
        Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUES[ALPHABET.charAt(i)] = i;
        }
    }

    private Base45() {
    }

    /**
     * Encodes bytes as Base45 text.
     *
     * @param bytes the bytes to encode, not null
     * @return the text, {@code 3 * (n / 2) + 2 * (n % 2)} characters long for {@code n} bytes, not null
     * @throws NullPointerException if the bytes are null
     */
    public static String encode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes is required");
        StringBuilder text = new StringBuilder(encodedLength(bytes.length));
        int i = 0;
        for (; i + 1 < bytes.length; i += 2) {
            appendDigits(text, (bytes[i] & 0xFF) << 8 | bytes[i + 1] & 0xFF, 3);
        }
        if (i < bytes.length) {
            appendDigits(text, bytes[i] & 0xFF, 2);
        }
        return text.toString();
    }

    /**
     * Decodes Base45 text.
     *
     * @param text the Base45 text, uppercase, not null
     * @return the bytes, not null
     * @throws NullPointerException     if the text is null
     * @throws IllegalArgumentException if the text has a character outside the Base45 alphabet, a length of the
     *                                  form {@code 3k + 1}, or a group that encodes more than its bytes can hold
     */
    public static byte[] decode(CharSequence text) {
        Objects.requireNonNull(text, "text is required");
        int length = text.length();
        if (length % 3 == 1) {
            throw new IllegalArgumentException("Base45 text cannot be " + length + " characters long");
        }
        byte[] bytes = new byte[length / 3 * 2 + length % 3 / 2];
        int out = 0;
        for (int start = 0; start < length; start += 3) {
            int digits = Math.min(3, length - start);
            int value = 0;
            for (int k = digits - 1; k >= 0; k--) {
                value = value * 45 + digitAt(text, start + k);
            }
            if (digits == 3) {
                if (value > 0xFFFF) {
                    throw new IllegalArgumentException("Base45 group at " + start + " is too large: " + value);
                }
                bytes[out++] = (byte) (value >> 8);
            } else if (value > 0xFF) {
                throw new IllegalArgumentException("Base45 final pair at " + start + " is too large: " + value);
            }
            bytes[out++] = (byte) value;
        }
        return bytes;
    }

    /**
     * Gets the length of the Base45 text of a number of bytes.
     *
     * @param byteCount the number of bytes, zero or more
     * @return the number of characters
     * @throws IllegalArgumentException if the count is negative
     */
    public static int encodedLength(int byteCount) {
        if (byteCount < 0) {
            throw new IllegalArgumentException("byteCount must not be negative: " + byteCount);
        }
        return byteCount / 2 * 3 + byteCount % 2 * 2;
    }

    private static void appendDigits(StringBuilder text, int value, int count) {
        for (int k = 0; k < count; k++) {
            text.append(ALPHABET.charAt(value % 45));
            value /= 45;
        }
    }

    private static int digitAt(CharSequence text, int index) {
        char c = text.charAt(index);
        int value = c < VALUES.length ? VALUES[c] : -1;
        if (value < 0) {
            throw new IllegalArgumentException("not a Base45 character at " + index + ": U+"
                    + String.format("%04X", (int) c));
        }
        return value;
    }
}
