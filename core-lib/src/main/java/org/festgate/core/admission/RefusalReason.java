package org.festgate.core.admission;

/**
 * Why a scan was refused, in the order {@link Admission} checks: first the token, then the event, the ticket type,
 * the entrance, the daily window and last the entry policy.
 * <p>
 * A token that is malformed, carries a bad signature or names an unknown key is one reason,
 * {@link #NOT_A_FESTGATE_TICKET}: the gate keeper does the same thing in each case, and telling a forger which
 * check failed would only help them.
 */
public enum RefusalReason {
    /** The code is not a ticket, is altered, forged or signed with a key the gate does not know. */
    NOT_A_FESTGATE_TICKET,
    /** The ticket was cancelled. */
    REVOKED,
    /** The ticket's validity has not begun. */
    NOT_YET_VALID,
    /** The ticket's validity has ended. */
    EXPIRED,
    /** The ticket is for another festival. */
    OTHER_EVENT,
    /** The gate has no rules for the ticket's type. */
    UNKNOWN_TICKET_TYPE,
    /** The ticket type may not enter through this entrance. */
    WRONG_ENTRANCE,
    /** The ticket type may not enter at this time of day. */
    OUTSIDE_DAILY_WINDOW,
    /** A single-entry ticket, or a re-entry ticket whose holder is inside, was already admitted. */
    ALREADY_USED,
    /** A once-per-day ticket was already admitted this local day. */
    ALREADY_USED_TODAY,
    /** An exit scan of a ticket whose holder is not inside. */
    NOT_INSIDE
}
