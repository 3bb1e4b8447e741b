package org.festgate.core.fair;

import java.time.LocalDate;
import java.util.Set;

/**
 * One stall given to one application for all the days it applied for.
 *
 * @param applicationId the id of the application, positive
 * @param stallCode     the code of the stall, not null
 * @param days          the days, at least one; kept as an unmodifiable set in ascending order
 */
public record StallAssignment(long applicationId, String stallCode, Set<LocalDate> days) {

    /**
     * Creates an assignment.
     *
     * @throws NullPointerException     if the code, the days or a day is null
     * @throws IllegalArgumentException if the id is not positive, the code is malformed or there is no day
     */
    public StallAssignment {
        FairChecks.requirePositive(applicationId, "applicationId");
        FairChecks.stallCode(stallCode, "stallCode");
        days = FairChecks.days(days, "days");
    }

    /**
     * Obtains an assignment.
     *
     * @param applicationId the id of the application, positive
     * @param stallCode     the code of the stall, not null
     * @param days          the days, at least one, not null
     * @return the assignment, not null
     * @throws NullPointerException     if the code, the days or a day is null
     * @throws IllegalArgumentException if the id is not positive, the code is malformed or there is no day
     */
    public static StallAssignment of(long applicationId, String stallCode, Set<LocalDate> days) {
        return new StallAssignment(applicationId, stallCode, days);
    }
}
