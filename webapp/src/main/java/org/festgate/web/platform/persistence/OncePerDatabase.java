package org.festgate.web.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.UnaryOperator;

/**
 * Runs a start-up task under the database lock of its {@link AppState} row: an instance that starts while
 * another runs the task waits, then sees the state the first one left.
 */
@ApplicationScoped
public class OncePerDatabase {

    @PersistenceContext
    private EntityManager em;

    /**
     * Locks the state row, hands its value to the task, and stores what the task returns, in one transaction.
     *
     * @param name the state row, created by a migration
     * @param task from the current value to the new one
     */
    @Transactional
    public void run(String name, UnaryOperator<String> task) {
        AppState state = em.find(AppState.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            throw new IllegalStateException("no app_state row " + name + ": is the schema migrated?");
        }
        state.setValue(task.apply(state.value()));
    }
}
