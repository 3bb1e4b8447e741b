package org.festgate.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

class TargetGapTest {

    private static final Year Y2017 = Year.of(2017);

    @Test
    void test_ahead() {
        // 24,000,000 - 23,595,000 = 405,000; x 100 / 23,595,000 = 1.71646... -> 1.72
        TargetGap gap = TargetPathTest.TURNOVER.gapIn(Y2017, new BigDecimal("24000000"));
        assertThat(gap.year()).isEqualTo(Y2017);
        assertThat(gap.actualUsd()).isEqualTo(new BigDecimal("24000000"));
        assertThat(gap.differenceUsd()).isEqualTo(new BigDecimal("405000.00"));
        assertThat(gap.differencePercent()).isEqualTo(new BigDecimal("1.72"));
        assertThat(gap.isAhead()).isTrue();
        assertThat(gap.isBehind()).isFalse();
        assertThat(gap).hasToString("TargetGap[2017: actual 24000000, target 23595000.00, 405000.00 USD (1.72 %)]");
    }

    @Test
    void test_onThePath() {
        // 1.07^3 x 6,300,000 = 7,717,770.90
        TargetGap gap = TargetPathTest.LOCAL_GOODS.gapIn(Year.of(2018), new BigDecimal("7717770.9"));
        assertThat(gap.differenceUsd()).isEqualByComparingTo("0");
        assertThat(gap.differencePercent()).isEqualTo(new BigDecimal("0.00"));
        assertThat(gap.isAhead()).isFalse();
        assertThat(gap.isBehind()).isFalse();
    }

    @Test
    void test_percent_roundsHalfEven() {
        // target 200: a difference of 0.01 is 0.005 % -> 0.00 (even); 0.03 is 0.015 % -> 0.02 (even)
        TargetPath path = TargetPath.of(Year.of(2020), new BigDecimal("200"), BigDecimal.ZERO);
        assertThat(path.gapIn(Year.of(2020), new BigDecimal("200.01")).differencePercent())
                .isEqualTo(new BigDecimal("0.00"));
        assertThat(path.gapIn(Year.of(2020), new BigDecimal("200.03")).differencePercent())
                .isEqualTo(new BigDecimal("0.02"));
        // nothing at all: -100 %
        assertThat(path.gapIn(Year.of(2021), BigDecimal.ZERO).differencePercent())
                .isEqualTo(new BigDecimal("-100.00"));
    }

    @Test
    void test_negativeActual() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TargetPathTest.TURNOVER.gapIn(Y2017, new BigDecimal("-1")))
                .withMessageContaining("actualUsd");
    }

    @Test
    void test_equalsHashCode() {
        TargetGap gap = TargetPathTest.TURNOVER.gapIn(Y2017, new BigDecimal("24000000"));
        TargetGap same = TargetPathTest.TURNOVER.gapIn(Y2017, new BigDecimal("24000000.00"));
        assertThat(same).isEqualTo(gap).hasSameHashCodeAs(gap);
        assertThat(TargetPathTest.TURNOVER.gapIn(Y2017, new BigDecimal("24000000.01"))).isNotEqualTo(gap);
    }
}
