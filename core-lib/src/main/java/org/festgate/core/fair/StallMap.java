package org.festgate.core.fair;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The stall map of a fair: a rectangle of ground in centimetres, its zones and its stalls.
 * <p>
 * Every stall lies inside the map, in one of the map's zones, and no two stalls share ground or a code (stalls may
 * touch). Zones and stalls keep the order they were given in. Two maps are equal when their sizes, zones and
 * stalls are equal. This class is immutable and thread-safe.
 */
public final class StallMap {

    private final int widthCm;
    private final int depthCm;
    private final List<Zone> zones;
    private final List<Stall> stalls;
    private final Map<String, Stall> byCode;

    private StallMap(int widthCm, int depthCm, List<Zone> zones, List<Stall> stalls) {
        FairChecks.requirePositive(widthCm, "widthCm");
        FairChecks.requirePositive(depthCm, "depthCm");
        this.widthCm = widthCm;
        this.depthCm = depthCm;
        this.zones = List.copyOf(Objects.requireNonNull(zones, "zones is required"));
        this.stalls = List.copyOf(Objects.requireNonNull(stalls, "stalls is required"));
        Set<String> zoneKeys = zoneKeys(this.zones);
        this.byCode = new LinkedHashMap<>();
        for (Stall stall : this.stalls) {
            if (byCode.putIfAbsent(stall.code(), stall) != null) {
                throw new IllegalArgumentException("stalls: two stalls have the code " + stall.code());
            }
            if (!zoneKeys.contains(stall.zoneKey())) {
                throw new IllegalArgumentException(
                        "stalls: stall " + stall.code() + " is in the unknown zone '" + stall.zoneKey() + "'");
            }
            if (stall.right() > widthCm || stall.bottom() > depthCm) {
                throw new IllegalArgumentException("stalls: stall " + stall.code() + " lies outside the map of "
                        + widthCm + " x " + depthCm + " cm");
            }
        }
        requireNoOverlap(this.stalls);
    }

    /**
     * Obtains a stall map.
     *
     * @param widthCm the width of the ground in centimetres, along x, positive
     * @param depthCm the depth of the ground in centimetres, along y, positive
     * @param zones   the zones, with distinct keys, not null
     * @param stalls  the stalls, with distinct codes, each in one of the zones, inside the map and sharing no ground
     *                with another, not null
     * @return the map, not null
     * @throws NullPointerException     if a list, a zone or a stall is null
     * @throws IllegalArgumentException if a size is not positive, two zones share a key, two stalls share a code, a
     *                                  stall is in an unknown zone, lies outside the map or overlaps another stall
     */
    public static StallMap of(int widthCm, int depthCm, List<Zone> zones, List<Stall> stalls) {
        return new StallMap(widthCm, depthCm, zones, stalls);
    }

    /**
     * Finds a stall by its code.
     *
     * @param code the stall code, not null
     * @return the stall, or empty if the map has none with this code
     * @throws NullPointerException if the code is null
     */
    public Optional<Stall> stall(String code) {
        Objects.requireNonNull(code, "code is required");
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Gets the stalls.
     *
     * @return the stalls in the order given, unmodifiable, not null
     */
    public List<Stall> stalls() {
        return stalls;
    }

    /**
     * Gets the zones.
     *
     * @return the zones in the order given, unmodifiable, not null
     */
    public List<Zone> zones() {
        return zones;
    }

    /**
     * Gets the width of the ground.
     *
     * @return the width in centimetres, along x, positive
     */
    public int widthCm() {
        return widthCm;
    }

    /**
     * Gets the depth of the ground.
     *
     * @return the depth in centimetres, along y, positive
     */
    public int depthCm() {
        return depthCm;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StallMap that
                && widthCm == that.widthCm
                && depthCm == that.depthCm
                && zones.equals(that.zones)
                && stalls.equals(that.stalls);
    }

    @Override
    public int hashCode() {
        return Objects.hash(widthCm, depthCm, zones, stalls);
    }

    /**
     * Gives the size and the numbers of zones and stalls, such as {@code StallMap[6000x4000 cm, 3 zones, 40 stalls]}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "StallMap[" + widthCm + "x" + depthCm + " cm, " + zones.size() + " zones, " + stalls.size()
                + " stalls]";
    }

    private static Set<String> zoneKeys(List<Zone> zones) {
        Set<String> keys = new HashSet<>();
        for (Zone zone : zones) {
            if (!keys.add(zone.key())) {
                throw new IllegalArgumentException("zones: two zones have the key '" + zone.key() + "'");
            }
        }
        return keys;
    }

    /** Sweeps the stalls from left to right, so only stalls whose x ranges meet are compared. */
    private static void requireNoOverlap(List<Stall> stalls) {
        List<Stall> byLeft = stalls.stream()
                .sorted(Comparator.comparingInt(Stall::x).thenComparing(Stall::code)).toList();
        for (int i = 0; i < byLeft.size(); i++) {
            Stall stall = byLeft.get(i);
            for (int j = i + 1; j < byLeft.size() && byLeft.get(j).x() < stall.right(); j++) {
                if (stall.overlaps(byLeft.get(j))) {
                    throw new IllegalArgumentException(
                            "stalls: stall " + byLeft.get(j).code() + " overlaps stall " + stall.code());
                }
            }
        }
    }
}
