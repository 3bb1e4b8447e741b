package org.festgate.web.fair;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.festgate.core.fair.StallCategory;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/** Turns request fields into core-lib values, answering a 400 problem that names the field when one is refused. */
final class FieldParser {

    private FieldParser() {
    }

    /**
     * The value that {@code make} builds from a field.
     *
     * @throws ProblemException 400 naming the field and core-lib's reason when {@code make} refuses the value
     */
    static <T> T parsed(String field, Supplier<T> make) {
        try {
            return make.get();
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problem.invalidField(field, "not a valid date or time: " + e.getParsedString()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProblemException(Problem.invalidField(field, String.valueOf(e.getMessage())));
        }
    }

    /** A stall category by its name. */
    static StallCategory category(String field, String name) {
        return constant(StallCategory.class, field, name);
    }

    /**
     * A constant of an enum by its name.
     *
     * @throws ProblemException 400 naming the field and the constants there are
     */
    static <E extends Enum<E>> E constant(Class<E> type, String field, String name) {
        try {
            return Enum.valueOf(type, String.valueOf(name));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.invalidField(field, "'" + name + "' is not one of "
                    + Arrays.toString(type.getEnumConstants())));
        }
    }

    /** A constant of an enum by its name, or empty for a missing or blank name (an optional query parameter). */
    static <E extends Enum<E>> Optional<E> optional(Class<E> type, String field, String name) {
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(constant(type, field, name));
    }

    /** A date such as 2027-03-01. */
    static LocalDate date(String field, String text) {
        return parsed(field, () -> LocalDate.parse(text));
    }
}
