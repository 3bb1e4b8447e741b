package org.festgate.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import org.festgate.core.text.Provenance;
import org.junit.jupiter.api.Test;

class TradeTargetTest {

    private static final TradeTarget TURNOVER = TradeTarget.of("total-import-export", 2015,
            new BigDecimal("19500000"), new BigDecimal("0.10"), 2020, Provenance.source("Kết luận 2016"));

    @Test
    void test_targetFor_compounds() {
        assertThat(TURNOVER.targetFor(2015)).isEqualByComparingTo("19500000.00");
        assertThat(TURNOVER.targetFor(2016)).isEqualTo(new BigDecimal("21450000.00"));
        // 19.5e6 * 1.1^5 = 19.5e6 * 1.61051 = 31404945
        assertThat(TURNOVER.targetFor(2020)).isEqualTo(new BigDecimal("31404945.00"));
    }

    @Test
    void test_path_isTheTargetsPath() {
        assertThat(TURNOVER.path()).isEqualTo(TargetPath.of(Year.of(2015), new BigDecimal("19500000"),
                new BigDecimal("0.1")));
        assertThat(TURNOVER.path().valueIn(Year.of(2021))).as("goes on after the target year")
                .isEqualTo(new BigDecimal("34545439.50"));
    }

    @Test
    void test_targetFor_roundsHalfEven() {
        TradeTarget t = TradeTarget.of("x", 2015, new BigDecimal("0.125"), BigDecimal.ZERO, 2016,
                Provenance.sample("rounding"));
        assertThat(t.targetFor(2016)).isEqualTo(new BigDecimal("0.12"));
    }

    @Test
    void test_targetFor_outsidePeriod() {
        assertThatThrownBy(() -> TURNOVER.targetFor(2021))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021");
    }

    @Test
    void test_of_badArguments() {
        Provenance p = Provenance.sample("x");
        assertThatThrownBy(() -> TradeTarget.of("x", 2015, BigDecimal.ONE, BigDecimal.ONE, 2015, p))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetYear");
        assertThatThrownBy(() -> TradeTarget.of("x", 2015, BigDecimal.ONE.negate(), BigDecimal.ONE, 2016, p))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseValueUsd");
        assertThatThrownBy(() -> TradeTarget.of("x", 2015, BigDecimal.ZERO, BigDecimal.ONE, 2016, p))
                .as("no growth path starts from nothing")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseValueUsd");
        assertThatThrownBy(() -> TradeTarget.of("x", 2015, BigDecimal.ONE, BigDecimal.ONE, 3016, p))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetYear");
        assertThatThrownBy(() -> TradeTarget.of("x", 2015, BigDecimal.ONE, new BigDecimal("-1"), 2016, p))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("annualGrowthRate");
    }
}
