package org.festgate.core.fair;

import java.util.Objects;
import org.festgate.core.text.Checks;
import org.festgate.core.text.LocalizedText;

/**
 * A zone of a fair's stall map, such as the cuisine street or the brocade row.
 *
 * @param key  the stable key of the zone within its map, lowercase with hyphens, such as {@code am-thuc}
 * @param name the name of the zone, not null
 */
public record Zone(String key, LocalizedText name) {

    /**
     * Creates a zone.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the key is not a key
     */
    public Zone {
        Checks.key(key, "key");
        Objects.requireNonNull(name, "name is required");
    }

    /**
     * Obtains a zone.
     *
     * @param key  the stable key, lowercase with hyphens, not null
     * @param name the name, not null
     * @return the zone, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the key is not a key
     */
    public static Zone of(String key, LocalizedText name) {
        return new Zone(key, name);
    }
}
