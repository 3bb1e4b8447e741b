package org.festgate.web.platform.rest;

/**
 * Patterns for {@code @Pattern} on text fields of request bodies. Control characters (such as NUL, which
 * PostgreSQL refuses in text) are rejected as input errors instead of failing in the database.
 */
public final class TextRules {

    /** One line of text: no control characters at all. */
    public static final String ONE_LINE = "[^\\p{Cntrl}]*";

    /** Text that may span lines: tab, line feed and carriage return allowed, no other control character. */
    public static final String MULTI_LINE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    /** The message of both patterns. */
    public static final String MESSAGE = "must not contain control characters";

    /** A stable key: lower-case letters and digits joined by single hyphens. */
    public static final String KEY = "[a-z0-9]+(-[a-z0-9]+)*";

    private TextRules() {
    }
}
