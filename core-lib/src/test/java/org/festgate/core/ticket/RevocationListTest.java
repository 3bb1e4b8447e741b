package org.festgate.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevocationListTest {

    @Test
    void test_empty() {
        assertThat(RevocationList.empty().size()).isZero();
        assertThat(RevocationList.empty().contains(1)).isFalse();
        assertThat(RevocationList.of(List.of())).isSameAs(RevocationList.empty());
    }

    @Test
    void test_of_distinct() {
        RevocationList list = RevocationList.of(List.of(9L, 3L, 9L, 5L));

        assertThat(list.size()).isEqualTo(3);
        assertThat(list.contains(3)).isTrue();
        assertThat(list.contains(5)).isTrue();
        assertThat(list.contains(9)).isTrue();
        assertThat(list.contains(4)).isFalse();
        assertThat(list).isEqualTo(RevocationList.of(List.of(5L, 9L, 3L))).hasToString("RevocationList[3 revoked]");
    }

    @Test
    void test_with() {
        RevocationList list = RevocationList.of(List.of(3L, 9L));
        RevocationList more = list.with(5).with(1).with(12);

        assertThat(list.size()).isEqualTo(2);
        assertThat(more).isEqualTo(RevocationList.of(List.of(1L, 3L, 5L, 9L, 12L)));
        assertThat(more.with(5)).isSameAs(more);
    }

    @Test
    void test_of_badIds() {
        assertThatIllegalArgumentException().isThrownBy(() -> RevocationList.of(List.of(0L)))
                .withMessageContaining("ticket id must be from 1 to 281474976710655: 0");
        assertThatIllegalArgumentException().isThrownBy(() -> RevocationList.empty().with(1L << 48));
        assertThatNullPointerException().isThrownBy(() -> RevocationList.of(Arrays.asList(1L, null)));
    }
}
