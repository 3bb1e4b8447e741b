package org.festgate.web.scan;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.festgate.core.admission.Direction;

/**
 * One scan to decide, parsed.
 *
 * @param nonce the scan's unique key, not null
 * @param token the scanned text, not null
 * @param entranceKey where it was scanned, not null
 * @param direction in or out, not null
 * @param at when it was scanned, not null
 * @param offlineOutcome for an uploaded offline scan, what the gate decided; null for an online scan
 */
public record ScanRequest(UUID nonce, String token, String entranceKey, Direction direction, Instant at,
                          ScanOutcome offlineOutcome) {

    public ScanRequest {
        Objects.requireNonNull(nonce, "nonce is required");
        Objects.requireNonNull(token, "token is required");
        Objects.requireNonNull(entranceKey, "entranceKey is required");
        Objects.requireNonNull(direction, "direction is required");
        Objects.requireNonNull(at, "at is required");
    }
}
