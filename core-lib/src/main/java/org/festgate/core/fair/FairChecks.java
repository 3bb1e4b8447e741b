package org.festgate.core.fair;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Argument checks that several types of this package share: stall codes, ids and sets of days. */
final class FairChecks {

    private static final Pattern STALL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,15}");

    private FairChecks() {
    }

    /** A stall code: letters, digits and hyphens, starting with a letter or digit, at most 16 characters. */
    static String stallCode(String code, String name) {
        Objects.requireNonNull(code, () -> name + " is required");
        if (!STALL_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    name + " must be 1 to 16 letters, digits and hyphens, starting with a letter or digit: '"
                            + code + "'");
        }
        return code;
    }

    /** A number greater than zero, such as an id or a size. */
    static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    /** A number not below zero, such as a position or a price. */
    static void requireNotNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }

    /** A copy of a set of days that is not empty, unmodifiable and sorted. */
    static SortedSet<LocalDate> days(Set<LocalDate> days, String name) {
        Objects.requireNonNull(days, () -> name + " is required");
        SortedSet<LocalDate> copy = new TreeSet<>();
        for (LocalDate day : days) {
            copy.add(Objects.requireNonNull(day, () -> name + " must not hold null"));
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " must hold at least one day");
        }
        return Collections.unmodifiableSortedSet(copy);
    }
}
