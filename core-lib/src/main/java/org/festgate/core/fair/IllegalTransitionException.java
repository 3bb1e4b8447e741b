package org.festgate.core.fair;

import java.util.Objects;

/**
 * Thrown when a role may not take an action on a stall application in its present state, such as a vendor
 * approving its own application or an organizer checking in a vendor who has not paid.
 */
public final class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ApplicationState from;
    private final ApplicationAction action;
    private final FairRole role;

    /**
     * Creates the exception, with a message such as {@code a VENDOR cannot APPROVE an application that is
     * SUBMITTED}.
     *
     * @param from   the state of the application, not null
     * @param action the action refused, not null
     * @param role   the role that tried it, not null
     * @throws NullPointerException if an argument is null
     */
    public IllegalTransitionException(ApplicationState from, ApplicationAction action, FairRole role) {
        super(article(Objects.requireNonNull(role, "role is required").name()) + " " + role + " cannot "
                + Objects.requireNonNull(action, "action is required") + " an application that is "
                + Objects.requireNonNull(from, "from is required"));
        this.from = from;
        this.action = action;
        this.role = role;
    }

    /**
     * Gets the state of the application.
     *
     * @return the state, not null
     */
    public ApplicationState from() {
        return from;
    }

    /**
     * Gets the action refused.
     *
     * @return the action, not null
     */
    public ApplicationAction action() {
        return action;
    }

    /**
     * Gets the role that tried the action.
     *
     * @return the role, not null
     */
    public FairRole role() {
        return role;
    }

    private static String article(String word) {
        return "AEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
