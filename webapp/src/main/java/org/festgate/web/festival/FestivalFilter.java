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

/** Turns the query parameters shared by the festival list and the calendar feeds into a {@link FestivalQuery}. */
@ApplicationScoped
public class FestivalFilter {

    /** The province's time zone: "this year" is the year in Lai Chau. */
    public static final ZoneId ZONE = FestivalSchedule.ZONE;

    /** First and last Gregorian years whose festivals can be listed (the lunar calendar covers 1900-2199). */
    public static final int FIRST_YEAR = 1901;
    public static final int LAST_YEAR = 2198;

    /**
     * The filter's query parameters. They are checked by {@link #toQuery} rather than by Bean Validation
     * annotations, on which Payara's OpenAPI generator fails for query parameters.
     */
    public static class Params {
        @QueryParam("year")
        public Integer year;

        @QueryParam("month")
        public Integer month;

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
        if (params.month != null && (params.month < 1 || params.month > 12)) {
            throw new ProblemException(Problem.invalidField("month", "must be between 1 and 12"));
        }
        return new FestivalQuery(yearOrThisYear(params.year), Optional.ofNullable(params.month),
                group(params.ethnicGroup), text("district", params.district), text("q", params.q));
    }

    /**
     * The given year, checked against the range of the lunar calendar, or this year in Lai Chau.
     *
     * @throws ProblemException 400 naming {@code year} when it is out of range
     */
    public int yearOrThisYear(Integer year) {
        if (year == null) {
            return LocalDate.now(clock.withZone(ZONE)).getYear();
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ProblemException(Problem.invalidField("year", "must be between " + FIRST_YEAR + " and "
                    + LAST_YEAR));
        }
        return year;
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
