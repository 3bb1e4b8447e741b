package org.festgate.web.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.festgate.core.admission.Direction;
import org.festgate.core.admission.RefusalReason;
import org.festgate.core.admission.ScanRecord;
import org.festgate.web.platform.persistence.SequenceBlock;

/**
 * The three statements of a scan decision, in plain JDBC on the connection of the decision's transaction: lock the
 * ticket's row, read its admitted scans, record the scan. A scan is the hottest write of Festgate; in EclipseLink's
 * unit of work these statements cost several times the database's own work (docs/benchmarks.md, fifth round of
 * scans), and nothing of a scan is read back in its transaction. Everything else reads scans through
 * {@link ScanRepository} and {@link ScanEntity}.
 */
final class ScanLedger {

    /** Allocation of scan ids: {@code scan_seq} grows by 50 (V5). */
    private static final SequenceBlock IDS = new SequenceBlock("scan_seq", 50);

    private static final String LOCK_TICKET = "SELECT id FROM ticket WHERE id = ? FOR UPDATE";

    private static final String ADMITTED_OF_TICKET = "SELECT nonce, event_id, entrance_key, direction, scanned_at,"
            + " reason FROM scan WHERE ticket_id = ? AND admitted = TRUE";

    private static final String RECORD = "INSERT INTO scan (id, " + String.join(", ", ScanEntity.COLUMNS)
            + ") VALUES (?" + ", ?".repeat(ScanEntity.COLUMNS.size()) + ")";

    private final Connection connection;

    ScanLedger(Connection connection) {
        this.connection = connection;
    }

    /**
     * Locks a ticket's row until the transaction ends, so that scans of one ticket, on any instance, are decided
     * one at a time. A ticket id that no row has (a token from elsewhere) locks nothing.
     */
    void lockTicket(long ticketId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOCK_TICKET)) {
            statement.setLong(1, ticketId);
            statement.executeQuery().close();
        }
    }

    /**
     * The ticket's admitted scans, as core-lib's admission decision takes them; from the index
     * {@code scan_ticket_history_ix} alone. The scan time is read as a {@code Timestamp}, which keeps the instant of a
     * {@code TIMESTAMP WITH TIME ZONE}: the pool's wrapper answers {@code getObject(int, Class)} by reflection.
     */
    List<ScanRecord> admittedOf(long ticketId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ADMITTED_OF_TICKET)) {
            statement.setLong(1, ticketId);
            List<ScanRecord> admitted = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String reason = row.getString(6);
                    admitted.add(new ScanRecord(UUID.fromString(row.getString(1)), ticketId,
                            Math.toIntExact(row.getLong(2)), row.getString(3), Direction.valueOf(row.getString(4)),
                            row.getTimestamp(5).toInstant(),
                            Optional.ofNullable(reason).map(RefusalReason::valueOf)));
                }
            }
            return admitted;
        }
    }

    /**
     * Records a scan under a new id. A nonce already recorded fails on its unique constraint: the caller answers
     * with the stored scan.
     */
    void record(ScanEntity scan) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(RECORD)) {
            statement.setLong(1, IDS.next(connection));
            int index = 2;
            for (Object value : scan.columnValues()) {
                statement.setObject(index++, value);
            }
            statement.executeUpdate();
        }
    }
}
