package org.festgate.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.festgate.core.calendar.LunarDate;
import org.festgate.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

class FestivalScheduleTest {

    private static final LocalizedText OPENING = LocalizedText.of("Khai mạc", "Opening", "开幕");
    private static final LocalizedText GAMES = LocalizedText.of("Trò chơi", "Games", "游戏");

    @Test
    void test_occurrences_multiDayAcrossMonthEnd() {
        FestivalSchedule schedule = FestivalSchedule.of(Schedule.parse("solar:01-30"), 4);
        List<Occurrence> occurrences = schedule.occurrences(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(occurrences).singleElement().satisfies(o -> {
            assertThat(o.start()).isEqualTo(LocalDate.of(2026, 1, 30));
            assertThat(o.endInclusive()).isEqualTo(LocalDate.of(2026, 2, 2));
            assertThat(o.lunarStart()).isEqualTo(LunarDate.from(LocalDate.of(2026, 1, 30)));
        });
    }

    @Test
    void test_occurrences_overlappingRangeStart_included() {
        FestivalSchedule schedule = FestivalSchedule.of(Schedule.parse("solar:01-30"), 4);
        assertThat(schedule.occurrences(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 10)))
                .extracting(Occurrence::start).containsExactly(LocalDate.of(2026, 1, 30));
        assertThat(schedule.occurrences(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 10))).isEmpty();
        assertThat(schedule.occurrences(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 30))).hasSize(1);
    }

    @Test
    void test_occurrences_sessionsInZone_sorted() {
        Session games = Session.of(1, LocalTime.of(14, 0), LocalTime.of(17, 0), GAMES);
        Session opening = Session.of(0, LocalTime.of(8, 0), LocalTime.of(10, 30), OPENING);
        FestivalSchedule schedule = FestivalSchedule.of(LunarYearly.of(1, 15), 2, List.of(games, opening));
        assertThat(schedule.sessions()).containsExactly(opening, games);
        Occurrence o = schedule.occurrences(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).get(0);
        assertThat(o.sessions()).containsExactly(
                new TimedSession(OPENING, ZonedDateTime.of(2026, 3, 3, 8, 0, 0, 0, FestivalSchedule.ZONE),
                        ZonedDateTime.of(2026, 3, 3, 10, 30, 0, 0, FestivalSchedule.ZONE)),
                new TimedSession(GAMES, ZonedDateTime.of(2026, 3, 4, 14, 0, 0, 0, FestivalSchedule.ZONE),
                        ZonedDateTime.of(2026, 3, 4, 17, 0, 0, 0, FestivalSchedule.ZONE)));
        assertThat(o.sessions().get(0).start().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
    }

    @Test
    void test_of_badArguments() {
        assertThatThrownBy(() -> FestivalSchedule.of(LunarYearly.of(1, 15), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
        Session day3 = Session.of(2, LocalTime.of(8, 0), LocalTime.of(9, 0), OPENING);
        assertThatThrownBy(() -> FestivalSchedule.of(LunarYearly.of(1, 15), 2, List.of(day3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("day offset 2");
        assertThatThrownBy(() -> Session.of(0, LocalTime.of(9, 0), LocalTime.of(9, 0), OPENING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("09:00-09:00");
    }
}
