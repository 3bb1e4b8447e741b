package org.festgate.web.fair;

import java.time.LocalDate;
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
        try {
            return StallCategory.valueOf(String.valueOf(name));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.invalidField(field, "not a stall category: '" + name + "'"));
        }
    }

    /** A date such as 2027-03-01. */
    static LocalDate date(String field, String text) {
        return parsed(field, () -> LocalDate.parse(text));
    }
}
