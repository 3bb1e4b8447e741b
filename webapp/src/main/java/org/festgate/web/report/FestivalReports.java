package org.festgate.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.festgate.web.festival.FestivalCatalog;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/** The report of a festival and year, compared with the year before. */
@ApplicationScoped
public class FestivalReports {

    @Inject
    private FestivalCatalog catalog;

    @Inject
    private FestivalYear years;

    /**
     * The report of a festival in a year.
     *
     * @throws ProblemException 404 if there is no such festival
     */
    public FestivalReport report(String festivalKey, int year) {
        Text name = name(festivalKey, year);
        YearFigures figures = years.of(festivalKey, year);
        return FestivalReport.of(festivalKey, name, year, figures,
                YearOverYear.of(figures, years.of(festivalKey, year - 1)));
    }

    /**
     * The name of a festival.
     *
     * @throws ProblemException 404 if there is no such festival
     */
    Text name(String festivalKey, int year) {
        return knownName(festivalKey, year)
                .orElseThrow(() -> new ProblemException(Problem.notFound("festival", festivalKey)));
    }

    /** The name of a festival, if the catalog has it. */
    Optional<Text> knownName(String festivalKey, int year) {
        LocalDate day = LocalDate.ofYearDay(year, 1);
        return catalog.snapshot().find(festivalKey, day, day).map(f -> Text.of(f.festival().name()));
    }
}
