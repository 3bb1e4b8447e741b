package org.festgate.web.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketSetTest {

    @Test
    void repeatsCountOnce() {
        TicketSet tickets = TicketSet.of(List.of(7L, 3L, 7L, 5L, 3L));
        assertThat(tickets.size()).isEqualTo(3);
        assertThat(tickets.contains(3)).isTrue();
        assertThat(tickets.contains(4)).isFalse();
        assertThat(TicketSet.of(List.of())).isSameAs(TicketSet.EMPTY);
    }

    @Test
    void theUnionHoldsEachTicketOfEitherOnce() {
        TicketSet settled = TicketSet.of(List.of(1L, 4L, 9L));
        TicketSet newer = TicketSet.of(List.of(2L, 4L, 10L, 11L));
        TicketSet union = settled.with(newer);
        assertThat(union.size()).isEqualTo(6);
        assertThat(List.of(1L, 2L, 4L, 9L, 10L, 11L)).allSatisfy(id -> assertThat(union.contains(id)).isTrue());
        assertThat(settled.sizeWith(newer)).isEqualTo(6);
        assertThat(newer.sizeWith(settled)).isEqualTo(6);
    }

    @Test
    void anEmptySideLeavesTheOther() {
        TicketSet tickets = TicketSet.of(List.of(Long.MIN_VALUE, 0L, Long.MAX_VALUE));
        assertThat(tickets.with(TicketSet.EMPTY)).isSameAs(tickets);
        assertThat(TicketSet.EMPTY.with(tickets)).isSameAs(tickets);
        assertThat(tickets.sizeWith(TicketSet.EMPTY)).isEqualTo(3);
        assertThat(TicketSet.EMPTY.sizeWith(tickets)).isEqualTo(3);
    }

    @Test
    void takingInBatchesCountsAsASetWould() {
        Random random = new Random(20261128);
        Set<Long> expected = new HashSet<>();
        TicketSet tickets = TicketSet.EMPTY;
        for (int batch = 0; batch < 50; batch++) {
            List<Long> ids = new ArrayList<>();
            for (int i = random.nextInt(200); i > 0; i--) {
                ids.add((long) random.nextInt(2_000));
            }
            TicketSet newer = TicketSet.of(ids);
            Set<Long> together = new HashSet<>(expected);
            together.addAll(ids);
            assertThat(tickets.sizeWith(newer)).isEqualTo(together.size());
            tickets = tickets.with(newer);
            expected = together;
            assertThat(tickets.size()).isEqualTo(expected.size());
        }
        for (long id = 0; id < 2_000; id++) {
            assertThat(tickets.contains(id)).isEqualTo(expected.contains(id));
        }
    }
}
