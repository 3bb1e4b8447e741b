package org.festgate.core.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a ticket token states, signed by the issuer: which ticket, for which event and ticket type, when it is
 * valid, how often it admits, and which key signed it.
 * <p>
 * The limits of each value come from the token's fixed binary layout (see {@link TicketCodec}). The validity
 * window is half-open: {@code validFrom} is the first instant at which the ticket is valid, {@code validUntil} the
 * first instant at which it no longer is. Both are whole minutes, from {@link #EPOCH} on.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param ticketId     the ticket id, from 1 to {@link #MAX_TICKET_ID} (48 bits)
 * @param eventId      the event id, from 1 to {@link Integer#MAX_VALUE}
 * @param ticketTypeId the ticket type id, from 0 to 65535 (16 bits)
 * @param validFrom    the first valid instant, inclusive, a whole minute not before {@link #EPOCH}, not null
 * @param validUntil   the end of validity, exclusive, a whole minute after {@code validFrom} by at most
 *                     {@link #MAX_VALIDITY}, not null
 * @param policy       how often the ticket admits, not null
 * @param keyId        the id of the signing key, from 0 to 255
 */
public record TicketClaims(long ticketId, int eventId, int ticketTypeId, Instant validFrom, Instant validUntil,
                           EntryPolicy policy, int keyId) {

    /** The largest ticket id: 2<sup>48</sup> - 1. */
    public static final long MAX_TICKET_ID = (1L << 48) - 1;
    /** The largest ticket type id: 2<sup>16</sup> - 1. */
    public static final int MAX_TICKET_TYPE_ID = (1 << 16) - 1;
    /** The largest key id. */
    public static final int MAX_KEY_ID = 255;
    /** The earliest {@code validFrom}: 2024-01-01T00:00Z. Tokens count minutes from here. */
    public static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    /** The latest {@code validFrom}: 2<sup>32</sup> - 1 minutes after {@link #EPOCH}. */
    public static final Instant MAX_VALID_FROM = EPOCH.plus(Duration.ofMinutes((1L << 32) - 1));
    /** The longest validity window: 2<sup>24</sup> - 1 minutes (about 31.9 years). */
    public static final Duration MAX_VALIDITY = Duration.ofMinutes((1 << 24) - 1);

    /**
     * Creates claims, checking every value.
     *
     * @throws NullPointerException     if an instant or the policy is null
     * @throws IllegalArgumentException if a value is out of its range, an instant is not a whole minute, or the
     *                                  window is empty or too long
     */
    public TicketClaims {
        if (ticketId < 1 || ticketId > MAX_TICKET_ID) {
            throw new IllegalArgumentException("ticketId must be from 1 to " + MAX_TICKET_ID + ": " + ticketId);
        }
        if (eventId < 1) {
            throw new IllegalArgumentException("eventId must be positive: " + eventId);
        }
        if (ticketTypeId < 0 || ticketTypeId > MAX_TICKET_TYPE_ID) {
            throw new IllegalArgumentException(
                    "ticketTypeId must be from 0 to " + MAX_TICKET_TYPE_ID + ": " + ticketTypeId);
        }
        checkMinute(validFrom, "validFrom");
        checkMinute(validUntil, "validUntil");
        if (validFrom.isBefore(EPOCH) || validFrom.isAfter(MAX_VALID_FROM)) {
            throw new IllegalArgumentException(
                    "validFrom must be from " + EPOCH + " to " + MAX_VALID_FROM + ": " + validFrom);
        }
        if (!validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException(
                    "validUntil must be after validFrom: " + validUntil + " is not after " + validFrom);
        }
        if (Duration.between(validFrom, validUntil).compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("validity from " + validFrom + " to " + validUntil
                    + " is longer than " + MAX_VALIDITY.toMinutes() + " minutes");
        }
        Objects.requireNonNull(policy, "policy is required");
        if (keyId < 0 || keyId > MAX_KEY_ID) {
            throw new IllegalArgumentException("keyId must be from 0 to " + MAX_KEY_ID + ": " + keyId);
        }
    }

    /**
     * Obtains checked claims.
     *
     * @param ticketId     the ticket id, from 1 to {@link #MAX_TICKET_ID}
     * @param eventId      the event id, positive
     * @param ticketTypeId the ticket type id, from 0 to {@link #MAX_TICKET_TYPE_ID}
     * @param validFrom    the first valid instant, inclusive, a whole minute from {@link #EPOCH} to
     *                     {@link #MAX_VALID_FROM}, not null
     * @param validUntil   the end of validity, exclusive, a whole minute after {@code validFrom} by at most
     *                     {@link #MAX_VALIDITY}, not null
     * @param policy       how often the ticket admits, not null
     * @param keyId        the id of the key that will sign the claims, from 0 to {@link #MAX_KEY_ID}
     * @return the claims, not null
     * @throws NullPointerException     if an instant or the policy is null
     * @throws IllegalArgumentException if a value is out of its range, an instant is not a whole minute, or the
     *                                  window is empty or too long
     */
    public static TicketClaims of(long ticketId, int eventId, int ticketTypeId, Instant validFrom,
            Instant validUntil, EntryPolicy policy, int keyId) {
        return new TicketClaims(ticketId, eventId, ticketTypeId, validFrom, validUntil, policy, keyId);
    }

    /**
     * Tells whether the ticket is valid at an instant: from {@code validFrom}, inclusive, to {@code validUntil},
     * exclusive.
     *
     * @param instant the instant to check, not null
     * @return true if the instant is inside the validity window
     * @throws NullPointerException if the instant is null
     */
    public boolean isValidAt(Instant instant) {
        Objects.requireNonNull(instant, "instant is required");
        return !instant.isBefore(validFrom) && instant.isBefore(validUntil);
    }

    private static void checkMinute(Instant instant, String name) {
        Objects.requireNonNull(instant, () -> name + " is required");
        if (instant.getNano() != 0 || Math.floorMod(instant.getEpochSecond(), 60) != 0) {
            throw new IllegalArgumentException(name + " must be a whole minute: " + instant);
        }
    }
}
