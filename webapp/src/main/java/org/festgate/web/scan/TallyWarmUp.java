package org.festgate.web.scan;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.festgate.web.platform.StartupTasks;

/**
 * Counts the settled scans of every event with scans ({@link EntryTally}) once the schema is ready, in the
 * background: the first count of a large event reads all of its scans (seconds on H2), which would otherwise fall
 * on the first dashboard call after a start. The instance is ready meanwhile; a call for an event still being
 * counted waits for that count. If the count fails, calls count on their own, as without it.
 */
@ApplicationScoped
class TallyWarmUp {

    private static final Logger LOG = Logger.getLogger(TallyWarmUp.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private EntryTally tally;

    void onSchemaReady(@Observes StartupTasks.SchemaReady ready) {
        executor.execute(() -> {
            try {
                long start = System.nanoTime();
                int events = tally.countSettled();
                LOG.info(() -> "Counted the settled scans of " + events + " events at start-up in "
                        + (System.nanoTime() - start) / 1_000_000 + " ms");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Counting the settled scans at start-up failed; calls will count them", e);
            }
        });
    }
}
