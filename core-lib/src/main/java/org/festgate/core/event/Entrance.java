package org.festgate.core.event;

import java.util.Objects;
import org.festgate.core.text.Checks;
import org.festgate.core.text.LocalizedText;

/**
 * An entrance of a venue, where tickets are scanned.
 *
 * @param key  the key of the entrance, unique within its venue, such as {@code main-gate}
 * @param name the name shown to visitors, not null
 */
public record Entrance(String key, LocalizedText name) {

    /**
     * Creates an entrance.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the key is not a key
     */
    public Entrance {
        Checks.key(key, "key");
        Objects.requireNonNull(name, "name is required");
    }

    /**
     * Obtains an entrance.
     *
     * @param key  the key of the entrance, lowercase with hyphens, not null
     * @param name the name shown to visitors, not null
     * @return the entrance, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the key is not a key
     */
    public static Entrance of(String key, LocalizedText name) {
        return new Entrance(key, name);
    }
}
