package org.festgate.web.scan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.festgate.core.admission.Direction;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.rest.TextRules;

/**
 * A scan as a device sends it: {@code {"nonce":"<UUID>","token":"<QR text>","entranceKey":"north-gate",
 * "direction":"IN","at":"2027-02-21T02:15:00Z"}}; {@code at} is when it was scanned, {@code offlineOutcome}
 * (ADMIT or REFUSE) what an offline gate decided, only in uploads. Public fields, not a record: see
 * {@code SignInRequest}.
 */
public class ScanInput {

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
            + "-[0-9a-fA-F]{12}";

    @NotNull
    @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
    public String nonce;

    @NotBlank
    @Size(max = 1000)
    public String token;

    @NotNull
    @Pattern(regexp = TextRules.KEY, message = "must be an entrance key")
    @Size(max = 64)
    public String entranceKey;

    @NotNull
    @Pattern(regexp = "IN|OUT", message = "must be IN or OUT")
    public String direction;

    @NotNull
    @Size(max = 40)
    public String at;

    @Pattern(regexp = "ADMIT|REFUSE", message = "must be ADMIT or REFUSE")
    public String offlineOutcome;

    /**
     * The parsed scan.
     *
     * @param field how to name this scan's fields in a problem: {@code ""} or {@code "[3]."}
     * @throws ProblemException 400 if {@code at} is not an instant
     */
    ScanRequest toRequest(String field) {
        Instant instant;
        try {
            instant = Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problem.invalidField(field + "at", "must be an instant such as "
                    + "2027-02-21T02:15:00Z"));
        }
        return new ScanRequest(UUID.fromString(nonce), token.strip(), entranceKey, Direction.valueOf(direction),
                instant, offlineOutcome == null ? null : ScanOutcome.valueOf(offlineOutcome));
    }
}
