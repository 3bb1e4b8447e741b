package org.festgate.core.fair;

import java.util.Objects;
import org.festgate.core.text.LocalizedText;

/**
 * An approved application that the allocation left without a stall, and why.
 *
 * @param applicationId the id of the application, positive
 * @param reason        the reason, not null
 * @param explanation   the reason for this application in the three languages, with details such as the day or
 *                      the category, not null
 */
public record LeftOut(long applicationId, LeftOutReason reason, LocalizedText explanation) {

    /**
     * Creates a left-out application.
     *
     * @throws NullPointerException     if the reason or explanation is null
     * @throws IllegalArgumentException if the id is not positive
     */
    public LeftOut {
        FairChecks.requirePositive(applicationId, "applicationId");
        Objects.requireNonNull(reason, "reason is required");
        Objects.requireNonNull(explanation, "explanation is required");
    }
}
