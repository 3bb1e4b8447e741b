package org.festgate.web.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The shared version numbers of {@code data_version}: a writer raises one in its own transaction, readers
 * compare it with the version of what they hold. This keeps per-instance snapshots exactly as fresh as the
 * database, whichever instance made the change.
 * <p>
 * Within a transaction all versions are read once, in one statement, and the transaction keeps seeing them: a
 * scan that asks for the ticket and the festival versions several times costs one read, and everything it
 * decides rests on one consistent set of versions. A raise in the same transaction forgets that set
 * (an empty set stands for none). The read is plain JDBC on the transaction's connection, which the container shares
 * with JPA within a transaction (so it sees a raise of the same transaction): a scan, which starts with it, then
 * needs no persistence context at all.
 */
@ApplicationScoped
public class DataVersions {

    /** Key of the versions read by the current transaction in the transaction's resources. */
    private static final String READ = DataVersions.class.getName();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Resource(lookup = FestgateDataSource.JNDI_NAME)
    private DataSource dataSource;

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
            read = readAll();
            if (inTransaction) {
                transaction.putResource(READ, read);
            }
        }
        return read;
    }

    private Map<String, Long> readAll() {
        Map<String, Long> read = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT name, version FROM data_version");
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                read.put(row.getString(1), row.getLong(2));
            }
        } catch (SQLException e) {
            throw new PersistenceException("data versions not read: " + e.getMessage(), e);
        }
        return read;
    }
}
