package org.festgate.core.text;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the value types of core-lib, so that every type rejects bad input the same way and
 * with a message naming the argument and the bad value.
 * <p>
 * This is a static utility; it holds no state.
 */
public final class Checks {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Checks() {
    }

    /**
     * Checks that a text is present and not blank.
     *
     * @param value the text to check, may be null
     * @param name  the name of the argument, used in the message, not null
     * @return the value, unchanged
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank
     */
    public static String nonBlank(String value, String name) {
        Objects.requireNonNull(value, () -> name + " is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * Checks that a text is a stable key: lowercase ASCII letters and digits in groups joined by single hyphens,
     * such as {@code ma-lu-thang} or {@code gau-tao-2026}.
     *
     * @param value the key to check, may be null
     * @param name  the name of the argument, used in the message, not null
     * @return the value, unchanged
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is not a key
     */
    public static String key(String value, String name) {
        Objects.requireNonNull(value, () -> name + " is required");
        if (!KEY.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must match [a-z0-9]+(-[a-z0-9]+)*: '" + value + "'");
        }
        return value;
    }
}
