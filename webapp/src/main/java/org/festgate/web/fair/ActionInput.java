package org.festgate.web.fair;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.festgate.core.fair.ApplicationAction;

/**
 * A move of a stall application: {@code {"action":"APPROVE"}}; ALLOCATE also names the stall:
 * {@code {"action":"ALLOCATE","stallCode":"A-01"}}. Public fields, not a record: see {@code SignInRequest}.
 */
public class ActionInput {

    @NotNull
    @Pattern(regexp = "SUBMIT|APPROVE|WAIT_LIST|REJECT|ALLOCATE|RELEASE|CONFIRM_PAYMENT|CHECK_IN|CANCEL",
            message = "must be SUBMIT, APPROVE, WAIT_LIST, REJECT, ALLOCATE, RELEASE, CONFIRM_PAYMENT, CHECK_IN or CANCEL")
    public String action;

    @Size(max = 16)
    @Pattern(regexp = StallChoiceInput.CODE, message = StallChoiceInput.CODE_MESSAGE)
    public String stallCode;

    ApplicationAction toAction() {
        return ApplicationAction.valueOf(action);
    }
}
