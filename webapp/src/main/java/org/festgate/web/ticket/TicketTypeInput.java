package org.festgate.web.ticket;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.festgate.core.ticket.EntryPolicy;
import org.festgate.web.festival.FestivalInput.TextInput;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.rest.TextRules;

/**
 * A ticket type as an organizer writes it:
 * <pre>{"name":{"vi":"Vé thường","en":"Standard","zh":"普通票"}, "priceVnd":0, "capacity":500,
 *  "salesFrom":"2027-01-01T00:00:00Z", "salesUntil":null, "limitPerOrder":4, "entryPolicy":"SINGLE_ENTRY",
 *  "validFrom":null, "validUntil":null, "entrances":["north-gate"], "dailyFrom":"08:00", "dailyUntil":"18:00"}</pre>
 * Instants are ISO-8601 ({@code validFrom}/{@code validUntil} whole minutes); left out, validity is the
 * occurrence's days in Asia/Ho_Chi_Minh, entrances all of the venue's, sales open now and close with validity.
 * Public fields, not a record: see {@code SignInRequest}.
 */
public class TicketTypeInput {

    private static final String TIME = "\\d{2}:\\d{2}";

    @NotNull
    @Valid
    public TextInput name;

    @Min(0)
    @Max(1_000_000_000)
    public long priceVnd;

    @Min(1)
    @Max(1_000_000)
    public int capacity;

    public String salesFrom;

    public String salesUntil;

    @Min(1)
    @Max(100)
    public int limitPerOrder = 10;

    @NotNull
    @Pattern(regexp = "SINGLE_ENTRY|MULTIPLE_ENTRY|ONCE_PER_DAY|REENTRY_AFTER_EXIT",
            message = "must be SINGLE_ENTRY, MULTIPLE_ENTRY, ONCE_PER_DAY or REENTRY_AFTER_EXIT")
    public String entryPolicy = EntryPolicy.SINGLE_ENTRY.name();

    public String validFrom;

    public String validUntil;

    @Size(max = 20)
    public List<@NotNull @Pattern(regexp = TextRules.KEY, message = "must be an entrance key") String> entrances;

    @Pattern(regexp = TIME, message = "must be a time such as 08:00")
    public String dailyFrom;

    @Pattern(regexp = TIME, message = "must be a time such as 18:00")
    public String dailyUntil;

    /**
     * The parsed values.
     *
     * @throws ProblemException 400 naming the field that is not an instant or time, or a daily window half given
     */
    TicketTypeSpec toSpec() {
        if ((dailyFrom == null) != (dailyUntil == null)) {
            throw new ProblemException(Problem.invalidField(dailyFrom == null ? "dailyFrom" : "dailyUntil",
                    "give both ends of the daily window or neither"));
        }
        return new TicketTypeSpec(name.toText(), priceVnd, capacity, instant("salesFrom", salesFrom),
                instant("salesUntil", salesUntil), limitPerOrder, EntryPolicy.valueOf(entryPolicy),
                instant("validFrom", validFrom), instant("validUntil", validUntil), entrances,
                time("dailyFrom", dailyFrom), time("dailyUntil", dailyUntil));
    }

    private static Instant instant(String field, String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problem.invalidField(field, "must be an instant such as 2027-02-21T01:00:00Z"));
        }
    }

    private static LocalTime time(String field, String text) {
        try {
            return text == null ? null : LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problem.invalidField(field, "must be a time such as 08:00"));
        }
    }
}
