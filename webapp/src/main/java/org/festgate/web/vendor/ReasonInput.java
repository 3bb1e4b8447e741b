package org.festgate.web.vendor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.festgate.web.platform.rest.TextRules;

/** Why an organizer takes a vendor's verification back: {@code {"reason":"..."}}, which the vendor reads. */
public class ReasonInput {

    @NotBlank
    @Size(max = 500)
    @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
    public String reason;
}
