package org.festgate.core.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.festgate.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

class FairTest {

    private static final LocalizedText NAME = LocalizedText.of("Hội chợ Gầu Tào", "Gau Tao fair", "高陶节博览会");
    private static final StallMap MAP = StallMap.of(100, 100, List.of(), List.of());
    private static final FairDay DAY_1 = day(20);
    private static final FairDay DAY_2 = day(21);
    private static final FairDay DAY_3 = day(22);

    @Test
    void test_of_sortsDays() {
        Fair fair = Fair.of("gau-tao-2026", NAME, "gau-tao", "san-van-dong", List.of(DAY_3, DAY_1, DAY_2), MAP);

        assertThat(fair.days()).containsExactly(DAY_1, DAY_2, DAY_3);
        assertThat(fair.key()).isEqualTo("gau-tao-2026");
        assertThat(fair.name()).isEqualTo(NAME);
        assertThat(fair.festivalKey()).contains("gau-tao");
        assertThat(fair.venueKey()).isEqualTo("san-van-dong");
        assertThat(fair.map()).isEqualTo(MAP);
        assertThat(fair).hasToString("Fair[gau-tao-2026, 2026-02-20..2026-02-22]")
                .isEqualTo(Fair.of("gau-tao-2026", NAME, "gau-tao", "san-van-dong", List.of(DAY_1, DAY_2, DAY_3), MAP))
                .hasSameHashCodeAs(Fair.of("gau-tao-2026", NAME, "gau-tao", "san-van-dong",
                        List.of(DAY_2, DAY_1, DAY_3), MAP))
                .isNotEqualTo(Fair.of("gau-tao-2026", NAME, null, "san-van-dong", List.of(DAY_1, DAY_2, DAY_3), MAP));
    }

    @Test
    void test_isOn() {
        Fair fair = Fair.of("hoi-cho", NAME, null, "quang-truong", List.of(DAY_1, DAY_3), MAP);

        assertThat(fair.festivalKey()).isEmpty();
        assertThat(fair.isOn(LocalDate.of(2026, 2, 20))).isTrue();
        assertThat(fair.isOn(LocalDate.of(2026, 2, 21))).isFalse();
        assertThat(fair.isOn(LocalDate.of(2026, 2, 22))).isTrue();
    }

    @Test
    void test_of_badDays() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fair.of("f", NAME, null, "v", List.of(DAY_1, DAY_2, day(20)), MAP))
                .withMessage("days: the date 2026-02-20 comes twice");
        assertThatIllegalArgumentException().isThrownBy(() -> Fair.of("f", NAME, null, "v", List.of(), MAP))
                .withMessage("days must hold at least one day");
        assertThatNullPointerException()
                .isThrownBy(() -> Fair.of("f", NAME, null, "v", Arrays.asList(DAY_1, null), MAP))
                .withMessage("days must not hold null");
    }

    @Test
    void test_of_badArguments() {
        assertThatIllegalArgumentException().isThrownBy(() -> Fair.of("F", NAME, null, "v", List.of(DAY_1), MAP))
                .withMessageStartingWith("key must match");
        assertThatIllegalArgumentException().isThrownBy(() -> Fair.of("f", NAME, " ", "v", List.of(DAY_1), MAP))
                .withMessageStartingWith("festivalKey must match");
        assertThatNullPointerException().isThrownBy(() -> Fair.of("f", NAME, null, null, List.of(DAY_1), MAP))
                .withMessage("venueKey is required");
        assertThatNullPointerException().isThrownBy(() -> Fair.of("f", null, null, "v", List.of(DAY_1), MAP))
                .withMessage("name is required");
        assertThatNullPointerException().isThrownBy(() -> Fair.of("f", NAME, null, "v", List.of(DAY_1), null))
                .withMessage("map is required");
    }

    @Test
    void test_fairDay() {
        assertThat(DAY_1.date()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FairDay.of(LocalDate.of(2026, 2, 20), LocalTime.of(18, 0), LocalTime.of(18, 0)))
                .withMessage("closes must be after opens on 2026-02-20: 18:00-18:00");
        assertThatNullPointerException().isThrownBy(() -> FairDay.of(null, LocalTime.NOON, LocalTime.MAX))
                .withMessage("date is required");
    }

    @Test
    void test_zone() {
        assertThat(Zone.of("am-thuc", NAME).key()).isEqualTo("am-thuc");
        assertThatIllegalArgumentException().isThrownBy(() -> Zone.of("Am thuc", NAME))
                .withMessageStartingWith("key must match");
        assertThatNullPointerException().isThrownBy(() -> Zone.of("am-thuc", null)).withMessage("name is required");
    }

    private static FairDay day(int dayOfMonth) {
        return FairDay.of(LocalDate.of(2026, 2, dayOfMonth), LocalTime.of(7, 30), LocalTime.of(22, 0));
    }
}
