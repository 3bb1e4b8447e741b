package org.festgate.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.core.schedule.Schedule;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.text.Provenance;
import org.junit.jupiter.api.Test;

class FestivalTest {

    private static final LocalizedText TEXT = LocalizedText.of("Gầu Tào", "Gau Tao", "高跳节");
    private static final FestivalSchedule SCHEDULE = FestivalSchedule.of(Schedule.parse("lunar:01-15"), 3);

    private static Festival festival(String key, Set<EthnicGroup> groups) {
        return Festival.of(key, TEXT, groups, "san-van-dong", SCHEDULE, TEXT, Provenance.sample("test"));
    }

    @Test
    void test_ethnicGroups_copiedInDeclarationOrder() {
        Set<EthnicGroup> groups = new LinkedHashSet<>(List.of(EthnicGroup.DAO, EthnicGroup.MONG));
        Festival festival = festival("gau-tao", groups);
        groups.clear();
        assertThat(festival.ethnicGroups()).containsExactly(EthnicGroup.MONG, EthnicGroup.DAO);
        assertThatThrownBy(() -> festival.ethnicGroups().add(EthnicGroup.THAI))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(festival("x", Set.of()).ethnicGroups()).isEmpty();
    }

    @Test
    void test_of_badKey() {
        assertThatThrownBy(() -> festival("Gầu Tào", Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Gầu Tào");
    }
}
