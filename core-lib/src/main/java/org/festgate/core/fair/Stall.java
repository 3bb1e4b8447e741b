package org.festgate.core.fair;

import java.util.Objects;
import org.festgate.core.text.Checks;

/**
 * A stall (gian hàng) on a fair's stall map: a rectangle of ground with a code, a zone, a category and perhaps a
 * power supply.
 * <p>
 * Positions and sizes are in whole centimetres on the map, {@code x} to the right and {@code y} downwards from the
 * map's top-left corner; {@code (x, y)} is the stall's top-left corner. Two stalls are equal when all their fields
 * are equal. This class is immutable and thread-safe.
 */
public final class Stall {

    private final String code;
    private final String zoneKey;
    private final StallCategory category;
    private final int widthCm;
    private final int depthCm;
    private final boolean power;
    private final int x;
    private final int y;

    private Stall(String code, String zoneKey, StallCategory category, int widthCm, int depthCm, boolean power,
            int x, int y) {
        this.code = FairChecks.stallCode(code, "code");
        this.zoneKey = Checks.key(zoneKey, "zoneKey");
        this.category = Objects.requireNonNull(category, "category is required");
        FairChecks.requirePositive(widthCm, "widthCm");
        FairChecks.requirePositive(depthCm, "depthCm");
        FairChecks.requireNotNegative(x, "x");
        FairChecks.requireNotNegative(y, "y");
        this.widthCm = widthCm;
        this.depthCm = depthCm;
        this.power = power;
        this.x = x;
        this.y = y;
    }

    /**
     * Obtains a stall.
     *
     * @param code     the code shown on the map, such as {@code A-01}: 1 to 16 letters, digits and hyphens,
     *                 starting with a letter or digit, not null
     * @param zoneKey  the key of the zone the stall lies in, lowercase with hyphens, not null
     * @param category the category of goods the stall is for, not null
     * @param widthCm  the width in centimetres, along x, positive
     * @param depthCm  the depth in centimetres, along y, positive
     * @param power    whether the stall has a power supply
     * @param x        the left edge in centimetres from the map's left edge, not negative
     * @param y        the top edge in centimetres from the map's top edge, not negative
     * @return the stall, not null
     * @throws NullPointerException     if the code, zone key or category is null
     * @throws IllegalArgumentException if the code or zone key is malformed, a size is not positive or a position
     *                                  is negative
     */
    public static Stall of(String code, String zoneKey, StallCategory category, int widthCm, int depthCm,
            boolean power, int x, int y) {
        return new Stall(code, zoneKey, category, widthCm, depthCm, power, x, y);
    }

    /**
     * Gets the code shown on the map.
     *
     * @return the code, such as {@code A-01}, not null
     */
    public String code() {
        return code;
    }

    /**
     * Gets the key of the zone the stall lies in.
     *
     * @return the zone key, not null
     */
    public String zoneKey() {
        return zoneKey;
    }

    /**
     * Gets the category of goods the stall is for.
     *
     * @return the category, not null
     */
    public StallCategory category() {
        return category;
    }

    /**
     * Gets the width, along x.
     *
     * @return the width in centimetres, positive
     */
    public int widthCm() {
        return widthCm;
    }

    /**
     * Gets the depth, along y.
     *
     * @return the depth in centimetres, positive
     */
    public int depthCm() {
        return depthCm;
    }

    /**
     * Tells whether the stall has a power supply.
     *
     * @return true if it has power
     */
    public boolean power() {
        return power;
    }

    /**
     * Gets the left edge.
     *
     * @return the centimetres from the map's left edge, not negative
     */
    public int x() {
        return x;
    }

    /**
     * Gets the top edge.
     *
     * @return the centimetres from the map's top edge, not negative
     */
    public int y() {
        return y;
    }

    /**
     * Gets the area of ground.
     *
     * @return the width times the depth, in square centimetres, positive
     */
    public long areaCm2() {
        return (long) widthCm * depthCm;
    }

    /**
     * Tells whether two stalls share ground. Stalls that only touch along an edge or at a corner do not.
     *
     * @param other the other stall, not null
     * @return true if the rectangles overlap
     * @throws NullPointerException if the other stall is null
     */
    public boolean overlaps(Stall other) {
        Objects.requireNonNull(other, "other is required");
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    /** The right edge, exclusive; a long, since x plus the width may pass the range of an int. */
    long right() {
        return (long) x + widthCm;
    }

    /** The bottom edge, exclusive. */
    long bottom() {
        return (long) y + depthCm;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Stall that
                && code.equals(that.code)
                && zoneKey.equals(that.zoneKey)
                && category == that.category
                && widthCm == that.widthCm
                && depthCm == that.depthCm
                && power == that.power
                && x == that.x
                && y == that.y;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, zoneKey, category, widthCm, depthCm, power, x, y);
    }

    /**
     * Gives the code, zone, category, size, power and position, such as
     * {@code Stall[A-01, am-thuc, CUISINE, 300x250 cm, power, at 0,0]}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "Stall[" + code + ", " + zoneKey + ", " + category + ", " + widthCm + "x" + depthCm + " cm, "
                + (power ? "power" : "no power") + ", at " + x + "," + y + "]";
    }
}
