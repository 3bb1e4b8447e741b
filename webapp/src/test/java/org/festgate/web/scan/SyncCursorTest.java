package org.festgate.web.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.festgate.web.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class SyncCursorTest {

    @Test
    void aSyncCursorLooksBackAMinuteAndAContinuationGoesOnExactly() {
        SyncCursor sync = SyncCursor.parse("1790000000000");
        assertThat(sync.isContinuation()).isFalse();
        assertThat(sync.lookBackFrom()).isEqualTo(Instant.ofEpochMilli(1_790_000_000_000L - 60_000));
        assertThat(sync.toString()).isEqualTo("1790000000000");

        SyncCursor next = SyncCursor.parse("1790000000000.4711");
        assertThat(next.isContinuation()).isTrue();
        assertThat(next.afterId()).isEqualTo(4711L);
        assertThat(next.toString()).isEqualTo("1790000000000.4711");
    }

    @Test
    void nothingYetIsTheStartOfTime() {
        assertThat(SyncCursor.parse(null)).isEqualTo(SyncCursor.START);
        assertThat(SyncCursor.parse("0").lookBackFrom()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void anythingElseIsA400NamingSince() {
        for (String bad : new String[] {"yesterday", "-5", "1.", ".5", "1.2.3", "1.-2", "99999999999999999999"}) {
            assertThatThrownBy(() -> SyncCursor.parse(bad)).as(bad).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.problem().errors().get(0).field()).isEqualTo("since"));
        }
    }
}
