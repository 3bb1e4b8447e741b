package org.festgate.web.fair;

import java.util.List;
import org.festgate.core.fair.ApplicationAction;
import org.festgate.core.fair.ApplicationState;
import org.festgate.core.fair.ApplicationWorkflow;
import org.festgate.core.fair.FairRole;
import org.festgate.core.fair.IllegalTransitionException;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/** Core-lib's application workflow, with a refused move answered as a 409 problem naming state and action. */
final class Workflow {

    private Workflow() {
    }

    /**
     * The state an action leads to.
     *
     * @throws ProblemException 409 naming the state, the action and the role when the move is not allowed
     */
    static ApplicationState next(ApplicationState from, ApplicationAction action, FairRole role) {
        try {
            return ApplicationWorkflow.standard().next(from, action, role);
        } catch (IllegalTransitionException e) {
            throw new ProblemException(Problem.conflict("action", e.getMessage()));
        }
    }

    /** The actions a role may take from a state, by name. */
    static List<String> allowed(ApplicationState from, FairRole role) {
        return ApplicationWorkflow.standard().allowed(from, role).stream().map(Enum::name).sorted().toList();
    }
}
