package org.festgate.web.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.festgate.core.event.EthnicGroup;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.rest.QueryParams;

/** Turns the query parameters shared by the festival list and the calendar feeds into a {@link FestivalQuery}. */
@ApplicationScoped
public class FestivalFilter {

    /** The province's time zone: "this year" is the year in Lai Chau. */
    public static final ZoneId ZONE = FestivalSchedule.ZONE;

    /** First and last Gregorian years whose festivals can be listed (the lunar calendar covers 1900-2199). */
    public static final int FIRST_YEAR = 1901;
    public static final int LAST_YEAR = 2198;

    /**
     * The filter's query parameters, as text: they are checked by {@link #toQuery}, so that a value of the wrong
     * type gets a 400 naming the parameter (JAX-RS would answer 404), and because Payara's OpenAPI generator
     * fails on Bean Validation annotations of query parameters.
     */
    public static class Params {
        @QueryParam("year")
        public String year;

        @QueryParam("month")
        public String month;

        @QueryParam("ethnicGroup")
        public String ethnicGroup;

        @QueryParam("district")
        public String district;

        @QueryParam("q")
        public String q;
    }

    @Inject
    private Clock clock;

    /**
     * The query the parameters ask for; the year defaults to this year in Lai Chau.
     *
     * @throws ProblemException 400 naming the parameter that is out of range or unknown
     */
    public FestivalQuery toQuery(Params params) {
        Optional<Integer> month = QueryParams.number("month", params.month, 1, 12).map(Math::toIntExact);
        return new FestivalQuery(yearOrThisYear(params.year), month,
                group(params.ethnicGroup), text("district", params.district), text("q", params.q));
    }

    /**
     * A yes/no query parameter: absent or "false" is no, "true" is yes.
     *
     * @throws ProblemException 400 naming the parameter for any other value
     */
    public static boolean flag(String name, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new ProblemException(Problem.invalidField(name, "must be true or false"));
    }

    /**
     * The given year, checked against the range of the lunar calendar, or this year in Lai Chau.
     *
     * @throws ProblemException 400 naming {@code year} when it is out of range
     */
    public int yearOrThisYear(String text) {
        return QueryParams.number("year", text, FIRST_YEAR, LAST_YEAR).map(Math::toIntExact)
                .orElseGet(() -> LocalDate.now(clock.withZone(ZONE)).getYear());
    }

    /**
     * The language of a feed: vi (the default), en or zh.
     *
     * @throws ProblemException 400 naming {@code lang} for any other value
     */
    public static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return "vi";
        }
        if (!lang.matches("vi|en|zh")) {
            throw new ProblemException(Problem.invalidField("lang", "must be vi, en or zh"));
        }
        return lang;
    }

    private static Optional<EthnicGroup> group(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(EthnicGroup.fromCode(code));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.invalidField("ethnicGroup", "unknown ethnic group '" + code + "'"));
        }
    }

    private static Optional<String> text(String field, String value) {
        if (value != null && value.length() > 100) {
            throw new ProblemException(Problem.invalidField(field, "longer than 100 characters"));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
