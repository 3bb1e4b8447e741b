package org.festgate.core.fair;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of a stall allocation: for every application allocated, either its stall or why it has none.
 *
 * @param assignments the applications with a stall, each application once; copied, not null
 * @param leftOut     the applications without a stall, each application once and none of them with a stall;
 *                    copied, not null
 */
public record Allocation(List<StallAssignment> assignments, List<LeftOut> leftOut) {

    /**
     * Creates an allocation.
     *
     * @throws NullPointerException     if a list or an element is null
     * @throws IllegalArgumentException if an application comes twice
     */
    public Allocation {
        assignments = List.copyOf(Objects.requireNonNull(assignments, "assignments is required"));
        leftOut = List.copyOf(Objects.requireNonNull(leftOut, "leftOut is required"));
        Set<Long> ids = new HashSet<>();
        for (StallAssignment assignment : assignments) {
            requireOnce(ids, assignment.applicationId());
        }
        for (LeftOut out : leftOut) {
            requireOnce(ids, out.applicationId());
        }
    }

    /**
     * Finds the stall of an application.
     *
     * @param applicationId the id of the application
     * @return its assignment, or empty if it has none in this allocation
     */
    public Optional<StallAssignment> of(long applicationId) {
        return assignments.stream().filter(assignment -> assignment.applicationId() == applicationId).findFirst();
    }

    /**
     * Finds why an application has no stall.
     *
     * @param applicationId the id of the application
     * @return the reason it was left out, or empty if it was not
     */
    public Optional<LeftOut> leftOutOf(long applicationId) {
        return leftOut.stream().filter(out -> out.applicationId() == applicationId).findFirst();
    }

    private static void requireOnce(Set<Long> ids, long applicationId) {
        if (!ids.add(applicationId)) {
            throw new IllegalArgumentException("application " + applicationId + " comes twice in the allocation");
        }
    }
}
