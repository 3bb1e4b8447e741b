package org.festgate.core.fair;

import static org.festgate.core.fair.ApplicationAction.ALLOCATE;
import static org.festgate.core.fair.ApplicationAction.APPROVE;
import static org.festgate.core.fair.ApplicationAction.CANCEL;
import static org.festgate.core.fair.ApplicationAction.CHECK_IN;
import static org.festgate.core.fair.ApplicationAction.CONFIRM_PAYMENT;
import static org.festgate.core.fair.ApplicationAction.REJECT;
import static org.festgate.core.fair.ApplicationAction.RELEASE;
import static org.festgate.core.fair.ApplicationAction.SUBMIT;
import static org.festgate.core.fair.ApplicationAction.WAIT_LIST;
import static org.festgate.core.fair.ApplicationState.ALLOCATED;
import static org.festgate.core.fair.ApplicationState.APPROVED;
import static org.festgate.core.fair.ApplicationState.CANCELLED;
import static org.festgate.core.fair.ApplicationState.CHECKED_IN;
import static org.festgate.core.fair.ApplicationState.DRAFT;
import static org.festgate.core.fair.ApplicationState.PAID;
import static org.festgate.core.fair.ApplicationState.REJECTED;
import static org.festgate.core.fair.ApplicationState.SUBMITTED;
import static org.festgate.core.fair.ApplicationState.WAIT_LISTED;
import static org.festgate.core.fair.FairRole.ORGANIZER;
import static org.festgate.core.fair.FairRole.VENDOR;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which role may take which action on a stall application in which state, and the state it leads to.
 * <p>
 * A vendor submits its draft ({@code DRAFT -> SUBMITTED}) and may cancel until it has paid (from DRAFT,
 * SUBMITTED, APPROVED, WAIT_LISTED or ALLOCATED). An organizer approves ({@code SUBMITTED} or {@code WAIT_LISTED
 * -> APPROVED}), wait-lists ({@code SUBMITTED -> WAIT_LISTED}), rejects ({@code SUBMITTED}, {@code WAIT_LISTED} or
 * {@code APPROVED -> REJECTED}), allocates ({@code APPROVED -> ALLOCATED}), releases a stall ({@code ALLOCATED ->
 * APPROVED}), confirms payment ({@code ALLOCATED -> PAID}), checks in ({@code PAID -> CHECKED_IN}) and may cancel
 * in any state that is not final. REJECTED, CHECKED_IN and CANCELLED are final.
 * <p>
 * This class is immutable and thread-safe; {@link #standard()} gives its one instance.
 */
public final class ApplicationWorkflow {

    private static final ApplicationWorkflow STANDARD = new ApplicationWorkflow();

    /** For each role and action: the state it leads to from each state it is allowed in. */
    private final Map<FairRole, Map<ApplicationAction, Map<ApplicationState, ApplicationState>>> moves =
            new EnumMap<>(FairRole.class);

    private ApplicationWorkflow() {
        allow(VENDOR, SUBMIT, SUBMITTED, DRAFT);
        allow(VENDOR, CANCEL, CANCELLED, DRAFT, SUBMITTED, APPROVED, WAIT_LISTED, ALLOCATED);
        allow(ORGANIZER, APPROVE, APPROVED, SUBMITTED, WAIT_LISTED);
        allow(ORGANIZER, WAIT_LIST, WAIT_LISTED, SUBMITTED);
        allow(ORGANIZER, REJECT, REJECTED, SUBMITTED, WAIT_LISTED, APPROVED);
        allow(ORGANIZER, ALLOCATE, ALLOCATED, APPROVED);
        allow(ORGANIZER, RELEASE, APPROVED, ALLOCATED);
        allow(ORGANIZER, CONFIRM_PAYMENT, PAID, ALLOCATED);
        allow(ORGANIZER, CHECK_IN, CHECKED_IN, PAID);
        allow(ORGANIZER, CANCEL, CANCELLED, DRAFT, SUBMITTED, APPROVED, WAIT_LISTED, ALLOCATED, PAID);
    }

    /**
     * Gets the workflow of Festgate's fairs.
     *
     * @return the workflow, not null
     */
    public static ApplicationWorkflow standard() {
        return STANDARD;
    }

    /**
     * Gives the state an action leads to.
     *
     * @param from   the present state of the application, not null
     * @param action the action, not null
     * @param role   the role taking the action, not null
     * @return the new state, not null
     * @throws NullPointerException        if an argument is null
     * @throws IllegalTransitionException if the role may not take the action in this state
     */
    public ApplicationState next(ApplicationState from, ApplicationAction action, FairRole role) {
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(action, "action is required");
        Objects.requireNonNull(role, "role is required");
        ApplicationState to = moves.get(role).getOrDefault(action, Map.of()).get(from);
        if (to == null) {
            throw new IllegalTransitionException(from, action, role);
        }
        return to;
    }

    /**
     * Gives the actions a role may take in a state, such as for the buttons of a page.
     *
     * @param from the present state of the application, not null
     * @param role the role, not null
     * @return the allowed actions, in the order of {@link ApplicationAction}, unmodifiable, empty in a final state
     * @throws NullPointerException if an argument is null
     */
    public Set<ApplicationAction> allowed(ApplicationState from, FairRole role) {
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(role, "role is required");
        Set<ApplicationAction> allowed = EnumSet.noneOf(ApplicationAction.class);
        moves.get(role).forEach((action, fromTo) -> {
            if (fromTo.containsKey(from)) {
                allowed.add(action);
            }
        });
        return Collections.unmodifiableSet(allowed);
    }

    private void allow(FairRole role, ApplicationAction action, ApplicationState to, ApplicationState... from) {
        Map<ApplicationState, ApplicationState> fromTo = moves.computeIfAbsent(role, r -> new EnumMap<>(
                ApplicationAction.class)).computeIfAbsent(action, a -> new EnumMap<>(ApplicationState.class));
        for (ApplicationState state : from) {
            fromTo.put(state, to);
        }
    }
}
