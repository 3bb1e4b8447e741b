package org.festgate.core.ticket;

/**
 * Why a ticket token was refused, in the order in which {@link TicketVerifier} checks.
 */
public enum TokenProblem {

    /** Not a Festgate ticket: not Base45, the wrong length, an unknown format version, or unreadable claims. */
    MALFORMED,
    /** Signed with a key id that the verifier does not hold (an unknown or retired key). */
    UNKNOWN_KEY,
    /** The signature does not match: the token was forged or altered. */
    BAD_SIGNATURE,
    /** Genuine, but the ticket was cancelled. */
    REVOKED,
    /** Genuine, but the check is before the start of the validity window. */
    NOT_YET_VALID,
    /** Genuine, but the check is at or after the end of the validity window. */
    EXPIRED
}
