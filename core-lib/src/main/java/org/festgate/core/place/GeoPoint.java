package org.festgate.core.place;

/**
 * A point on the Earth in WGS 84 degrees, as used by GPS, maps and the iCalendar {@code GEO} property.
 *
 * @param latitude  the latitude from -90 to 90 degrees, north positive
 * @param longitude the longitude from -180 to 180 degrees, east positive
 */
public record GeoPoint(double latitude, double longitude) {

    /**
     * Creates a point.
     *
     * @throws IllegalArgumentException if a coordinate is out of range or not a number
     */
    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be in [-90, 90]: " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be in [-180, 180]: " + longitude);
        }
    }

    /**
     * Obtains a point.
     *
     * @param latitude  the latitude from -90 to 90 degrees, north positive
     * @param longitude the longitude from -180 to 180 degrees, east positive
     * @return the point, not null
     * @throws IllegalArgumentException if a coordinate is out of range or not a number
     */
    public static GeoPoint of(double latitude, double longitude) {
        return new GeoPoint(latitude, longitude);
    }
}
