package org.festgate.web.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared version numbers of {@code data_version}: a writer raises one in its own transaction, readers
 * compare it with the version of what they hold. This keeps per-instance snapshots exactly as fresh as the
 * database, whichever instance made the change.
 * <p>
 * Within a transaction all versions are read once, in one statement, and the transaction keeps seeing them: a
 * scan that asks for the ticket and the festival versions several times costs one read, and everything it
 * decides rests on one consistent set of versions. A raise in the same transaction forgets that set
 * (an empty set stands for none).
 */
@ApplicationScoped
public class DataVersions {

    /** Key of the versions read by the current transaction in the transaction's resources. */
    private static final String READ = DataVersions.class.getName();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /** The committed version of the named data, as the current transaction first read it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long current(String name) {
        Long version = versions().get(name);
        if (version == null) {
            throw new IllegalStateException("no data_version row named " + name);
        }
        return version;
    }

    /** Raises the version of the named data, within the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(String name) {
        em.createNativeQuery("UPDATE data_version SET version = version + 1 WHERE name = ?")
                .setParameter(1, name).executeUpdate();
        transaction.putResource(READ, Map.of());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> versions() {
        boolean inTransaction = transaction.getTransactionKey() != null;
        Map<String, Long> read = inTransaction ? (Map<String, Long>) transaction.getResource(READ) : null;
        if (read == null || read.isEmpty()) {
            read = new HashMap<>();
            for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT name, version FROM data_version")
                    .getResultList()) {
                read.put((String) row[0], ((Number) row[1]).longValue());
            }
            if (inTransaction) {
                transaction.putResource(READ, read);
            }
        }
        return read;
    }
}
