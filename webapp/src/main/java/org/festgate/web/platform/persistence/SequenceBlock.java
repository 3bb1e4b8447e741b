package org.festgate.web.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids from a database sequence that grows by a block at a time ({@code INCREMENT BY} the block size), handed out
 * one by one by this instance: one {@code nextval} per block, as EclipseLink allocates ids for its entities. A
 * sequence value {@code v} stands for the ids {@code v - size + 1} to {@code v}, so instances sharing the database
 * never hand out the same id. Thread-safe.
 */
public final class SequenceBlock {

    private final String nextValue;
    private final int size;
    private long next;
    private long last = -1;

    /**
     * @param sequence the sequence's name
     * @param size its {@code INCREMENT BY}
     */
    public SequenceBlock(String sequence, int size) {
        this.nextValue = "SELECT nextval('" + sequence + "')";
        this.size = size;
    }

    /** The next id, taking a new block through {@code connection} when this one is used up. */
    public synchronized long next(Connection connection) throws SQLException {
        if (next > last) {
            try (PreparedStatement statement = connection.prepareStatement(nextValue);
                 ResultSet row = statement.executeQuery()) {
                row.next();
                last = row.getLong(1);
                next = last - size + 1;
            }
        }
        return next++;
    }
}
