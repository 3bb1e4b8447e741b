package org.festgate.web.ticket;

/** Where a ticket stands. Only an {@link #ISSUED} ticket carries a token. */
public enum TicketStatus {
    /** A priced ticket waiting for payment at the counter: its place is held, it has no token yet. */
    PENDING_PAYMENT,
    /** Free or paid: signed and valid for admission. */
    ISSUED,
    /** Cancelled: the place is returned and the ticket id is in the revocation list. */
    CANCELLED
}
