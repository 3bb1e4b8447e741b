/**
 * Visitor tickets that a gate verifies offline: the signed ticket token, its compact binary layout and Base45
 * text, the Ed25519 signing and public keys, the revocation list, and the QR code that carries a token.
 * <p>
 * A server signs {@link org.festgate.core.ticket.TicketClaims} with a
 * {@link org.festgate.core.ticket.SigningKey} through a {@link org.festgate.core.ticket.TicketSigner}; a scanner
 * holding only {@link org.festgate.core.ticket.PublicTicketKey public keys} and a
 * {@link org.festgate.core.ticket.RevocationList} checks it with a {@link org.festgate.core.ticket.TicketVerifier},
 * which answers every input with a {@link org.festgate.core.ticket.TicketVerification} instead of an exception.
 * {@link org.festgate.core.ticket.TicketQr} keeps ZXing behind one small API.
 */
package org.festgate.core.ticket;
