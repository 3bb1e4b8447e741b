package org.festgate.core.ticket;

import java.util.Objects;

/**
 * Signs ticket claims into a token, on the issuing server.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TicketSigner {

    private final SigningKey key;

    private TicketSigner(SigningKey key) {
        this.key = key;
    }

    /**
     * Obtains a signer that signs with a key.
     *
     * @param key the signing key, not null
     * @return the signer, not null
     * @throws NullPointerException if the key is null
     */
    public static TicketSigner of(SigningKey key) {
        return new TicketSigner(Objects.requireNonNull(key, "key is required"));
    }

    /**
     * Signs claims into the token that the ticket's QR code carries.
     *
     * @param claims the claims, whose key id is this signer's key id, not null
     * @return the token text: {@value TicketCodec#TOKEN_LENGTH} characters of the QR alphanumeric set, not null
     * @throws NullPointerException     if the claims are null
     * @throws IllegalArgumentException if the claims name another key id than this signer's key
     */
    public String sign(TicketClaims claims) {
        Objects.requireNonNull(claims, "claims is required");
        if (claims.keyId() != key.keyId()) {
            throw new IllegalArgumentException(
                    "claims name key " + claims.keyId() + " but the signing key is " + key.keyId());
        }
        byte[] payload = TicketCodec.payload(claims);
        return TicketCodec.text(payload, key.sign(TicketCodec.signedMessage(payload)));
    }
}
