package org.festgate.core.ticket;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks ticket tokens offline, with nothing but public keys and a revocation list.
 * <p>
 * Several keys may be trusted at once, one per key id, so that tokens signed with an older key stay valid while a
 * newer key signs new tickets. {@link #verify(CharSequence, Instant)} answers every input, however malformed, with
 * a {@link TicketVerification}; it throws nothing but {@link NullPointerException} for a null argument.
 * <p>
 * This class is immutable and thread-safe; {@code with...} methods return changed copies.
 */
public final class TicketVerifier {

    private static final TicketVerification MALFORMED = refused(TokenProblem.MALFORMED);
    private static final TicketVerification UNKNOWN_KEY = refused(TokenProblem.UNKNOWN_KEY);
    private static final TicketVerification BAD_SIGNATURE = refused(TokenProblem.BAD_SIGNATURE);

    private final PublicTicketKey[] keysById;
    private final RevocationList revocations;

    private TicketVerifier(PublicTicketKey[] keysById, RevocationList revocations) {
        this.keysById = keysById;
        this.revocations = revocations;
    }

    /**
     * Obtains a verifier.
     *
     * @param keys        the trusted public keys, at most one per key id, not null
     * @param revocations the revoked tickets, not null
     * @return the verifier, not null
     * @throws NullPointerException     if an argument or a key is null
     * @throws IllegalArgumentException if two keys have the same key id
     */
    public static TicketVerifier of(Collection<PublicTicketKey> keys, RevocationList revocations) {
        Objects.requireNonNull(revocations, "revocations is required");
        PublicTicketKey[] keysById = new PublicTicketKey[TicketClaims.MAX_KEY_ID + 1];
        for (PublicTicketKey key : keys) {
            Objects.requireNonNull(key, "key is required");
            if (keysById[key.keyId()] != null) {
                throw new IllegalArgumentException("two public keys have key id " + key.keyId());
            }
            keysById[key.keyId()] = key;
        }
        return new TicketVerifier(keysById, revocations);
    }

    /**
     * Returns a copy that also trusts a key, in place of any key with the same key id.
     *
     * @param key the public key, not null
     * @return the changed copy, not null
     * @throws NullPointerException if the key is null
     */
    public TicketVerifier withKey(PublicTicketKey key) {
        Objects.requireNonNull(key, "key is required");
        PublicTicketKey[] copy = keysById.clone();
        copy[key.keyId()] = key;
        return new TicketVerifier(copy, revocations);
    }

    /**
     * Returns a copy that no longer trusts the key with a key id; its tokens are then {@code UNKNOWN_KEY}.
     *
     * @param keyId the key id to retire, from 0 to {@link TicketClaims#MAX_KEY_ID}
     * @return the changed copy, not null
     * @throws IllegalArgumentException if the key id is out of range
     */
    public TicketVerifier withoutKey(int keyId) {
        PublicTicketKey[] copy = keysById.clone();
        copy[PublicTicketKey.checkKeyId(keyId)] = null;
        return new TicketVerifier(copy, revocations);
    }

    /**
     * Returns a copy with another revocation list, such as a newer one downloaded by a scanner.
     *
     * @param revocations the revoked tickets, not null
     * @return the changed copy, not null
     * @throws NullPointerException if the list is null
     */
    public TicketVerifier withRevocations(RevocationList revocations) {
        return new TicketVerifier(keysById, Objects.requireNonNull(revocations, "revocations is required"));
    }

    /**
     * Gets the trusted keys.
     *
     * @return the keys in key id order, unmodifiable, not null
     */
    public List<PublicTicketKey> keys() {
        return Arrays.stream(keysById).filter(Objects::nonNull).toList();
    }

    /**
     * Gets the revocation list.
     *
     * @return the revoked tickets, not null
     */
    public RevocationList revocations() {
        return revocations;
    }

    /**
     * Checks a token at an instant. The checks run in the order of {@link TokenProblem}: the token's shape, its
     * key, its signature, then (on the signed claims) revocation and the validity window, whose start is inclusive
     * and end exclusive.
     *
     * @param token the token text as scanned, any content, not null
     * @param at    the instant of the scan, not null
     * @return {@link TicketVerification.Valid} with the claims, or {@link TicketVerification.Refused} with the
     *         problem (and the claims when the signature was good), never null
     * @throws NullPointerException if an argument is null; no other exception is thrown for any token
     */
    public TicketVerification verify(CharSequence token, Instant at) {
        Objects.requireNonNull(token, "token is required");
        Objects.requireNonNull(at, "at is required");
        Optional<byte[]> read = TicketCodec.bytes(token);
        if (read.isEmpty()) {
            return MALFORMED;
        }
        byte[] bytes = read.get();
        PublicTicketKey key = keysById[TicketCodec.keyId(bytes)];
        if (key == null) {
            return UNKNOWN_KEY;
        }
        if (!key.verifies(TicketCodec.signedMessage(bytes), bytes, TicketCodec.PAYLOAD_LENGTH)) {
            return BAD_SIGNATURE;
        }
        Optional<TicketClaims> claims = TicketCodec.claims(bytes);
        if (claims.isEmpty()) {
            return MALFORMED;
        }
        TicketClaims signed = claims.get();
        if (revocations.contains(signed.ticketId())) {
            return new TicketVerification.Refused(TokenProblem.REVOKED, claims);
        }
        if (at.isBefore(signed.validFrom())) {
            return new TicketVerification.Refused(TokenProblem.NOT_YET_VALID, claims);
        }
        if (!at.isBefore(signed.validUntil())) {
            return new TicketVerification.Refused(TokenProblem.EXPIRED, claims);
        }
        return new TicketVerification.Valid(signed);
    }

    private static TicketVerification refused(TokenProblem problem) {
        return new TicketVerification.Refused(problem, Optional.empty());
    }

    /**
     * Describes the verifier by its key ids and the size of its revocation list.
     *
     * @return the text, such as {@code TicketVerifier[keys=[1, 2], RevocationList[3 revoked]]}, not null
     */
    @Override
    public String toString() {
        return "TicketVerifier[keys=" + keys().stream().map(PublicTicketKey::keyId).toList() + ", " + revocations
                + "]";
    }
}
