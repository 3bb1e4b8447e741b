package org.festgate.web.fair;

import java.util.Objects;

/**
 * A stall chosen for an application, by an organizer or by an allocation run.
 *
 * @param applicationId the application
 * @param stallCode the stall's code on the fair's map, not null
 */
public record StallChoice(long applicationId, String stallCode) {

    public StallChoice {
        Objects.requireNonNull(stallCode, "stallCode is required");
    }
}
