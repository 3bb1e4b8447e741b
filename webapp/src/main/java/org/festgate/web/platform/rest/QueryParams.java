package org.festgate.web.platform.rest;

import java.util.Optional;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * Numbers in query parameters. Resources take query parameters as strings and parse them here, so that a bad
 * value is a 400 naming the parameter (Payara's OpenAPI fails on constraint annotations on query parameters).
 */
public final class QueryParams {

    private QueryParams() {
    }

    /**
     * The parameter as a whole number within bounds.
     *
     * @param name the parameter's name, for the problem
     * @param text the parameter as sent, null or blank when absent
     * @return the number, or empty when the parameter is absent
     * @throws ProblemException 400 naming the parameter if it is not a whole number from {@code min} to {@code max}
     */
    public static Optional<Long> number(String name, String text, long min, long max) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            long number = Long.parseLong(text.trim());
            if (number >= min && number <= max) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemException(Problem.invalidField(name, "must be a whole number from " + min + " to " + max));
    }
}
