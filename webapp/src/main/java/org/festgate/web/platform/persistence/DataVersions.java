package org.festgate.web.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The shared version numbers of {@code data_version}: a writer raises one in its own transaction, readers
 * compare it with the version of what they hold. This keeps per-instance snapshots exactly as fresh as the
 * database, whichever instance made the change.
 */
@ApplicationScoped
public class DataVersions {

    @PersistenceContext
    private EntityManager em;

    /** The committed version of the named data. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long current(String name) {
        Object version = em.createNativeQuery("SELECT version FROM data_version WHERE name = ?")
                .setParameter(1, name).getSingleResult();
        return ((Number) version).longValue();
    }

    /** Raises the version of the named data, within the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(String name) {
        em.createNativeQuery("UPDATE data_version SET version = version + 1 WHERE name = ?")
                .setParameter(1, name).executeUpdate();
    }
}
