package org.festgate.web.fair;

import java.util.List;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * A stall that an application cannot have, with the allocator's reasons as the problem's errors on
 * {@code stallCode}: 422 when the choice breaks the rules by itself (category, power, days, two choices of one
 * request clashing), 409 when it clashes with what is booked already.
 */
final class StallRefusal {

    private StallRefusal() {
    }

    /** 422: the choice breaks the fair's rules. */
    static ProblemException breaksRules(StallChoice choice, List<String> reasons) {
        return refusal(422, "Unprocessable Content", of(choice), reasons);
    }

    /** 409: the choice clashes with the bookings of other applications. */
    static ProblemException clashes(StallChoice choice, List<String> reasons) {
        return refusal(409, "Conflict", of(choice), reasons);
    }

    /** 409: the database refused a booking because another one, maybe made at the same time, holds the stall. */
    static ProblemException taken(List<String> reasons) {
        return refusal(409, "Conflict", "a stall is booked already, nothing of this was stored", reasons);
    }

    private static String of(StallChoice choice) {
        return "application " + choice.applicationId() + " cannot have stall " + choice.stallCode();
    }

    private static ProblemException refusal(int status, String title, String subject, List<String> reasons) {
        return new ProblemException(new Problem(status, title, subject + ": " + String.join("; ", reasons),
                reasons.stream().map(r -> new Problem.FieldError("stallCode", r)).toList()));
    }
}
