package org.festgate.web.report;

import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.rest.QueryParams;

/** The year of a report or figure, as sent in an address: a whole number from 2000 to 2100. */
public final class ReportYear {

    /** The first year a report may be asked for. */
    public static final int FIRST = 2000;
    /** The last year a report may be asked for. */
    public static final int LAST = 2100;

    private ReportYear() {
    }

    /**
     * The year in the text.
     *
     * @throws ProblemException 400 naming {@code year} when it is missing, not a whole number or out of range
     */
    public static int parse(String text) {
        return QueryParams.number("year", text, FIRST, LAST).map(Long::intValue)
                .orElseThrow(() -> new ProblemException(Problem.invalidField("year", "is required")));
    }
}
