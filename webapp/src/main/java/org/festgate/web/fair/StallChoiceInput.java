package org.festgate.web.fair;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A stall chosen for an application: {@code {"stallCode":"A-01"}} for {@code PUT /api/applications/{id}/stall},
 * with {@code applicationId} in an allocation commit. Public fields, not a record: see {@code SignInRequest}.
 */
public class StallChoiceInput {

    /** What a stall code looks like. */
    static final String CODE = "[A-Za-z0-9-]+";

    /** The message for a code that does not. */
    static final String CODE_MESSAGE = "must be a stall code such as A-01";

    public long applicationId;

    @NotNull
    @Size(max = 16)
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    public String stallCode;

    StallChoice toChoice(long application) {
        return new StallChoice(application, stallCode);
    }
}
