package org.festgate.core.gate;

import java.util.Objects;
import java.util.Optional;
import org.festgate.core.place.Commune;
import org.festgate.core.place.GeoPoint;
import org.festgate.core.text.Checks;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.text.Provenance;

/**
 * A crossing point on the border between Lai Châu and Yunnan, such as the Ma Lù Thàng gate facing Jinshuihe
 * (金水河).
 * <p>
 * The partner gate, across the border, is optional: openings and border markets may have none. Two gates are
 * equal when all their fields are equal. This class is immutable and thread-safe.
 */
public final class BorderGate {

    private final String key;
    private final LocalizedText name;
    private final GateKind kind;
    private final LocalizedText partnerGate;
    private final Commune commune;
    private final GeoPoint location;
    private final OpeningHours openingHours;
    private final Provenance provenance;

    private BorderGate(String key, LocalizedText name, GateKind kind, LocalizedText partnerGate, Commune commune,
            GeoPoint location, OpeningHours openingHours, Provenance provenance) {
        this.key = Checks.key(key, "key");
        this.name = Objects.requireNonNull(name, "name is required");
        this.kind = Objects.requireNonNull(kind, "kind is required");
        this.partnerGate = partnerGate;
        this.commune = Objects.requireNonNull(commune, "commune is required");
        this.location = Objects.requireNonNull(location, "location is required");
        this.openingHours = Objects.requireNonNull(openingHours, "openingHours is required");
        this.provenance = Objects.requireNonNull(provenance, "provenance is required");
    }

    /**
     * Obtains a gate.
     *
     * @param key          the stable key, lowercase with hyphens, such as {@code ma-lu-thang}, not null
     * @param name         the name of the gate, not null
     * @param kind         the kind of the gate, not null
     * @param partnerGate  the gate across the border, null if there is none
     * @param commune      the commune the gate lies in, not null
     * @param location     the coordinates of the gate, not null
     * @param openingHours the daily opening hours, not null
     * @param provenance   where the record comes from, not null
     * @return the gate, not null
     * @throws NullPointerException     if a required argument is null
     * @throws IllegalArgumentException if the key is not a key
     */
    public static BorderGate of(String key, LocalizedText name, GateKind kind, LocalizedText partnerGate,
            Commune commune, GeoPoint location, OpeningHours openingHours, Provenance provenance) {
        return new BorderGate(key, name, kind, partnerGate, commune, location, openingHours, provenance);
    }

    /**
     * Gets the stable key.
     *
     * @return the key, not null
     */
    public String key() {
        return key;
    }

    /**
     * Gets the name.
     *
     * @return the name, not null
     */
    public LocalizedText name() {
        return name;
    }

    /**
     * Gets the kind.
     *
     * @return the kind, not null
     */
    public GateKind kind() {
        return kind;
    }

    /**
     * Gets the gate across the border.
     *
     * @return the partner gate, or empty if there is none
     */
    public Optional<LocalizedText> partnerGate() {
        return Optional.ofNullable(partnerGate);
    }

    /**
     * Gets the commune the gate lies in.
     *
     * @return the commune, not null
     */
    public Commune commune() {
        return commune;
    }

    /**
     * Gets the coordinates.
     *
     * @return the location, not null
     */
    public GeoPoint location() {
        return location;
    }

    /**
     * Gets the daily opening hours.
     *
     * @return the opening hours, not null
     */
    public OpeningHours openingHours() {
        return openingHours;
    }

    /**
     * Gets where the record comes from.
     *
     * @return the provenance, not null
     */
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BorderGate that
                && key.equals(that.key)
                && name.equals(that.name)
                && kind == that.kind
                && Objects.equals(partnerGate, that.partnerGate)
                && commune.equals(that.commune)
                && location.equals(that.location)
                && openingHours.equals(that.openingHours)
                && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, name, kind, partnerGate, commune, location, openingHours, provenance);
    }

    /**
     * Gives the key and the kind, such as {@code BorderGate[ma-lu-thang, MAIN]}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "BorderGate[" + key + ", " + kind + "]";
    }
}
