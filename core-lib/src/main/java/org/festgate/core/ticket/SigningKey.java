package org.festgate.core.ticket;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 private key that signs ticket tokens, with its key id and its {@link PublicTicketKey public key}.
 * <p>
 * <b>The private key is a secret.</b> Only the issuing server holds it; {@link #toPkcs8Base64()} exports it for
 * that server's secret store and must never reach a scanner, a log or a page. {@link #toString()} does not show
 * it. Several keys may be in use at once, told apart by their key id, so that a key can be replaced without
 * invalidating the tickets already issued.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SigningKey {

    /** DER prefix of an Ed25519 private key in PKCS#8 (RFC 8410), followed by the 32-byte seed. */
    private static final byte[] PKCS8_PREFIX = {
        0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20};

    private final int keyId;
    private final byte[] seed;
    private final byte[] publicRaw;
    private final PublicTicketKey publicKey;

    private SigningKey(int keyId, byte[] seed) {
        this.keyId = keyId;
        this.seed = seed;
        this.publicRaw = new byte[PublicTicketKey.LENGTH];
        Ed25519.generatePublicKey(seed, 0, publicRaw, 0);
        this.publicKey = PublicTicketKey.ofRaw(keyId, publicRaw.clone());
    }

    /**
     * Generates a new key pair from the strong random source of {@code java.security}.
     *
     * @param keyId the key id, from 0 to {@link TicketClaims#MAX_KEY_ID}
     * @return the new key, not null
     * @throws IllegalArgumentException if the key id is out of range
     */
    public static SigningKey generate(int keyId) {
        PublicTicketKey.checkKeyId(keyId);
        byte[] seed = new byte[Ed25519.SECRET_KEY_SIZE];
        new SecureRandom().nextBytes(seed);
        return new SigningKey(keyId, seed);
    }

    /**
     * Reads a key exported by {@link #toPkcs8Base64()}. Ed25519 keys in PKCS#8 written by the JDK's
     * {@code KeyPairGenerator} or OpenSSL are read too.
     *
     * @param keyId       the key id, from 0 to {@link TicketClaims#MAX_KEY_ID}
     * @param pkcs8Base64 the private key in PKCS#8 (RFC 8410), standard Base64, not null
     * @return the key, not null
     * @throws NullPointerException     if the text is null
     * @throws IllegalArgumentException if the key id is out of range or the text is not an Ed25519 private key in
     *                                  PKCS#8; the message does not repeat the text
     */
    public static SigningKey fromPkcs8(int keyId, String pkcs8Base64) {
        Objects.requireNonNull(pkcs8Base64, "pkcs8Base64 is required");
        PublicTicketKey.checkKeyId(keyId);
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(pkcs8Base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("private key is not Base64");
        }
        if (der.length != PKCS8_PREFIX.length + Ed25519.SECRET_KEY_SIZE
                || !Arrays.equals(der, 0, PKCS8_PREFIX.length, PKCS8_PREFIX, 0, PKCS8_PREFIX.length)) {
            throw new IllegalArgumentException("private key is not an Ed25519 key in PKCS#8 (RFC 8410)");
        }
        return new SigningKey(keyId, Arrays.copyOfRange(der, PKCS8_PREFIX.length, der.length));
    }

    /**
     * Gets the key id, which every token signed with this key carries.
     *
     * @return the key id, from 0 to 255
     */
    public int keyId() {
        return keyId;
    }

    /**
     * Gets the public key, to hand to scanners.
     *
     * @return the public key with the same key id, not null
     */
    public PublicTicketKey publicKey() {
        return publicKey;
    }

    /**
     * Exports the private key for the issuing server's secret store. <b>The result is a secret.</b>
     *
     * @return the private key in PKCS#8 (RFC 8410), standard Base64, readable by {@link #fromPkcs8(int, String)}
     *         and by the JDK's {@code KeyFactory.getInstance("Ed25519")}, not null
     */
    public String toPkcs8Base64() {
        byte[] der = Arrays.copyOf(PKCS8_PREFIX, PKCS8_PREFIX.length + seed.length);
        System.arraycopy(seed, 0, der, PKCS8_PREFIX.length, seed.length);
        return Base64.getEncoder().encodeToString(der);
    }

    /**
     * Signs a message with Ed25519 (RFC 8032).
     *
     * @param message the message, not null
     * @return the 64-byte signature, not null
     */
    byte[] sign(byte[] message) {
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, publicRaw, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    /**
     * Describes the key by its id and public key, never the private key.
     *
     * @return the text, such as {@code SigningKey[1:Bv3...]}, not null
     */
    @Override
    public String toString() {
        return "SigningKey[" + keyId + ":" + publicKey.toBase64() + "]";
    }
}
