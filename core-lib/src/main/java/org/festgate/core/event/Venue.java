package org.festgate.core.event;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.festgate.core.place.Commune;
import org.festgate.core.place.GeoPoint;
import org.festgate.core.text.Checks;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.text.Provenance;

/**
 * A place where festivals are held: a square, a stadium, a village ground.
 *
 * @param key        the stable key of the venue, lowercase with hyphens, such as {@code quang-truong-lai-chau}
 * @param name       the name of the venue, not null
 * @param commune    the commune the venue lies in, not null
 * @param location   the coordinates of the venue, not null
 * @param entrances  the entrances, at least one, with unique keys; copied
 * @param provenance where the record comes from, not null
 */
public record Venue(String key, LocalizedText name, Commune commune, GeoPoint location, List<Entrance> entrances,
        Provenance provenance) {

    /**
     * Creates a venue.
     *
     * @throws NullPointerException     if an argument or an entrance is null
     * @throws IllegalArgumentException if the key is not a key, there is no entrance or two entrances share a key
     */
    public Venue {
        Checks.key(key, "key");
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(commune, "commune is required");
        Objects.requireNonNull(location, "location is required");
        Objects.requireNonNull(provenance, "provenance is required");
        entrances = List.copyOf(Objects.requireNonNull(entrances, "entrances is required"));
        if (entrances.isEmpty()) {
            throw new IllegalArgumentException("venue '" + key + "' needs at least one entrance");
        }
        Set<String> keys = new HashSet<>();
        for (Entrance entrance : entrances) {
            if (!keys.add(entrance.key())) {
                throw new IllegalArgumentException(
                        "venue '" + key + "' has two entrances with key '" + entrance.key() + "'");
            }
        }
    }

    /**
     * Obtains a venue.
     *
     * @param key        the stable key of the venue, lowercase with hyphens, not null
     * @param name       the name of the venue, not null
     * @param commune    the commune the venue lies in, not null
     * @param location   the coordinates of the venue, not null
     * @param entrances  the entrances, at least one, with unique keys, not null
     * @param provenance where the record comes from, not null
     * @return the venue, not null
     * @throws NullPointerException     if an argument or an entrance is null
     * @throws IllegalArgumentException if the key is not a key, there is no entrance or two entrances share a key
     */
    public static Venue of(String key, LocalizedText name, Commune commune, GeoPoint location,
            List<Entrance> entrances, Provenance provenance) {
        return new Venue(key, name, commune, location, entrances, provenance);
    }
}
