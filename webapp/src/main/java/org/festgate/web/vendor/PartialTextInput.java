package org.festgate.web.vendor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.festgate.web.platform.rest.TextRules;

/** A one-line text in Vietnamese, with English and Chinese optional: {@code {"vi":"Chè","en":"Tea"}}. */
public class PartialTextInput {

    @NotBlank
    @Size(max = 200)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String vi;

    @Size(max = 200)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String en;

    @Size(max = 200)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String zh;

    PartialText toText() {
        return new PartialText(vi, en, zh);
    }
}
