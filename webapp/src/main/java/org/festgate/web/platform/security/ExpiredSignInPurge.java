package org.festgate.web.platform.security;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Deletes expired sessions and tokens every hour. Every instance does it; the deletion is idempotent, so
 * instances need no coordination.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ExpiredSignInPurge {

    private static final Logger LOG = Logger.getLogger(ExpiredSignInPurge.class.getName());

    @Inject
    private SignIns signIns;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void purge() {
        int removed = signIns.purgeExpired();
        LOG.fine(() -> "removed " + removed + " expired sign-ins");
    }
}
