package org.festgate.core.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketTypeRulesTest {

    private static final TicketTypeRules EVENINGS = TicketTypeRules.of(3)
            .withDailyWindow(LocalTime.of(8, 0), LocalTime.of(11, 0))
            .withDailyWindow(LocalTime.of(18, 0), LocalTime.of(22, 0));

    @Test
    void test_of_allowsEverything() {
        TicketTypeRules rules = TicketTypeRules.of(1);
        assertThat(rules.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(rules.allowsEntrance("north-gate")).isTrue();
        assertThat(rules.allowsEntryAt(Instant.parse("2026-02-10T20:00:00Z"))).isTrue();
        assertThatThrownBy(() -> rules.nextWindowStart(Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void test_withEntrances() {
        TicketTypeRules rules = TicketTypeRules.of(1).withEntrances(Set.of("north-gate"));
        assertThat(rules.allowsEntrance("north-gate")).isTrue();
        assertThat(rules.allowsEntrance("south-gate")).isFalse();
        assertThatThrownBy(() -> rules.withEntrances(Set.of("North Gate")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("North Gate");
    }

    /** Times are local (UTC+7): 10:00Z is 17:00 local. */
    @ParameterizedTest
    @CsvSource({
        "2026-02-10T00:59:00Z, false, 08:00", "2026-02-10T01:00:00Z, true, 18:00",
        "2026-02-10T04:00:00Z, false, 18:00",
        "2026-02-10T10:59:00Z, false, 18:00", "2026-02-10T11:00:00Z, true, 08:00",
        "2026-02-10T15:00:00Z, false, 08:00", "2026-02-09T23:30:00Z, false, 08:00"})
    void test_allowsEntryAt_nextWindowStart(Instant at, boolean allowed, LocalTime next) {
        assertThat(EVENINGS.allowsEntryAt(at)).isEqualTo(allowed);
        assertThat(EVENINGS.nextWindowStart(at)).isEqualTo(next);
    }

    @Test
    void test_withZone() {
        TicketTypeRules utc = EVENINGS.withZone(ZoneId.of("UTC"));
        assertThat(utc.allowsEntryAt(Instant.parse("2026-02-10T18:30:00Z"))).isTrue();
        assertThat(EVENINGS.allowsEntryAt(Instant.parse("2026-02-10T18:30:00Z"))).isFalse();
    }
}
