package org.festgate.web.vendor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.festgate.web.platform.rest.TextRules;

/** A text of several lines in Vietnamese, with English and Chinese optional, such as a description. */
public class PartialLongTextInput {

    @NotBlank
    @Size(max = 4000)
    @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
    public String vi;

    @Size(max = 4000)
    @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
    public String en;

    @Size(max = 4000)
    @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
    public String zh;

    PartialText toText() {
        return new PartialText(vi, en, zh);
    }
}
