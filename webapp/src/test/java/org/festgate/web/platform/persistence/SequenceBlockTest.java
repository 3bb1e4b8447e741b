package org.festgate.web.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ids from a sequence that grows by blocks, on a real (in-memory H2) sequence like the migrations' ones. */
class SequenceBlockTest {

    private Connection connection;

    @BeforeEach
    void sequence() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:sequence-block");
        connection.createStatement().execute("CREATE SEQUENCE scan_seq START WITH 50 INCREMENT BY 50");
    }

    @AfterEach
    void close() throws SQLException {
        connection.createStatement().execute("DROP SEQUENCE scan_seq");
        connection.close();
    }

    @Test
    void handsOutTheIdsOfEachBlockInOrderFromOne() throws SQLException {
        SequenceBlock ids = new SequenceBlock("scan_seq", 50);
        List<Long> taken = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            taken.add(ids.next(connection));
        }
        assertThat(taken.get(0)).isEqualTo(1);
        assertThat(taken.get(49)).isEqualTo(50);
        assertThat(taken.get(50)).isEqualTo(51);
        assertThat(taken.get(119)).isEqualTo(120);
        assertThat(taken).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void twoInstancesOnOneSequenceNeverHandOutTheSameId() throws SQLException {
        SequenceBlock first = new SequenceBlock("scan_seq", 50);
        SequenceBlock second = new SequenceBlock("scan_seq", 50);
        Set<Long> taken = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            assertThat(taken.add(first.next(connection))).isTrue();
            assertThat(taken.add(second.next(connection))).isTrue();
        }
        assertThat(taken).hasSize(1000);
    }
}
