package org.festgate.web.scan;

import java.time.Instant;
import java.util.UUID;

/**
 * The server's answer to a scan, the same however often its nonce is sent.
 *
 * @param nonce the scan's nonce
 * @param outcome ADMIT or REFUSE
 * @param reason the {@code RefusalReason} name, null when admitted
 * @param message what the gate keeper reads, in vi/en/zh
 * @param ticketId the ticket, null when the code is no Festgate ticket
 * @param entranceKey where it was scanned
 * @param direction IN or OUT
 * @param at when it was scanned
 * @param offlineOutcome for an uploaded offline scan, what the gate decided; else null
 * @param conflict whether the offline decision differs from the server's (for the organizer to look at)
 */
public record ScanAnswer(UUID nonce, ScanOutcome outcome, String reason, Message message, Long ticketId,
                         String entranceKey, String direction, Instant at, String offlineOutcome,
                         boolean conflict) {

    /** A message in the three languages. */
    public record Message(String vi, String en, String zh) {
    }
}
