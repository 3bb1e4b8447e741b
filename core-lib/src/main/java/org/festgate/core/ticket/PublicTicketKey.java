package org.festgate.core.ticket;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * A public Ed25519 key that checks ticket tokens, with the key id that tokens signed by its private half carry.
 * <p>
 * Scanners receive it as text: the raw 32-byte public key (RFC 8032) in URL-safe Base64 without padding, 43
 * characters. It is not a secret. The key is checked to be a valid point of the curve when it is read, and held
 * decompressed, so that checking a token does not decode it again. This class is immutable and thread-safe.
 */
public final class PublicTicketKey {

    /** The length of a raw Ed25519 public key. */
    static final int LENGTH = Ed25519.PUBLIC_KEY_SIZE;

    private final int keyId;
    private final byte[] raw;
    private final Ed25519.PublicPoint point;

    private PublicTicketKey(int keyId, byte[] raw, Ed25519.PublicPoint point) {
        this.keyId = keyId;
        this.raw = raw;
        this.point = point;
    }

    /**
     * Obtains a public key from its text form.
     *
     * @param keyId  the key id, from 0 to {@link TicketClaims#MAX_KEY_ID}
     * @param base64 the raw 32-byte Ed25519 public key in URL-safe Base64, padded or not, not null
     * @return the key, not null
     * @throws NullPointerException     if the text is null
     * @throws IllegalArgumentException if the key id is out of range, the text is not URL-safe Base64 of 32 bytes,
     *                                  or the bytes are not a valid Ed25519 public key
     */
    public static PublicTicketKey of(int keyId, String base64) {
        Objects.requireNonNull(base64, "base64 is required");
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("public key is not URL-safe Base64: '" + base64 + "'", e);
        }
        return ofRaw(keyId, raw);
    }

    /**
     * Obtains a public key from its raw bytes, for the signing key that derived them.
     *
     * @param keyId the key id, from 0 to {@link TicketClaims#MAX_KEY_ID}
     * @param raw   the raw 32-byte key; this method keeps it, so the caller must not change it afterwards
     * @return the key, not null
     * @throws IllegalArgumentException if the key id is out of range or the bytes are not a valid public key
     */
    static PublicTicketKey ofRaw(int keyId, byte[] raw) {
        checkKeyId(keyId);
        if (raw.length != LENGTH) {
            throw new IllegalArgumentException("public key must be " + LENGTH + " bytes, not " + raw.length);
        }
        Ed25519.PublicPoint point = Ed25519.validatePublicKeyFullExport(raw, 0);
        if (point == null) {
            throw new IllegalArgumentException("not a valid Ed25519 public key: " + encode(raw));
        }
        return new PublicTicketKey(keyId, raw, point);
    }

    /**
     * Gets the key id.
     *
     * @return the key id, from 0 to 255
     */
    public int keyId() {
        return keyId;
    }

    /**
     * Gets the text form of the key, as {@link #of(int, String)} reads it.
     *
     * @return the raw public key in URL-safe Base64 without padding, 43 characters, not null
     */
    public String toBase64() {
        return encode(raw);
    }

    /**
     * Checks an Ed25519 signature made by the private half of this key.
     *
     * @param message         the signed message, not null
     * @param signature       an array holding the 64-byte signature, not null
     * @param signatureOffset where the signature starts in the array
     * @return true if the signature is valid for the message
     */
    boolean verifies(byte[] message, byte[] signature, int signatureOffset) {
        return Ed25519.verify(signature, signatureOffset, point, message, 0, message.length);
    }

    static int checkKeyId(int keyId) {
        if (keyId < 0 || keyId > TicketClaims.MAX_KEY_ID) {
            throw new IllegalArgumentException("keyId must be from 0 to " + TicketClaims.MAX_KEY_ID + ": " + keyId);
        }
        return keyId;
    }

    private static String encode(byte[] raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublicTicketKey key && keyId == key.keyId && Arrays.equals(raw, key.raw);
    }

    @Override
    public int hashCode() {
        return 31 * keyId + Arrays.hashCode(raw);
    }

    /**
     * Describes the key by its id and its text form.
     *
     * @return the text, such as {@code PublicTicketKey[1:Bv3...]}, not null
     */
    @Override
    public String toString() {
        return "PublicTicketKey[" + keyId + ":" + toBase64() + "]";
    }
}
