/**
 * QR codes: {@link org.festgate.core.qr.QrImages} draws any text as a PNG or SVG QR code with a quiet zone at a
 * chosen size and reads codes back from images. Ticket tokens ({@link org.festgate.core.ticket.TicketQr}) and
 * product links ({@link org.festgate.core.fair.ProductQr}) are both drawn by it.
 */
package org.festgate.core.qr;
