package org.festgate.web.platform.security;

/**
 * The roles of Festgate's users. Anonymous visitors have none. The constants are for {@code @RolesAllowed}.
 */
public enum Role {
    /** Runs the installation: users, keys, imports. */
    ADMIN,
    /** The culture and tourism department: schedules festivals and fairs, watches the figures. */
    ORGANIZER,
    /** A producer, cooperative or trader of local goods. */
    VENDOR,
    /** Gate staff scanning tickets at an entrance. */
    SCANNER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String ORGANIZER_NAME = "ORGANIZER";
    public static final String VENDOR_NAME = "VENDOR";
    public static final String SCANNER_NAME = "SCANNER";
}
