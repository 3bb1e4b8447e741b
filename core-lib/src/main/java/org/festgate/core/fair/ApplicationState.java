package org.festgate.core.fair;

/**
 * The state of a vendor's stall application. {@link ApplicationWorkflow} says which actions move it on.
 */
public enum ApplicationState {
    /** Written by the vendor, not yet sent. */
    DRAFT,
    /** Sent to the organizer for review. */
    SUBMITTED,
    /** Accepted by the organizer; waits for a stall. */
    APPROVED,
    /** Put on the waiting list by the organizer. */
    WAIT_LISTED,
    /** Refused by the organizer; final. */
    REJECTED,
    /** Given a stall; waits for payment. */
    ALLOCATED,
    /** The fee is paid. */
    PAID,
    /** The vendor arrived at the fair and took the stall; final. */
    CHECKED_IN,
    /** Withdrawn by the vendor or cancelled by the organizer; final. */
    CANCELLED;

    /**
     * Tells whether no action leads out of this state.
     *
     * @return true for {@link #REJECTED}, {@link #CHECKED_IN} and {@link #CANCELLED}
     */
    public boolean isFinal() {
        return this == REJECTED || this == CHECKED_IN || this == CANCELLED;
    }
}
