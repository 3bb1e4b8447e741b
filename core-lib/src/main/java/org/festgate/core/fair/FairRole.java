package org.festgate.core.fair;

/**
 * Who acts on a stall application.
 */
public enum FairRole {
    /** The vendor who owns the application. */
    VENDOR,
    /** An organizer of the fair. */
    ORGANIZER
}
