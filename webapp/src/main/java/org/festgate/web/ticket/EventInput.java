package org.festgate.web.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.festgate.web.platform.rest.TextRules;

/**
 * A ticketed event as an organizer asks for it: a festival by key and the first day of one of its occurrences
 * ({@code {"festivalKey":"gau-tao-nam-loong","startDate":"2027-02-21"}}). Public fields, not a record: see
 * {@code SignInRequest}.
 */
public class EventInput {

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = TextRules.KEY, message = "must be the key of a festival")
    public String festivalKey;

    @NotBlank
    @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date such as 2027-02-21")
    public String startDate;
}
