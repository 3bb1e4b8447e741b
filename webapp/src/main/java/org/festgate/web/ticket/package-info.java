/**
 * Visitor tickets: the Ed25519 keys that sign ticket tokens ({@link org.festgate.web.ticket.TicketKeys}),
 * ticketed events (one festival occurrence each) and their ticket types, claims whose capacity the database
 * enforces, payment at the counter, cancellation into the revocation list, and the visitor's ticket page, QR and
 * PDF ({@link org.festgate.web.ticket.TicketOffice}). Gates reach tickets only through
 * {@link org.festgate.web.ticket.EventGates}.
 */
package org.festgate.web.ticket;
