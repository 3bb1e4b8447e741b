package org.festgate.core.goods;

/**
 * An OCOP rating (Mỗi xã một sản phẩm, "One Commune One Product"): 3, 4 or 5 stars.
 *
 * @param stars the number of stars, from 3 to 5
 */
public record OcopRating(int stars) implements Comparable<OcopRating> {

    /** The lowest rating. */
    public static final int MIN_STARS = 3;
    /** The highest rating. */
    public static final int MAX_STARS = 5;

    /**
     * Creates a rating.
     *
     * @throws IllegalArgumentException if the stars are not from 3 to 5
     */
    public OcopRating {
        if (stars < MIN_STARS || stars > MAX_STARS) {
            throw new IllegalArgumentException("OCOP stars must be in [3, 5]: " + stars);
        }
    }

    /**
     * Obtains a rating.
     *
     * @param stars the number of stars, from 3 to 5
     * @return the rating, not null
     * @throws IllegalArgumentException if the stars are not from 3 to 5
     */
    public static OcopRating of(int stars) {
        return new OcopRating(stars);
    }

    @Override
    public int compareTo(OcopRating other) {
        return Integer.compare(stars, other.stars);
    }

    /**
     * Gives the form {@code OCOP 4*}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "OCOP " + stars + "*";
    }
}
