package org.festgate.core.ticket;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The binary layout of a ticket token and its text form.
 * <p>
 * A token is 86 bytes, big-endian, encoded in {@link Base45} as {@value #TOKEN_LENGTH} characters:
 * <pre>
 * offset size  field
 *      0    1  format version, {@value #VERSION}
 *      1    1  key id, 0-255: which public key checks the signature
 *      2    6  ticket id, unsigned 48 bits
 *      8    4  event id, positive 32-bit integer
 *     12    2  ticket type id, unsigned 16 bits
 *     14    4  valid from: minutes since 2024-01-01T00:00Z, unsigned 32 bits
 *     18    3  validity: minutes from valid from to valid until (exclusive), unsigned 24 bits, at least 1
 *     21    1  entry policy code ({@link EntryPolicy#code()})
 *     22   64  Ed25519 signature (RFC 8032) over "festgate-ticket-v1" (ASCII) followed by bytes 0-21
 * </pre>
 * The domain prefix {@value #DOMAIN} is signed but not sent: a signature made for anything else with the same
 * key can never pass as a ticket. The signature covers the version and key id, so neither can be changed.
 * <p>
 * This class only reads and writes bytes; {@link TicketSigner} and {@link TicketVerifier} sign and check. It is
 * public so that an implementation on another platform (a scanner page, for instance) can follow the constants.
 */
public final class TicketCodec {

    /** The format version, the first byte of every token. */
    public static final int VERSION = 1;
    /** The domain-separation prefix signed before the payload, ASCII. */
    public static final String DOMAIN = "festgate-ticket-v1";
    /** The length of the signed payload, bytes 0 to 21. */
    public static final int PAYLOAD_LENGTH = 22;
    /** The length of the Ed25519 signature that follows the payload. */
    public static final int SIGNATURE_LENGTH = 64;
    /** The length of a token in bytes. */
    public static final int TOKEN_BYTES = PAYLOAD_LENGTH + SIGNATURE_LENGTH;
    /** The length of a token's Base45 text. */
    public static final int TOKEN_LENGTH = 129;

    private static final byte[] DOMAIN_BYTES = DOMAIN.getBytes(StandardCharsets.US_ASCII);

    private TicketCodec() {
    }

    /**
     * Writes the payload of a token, bytes 0 to 21.
     *
     * @param claims the claims, not null
     * @return the payload, {@value #PAYLOAD_LENGTH} bytes, not null
     */
    static byte[] payload(TicketClaims claims) {
        byte[] bytes = new byte[PAYLOAD_LENGTH];
        bytes[0] = VERSION;
        bytes[1] = (byte) claims.keyId();
        put(bytes, 2, 6, claims.ticketId());
        put(bytes, 8, 4, claims.eventId());
        put(bytes, 12, 2, claims.ticketTypeId());
        put(bytes, 14, 4, Duration.between(TicketClaims.EPOCH, claims.validFrom()).toMinutes());
        put(bytes, 18, 3, Duration.between(claims.validFrom(), claims.validUntil()).toMinutes());
        bytes[21] = (byte) claims.policy().code();
        return bytes;
    }

    /**
     * Gets the message that the signature covers: the domain prefix followed by the payload.
     *
     * @param token the payload, or a whole token whose first {@value #PAYLOAD_LENGTH} bytes are the payload, not
     *              null
     * @return the signed message, not null
     */
    static byte[] signedMessage(byte[] token) {
        byte[] message = Arrays.copyOf(DOMAIN_BYTES, DOMAIN_BYTES.length + PAYLOAD_LENGTH);
        System.arraycopy(token, 0, message, DOMAIN_BYTES.length, PAYLOAD_LENGTH);
        return message;
    }

    /**
     * Writes the text of a token.
     *
     * @param payload   the payload, {@value #PAYLOAD_LENGTH} bytes, not null
     * @param signature the signature of {@link #signedMessage(byte[])}, {@value #SIGNATURE_LENGTH} bytes, not null
     * @return the Base45 token, {@value #TOKEN_LENGTH} characters, not null
     */
    static String text(byte[] payload, byte[] signature) {
        byte[] token = Arrays.copyOf(payload, TOKEN_BYTES);
        System.arraycopy(signature, 0, token, PAYLOAD_LENGTH, SIGNATURE_LENGTH);
        return Base45.encode(token);
    }

    /**
     * Reads the bytes of a token's text, if it has the shape of a token: the right length, Base45, and this
     * format version. Nothing else is checked.
     *
     * @param text the token text, not null
     * @return the {@value #TOKEN_BYTES} bytes, or empty if the text is not shaped like a token
     */
    static Optional<byte[]> bytes(CharSequence text) {
        if (text.length() != TOKEN_LENGTH) {
            return Optional.empty();
        }
        byte[] token;
        try {
            token = Base45.decode(text);
        } catch (IllegalArgumentException notBase45) {
            return Optional.empty();
        }
        return token[0] == VERSION ? Optional.of(token) : Optional.empty();
    }

    /**
     * Reads the key id of a token.
     *
     * @param token the token bytes, as returned by {@link #bytes(CharSequence)}, not null
     * @return the key id, from 0 to 255
     */
    static int keyId(byte[] token) {
        return token[1] & 0xFF;
    }

    /**
     * Reads the claims of a token whose signature was checked.
     *
     * @param token the token bytes, as returned by {@link #bytes(CharSequence)}, not null
     * @return the claims, or empty if a field is out of range (a zero id, an empty window, an unknown policy),
     *         which {@link TicketSigner} never signs
     */
    static Optional<TicketClaims> claims(byte[] token) {
        try {
            Instant validFrom = TicketClaims.EPOCH.plus(Duration.ofMinutes(get(token, 14, 4)));
            return Optional.of(TicketClaims.of(get(token, 2, 6), (int) get(token, 8, 4), (int) get(token, 12, 2),
                    validFrom, validFrom.plus(Duration.ofMinutes(get(token, 18, 3))),
                    EntryPolicy.fromCode(token[21] & 0xFF), keyId(token)));
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
    }

    private static void put(byte[] bytes, int offset, int size, long value) {
        for (int i = size - 1; i >= 0; i--) {
            bytes[offset + i] = (byte) value;
            value >>>= 8;
        }
    }

    private static long get(byte[] bytes, int offset, int size) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            value = value << 8 | bytes[offset + i] & 0xFF;
        }
        return value;
    }
}
