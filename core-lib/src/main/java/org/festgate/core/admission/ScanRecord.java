package org.festgate.core.admission;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.festgate.core.text.Checks;

/**
 * One line of a scan log: a ticket scanned at an entrance, and whether it was admitted. This is what a gate
 * synchronises to the server.
 * <p>
 * The nonce is the idempotency key of the scan: a scan uploaded twice carries the same nonce and counts once. Only
 * admitted scans count for later decisions; refused ones are kept for the record.
 *
 * @param nonce       the unique key of the scan, not null
 * @param ticketId    the ticket scanned
 * @param eventId     the event at whose entrance the scan was made
 * @param entranceKey the key of the entrance, not null
 * @param direction   in or out, not null
 * @param at          when the scan was made, not null
 * @param refusal     why the scan was refused, empty if it was admitted, not null
 */
public record ScanRecord(UUID nonce, long ticketId, int eventId, String entranceKey, Direction direction,
                         Instant at, Optional<RefusalReason> refusal) {

    /**
     * Creates a scan record.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the entrance key is not a key
     */
    public ScanRecord {
        Objects.requireNonNull(nonce, "nonce is required");
        Checks.key(entranceKey, "entranceKey");
        Objects.requireNonNull(direction, "direction is required");
        Objects.requireNonNull(at, "at is required");
        Objects.requireNonNull(refusal, "refusal is required");
    }

    /**
     * Obtains the record of an admitted scan.
     *
     * @param nonce       the unique key of the scan, not null
     * @param ticketId    the ticket scanned
     * @param eventId     the event at whose entrance the scan was made
     * @param entranceKey the key of the entrance, not null
     * @param direction   in or out, not null
     * @param at          when the scan was made, not null
     * @return the record, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the entrance key is not a key
     */
    public static ScanRecord admitted(UUID nonce, long ticketId, int eventId, String entranceKey,
                                      Direction direction, Instant at) {
        return new ScanRecord(nonce, ticketId, eventId, entranceKey, direction, at, Optional.empty());
    }

    /**
     * Obtains the record of a refused scan.
     *
     * @param nonce       the unique key of the scan, not null
     * @param ticketId    the ticket scanned
     * @param eventId     the event at whose entrance the scan was made
     * @param entranceKey the key of the entrance, not null
     * @param direction   in or out, not null
     * @param at          when the scan was made, not null
     * @param reason      why it was refused, not null
     * @return the record, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the entrance key is not a key
     */
    public static ScanRecord refused(UUID nonce, long ticketId, int eventId, String entranceKey,
                                     Direction direction, Instant at, RefusalReason reason) {
        Objects.requireNonNull(reason, "reason is required");
        return new ScanRecord(nonce, ticketId, eventId, entranceKey, direction, at, Optional.of(reason));
    }

    /**
     * Obtains the record of a decided scan of a genuine ticket, as a gate logs it.
     *
     * @param nonce       the unique key of the scan, not null
     * @param eventId     the event at whose entrance the scan was made
     * @param entranceKey the key of the entrance, not null
     * @param decision    the decision of the scan, with claims, not null
     * @return the record, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the decision has no claims, being about no Festgate ticket, or the
     *                                  entrance key is not a key
     */
    public static ScanRecord of(UUID nonce, int eventId, String entranceKey, AdmissionDecision decision) {
        Objects.requireNonNull(decision, "decision is required");
        long ticketId = decision.claims().orElseThrow(() -> new IllegalArgumentException(
                "a decision without claims names no ticket: " + decision)).ticketId();
        return new ScanRecord(nonce, ticketId, eventId, entranceKey, decision.direction(), decision.at(),
                decision.reason());
    }

    /**
     * Tells whether the scan was admitted.
     *
     * @return true if admitted, false if refused
     */
    public boolean isAdmitted() {
        return refusal.isEmpty();
    }
}
