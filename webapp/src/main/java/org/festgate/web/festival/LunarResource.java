package org.festgate.web.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.core.calendar.LunarDate;
import org.festgate.web.festival.FestivalViews.Lunar;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/** Converts between the solar (Gregorian) and the Vietnamese lunar calendar. */
@Path("lunar")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class LunarResource {

    /** A day in both calendars. */
    public record Conversion(LocalDate solar, Lunar lunar) {
        static Conversion of(LunarDate date) {
            return new Conversion(date.toLocalDate(), Lunar.of(date));
        }
    }

    @GET
    @Operation(summary = "Convert ?solar=2026-03-03 to the lunar date, or ?lunar=2026-01-15 (2025-06L-01 for a leap "
            + "month) to the solar one")
    public Conversion convert(@QueryParam("solar") String solar, @QueryParam("lunar") String lunar) {
        if ((solar == null) == (lunar == null)) {
            throw new ProblemException(Problem.invalidField("solar", "give exactly one of 'solar' and 'lunar'"));
        }
        if (solar != null) {
            try {
                return Conversion.of(LunarDate.from(LocalDate.parse(solar)));
            } catch (DateTimeParseException e) {
                throw new ProblemException(Problem.invalidField("solar", "not a date such as 2026-03-03"));
            } catch (java.time.DateTimeException e) {
                throw new ProblemException(Problem.invalidField("solar", e.getMessage()));
            }
        }
        try {
            return Conversion.of(LunarDate.parse(lunar));
        } catch (java.time.DateTimeException e) {
            String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new ProblemException(Problem.invalidField("lunar", reason));
        }
    }
}
