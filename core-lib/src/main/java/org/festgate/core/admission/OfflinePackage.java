package org.festgate.core.admission;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.festgate.core.ticket.PublicTicketKey;
import org.festgate.core.ticket.RevocationList;

/**
 * What a gate downloads when it has network: the public keys and the revocation list valid now, and the scans
 * recorded elsewhere since its last synchronisation, so that a ticket used at another entrance is refused here.
 * <p>
 * Keys and revocations are complete sets (they are small) and replace the gate's own, so that a retired key stops
 * being accepted; scans are the changes since the gate's {@linkplain OfflineGate#syncVersion() sync version} and
 * add to what it knows. {@code version} is the server's cursor: the gate asks for changes after it next time.
 *
 * @param version     the sync cursor after these changes, not negative
 * @param keys        the public keys to accept, not empty, not null
 * @param revocations the tickets revoked, not null
 * @param scans       scans recorded elsewhere since the previous version, not null
 */
public record OfflinePackage(long version, List<PublicTicketKey> keys, RevocationList revocations,
                             List<ScanRecord> scans) {

    /**
     * Creates a package, copying the lists.
     *
     * @throws NullPointerException     if an argument or an element is null
     * @throws IllegalArgumentException if the version is negative or there are no keys
     */
    public OfflinePackage {
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("keys must not be empty: a gate without keys refuses every ticket");
        }
        Objects.requireNonNull(revocations, "revocations is required");
        scans = List.copyOf(scans);
    }

    /**
     * Obtains a package.
     *
     * @param version     the sync cursor after these changes, not negative
     * @param keys        the public keys to accept, not empty, not null
     * @param revocations the tickets revoked, not null
     * @param scans       scans recorded elsewhere since the previous version, not null
     * @return the package, not null
     * @throws NullPointerException     if an argument or an element is null
     * @throws IllegalArgumentException if the version is negative or there are no keys
     */
    public static OfflinePackage of(long version, Collection<PublicTicketKey> keys, RevocationList revocations,
                                    Collection<ScanRecord> scans) {
        return new OfflinePackage(version, List.copyOf(keys), revocations, List.copyOf(scans));
    }
}
