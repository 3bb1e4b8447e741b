package org.festgate.core.fair;

/**
 * What a vendor or an organizer does to a stall application. {@link ApplicationWorkflow} says who may do what
 * from which state.
 */
public enum ApplicationAction {
    /** The vendor sends a draft for review. */
    SUBMIT,
    /** The organizer accepts the application. */
    APPROVE,
    /** The organizer puts the application on the waiting list. */
    WAIT_LIST,
    /** The organizer refuses the application. */
    REJECT,
    /** The application is given a stall. */
    ALLOCATE,
    /** The stall is taken back; the application is approved again and waits for another stall. */
    RELEASE,
    /** The organizer confirms that the fee was paid at the office. */
    CONFIRM_PAYMENT,
    /** The organizer checks the vendor in at the fair. */
    CHECK_IN,
    /** The vendor withdraws the application, or the organizer cancels it. */
    CANCEL
}
