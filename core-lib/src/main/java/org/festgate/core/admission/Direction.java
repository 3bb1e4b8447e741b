package org.festgate.core.admission;

/**
 * The direction of a scan at an entrance: a visitor coming in or going out.
 */
public enum Direction {
    /** The visitor enters the venue. */
    IN,
    /** The visitor leaves the venue. */
    OUT
}
