package org.festgate.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The province's two targets of 2016 (Resolution 10-NQ/TU): every expected value computed by hand beside it. */
class TargetPathTest {

    /** Import-export turnover: 19.5 million USD in 2015, +10 % a year. */
    static final TargetPath TURNOVER = TargetPath.of(Year.of(2015), new BigDecimal("19500000"),
            new BigDecimal("0.10"));
    /** Exports of local goods: 6.3 million USD in 2015, +7 % a year. */
    static final TargetPath LOCAL_GOODS = TargetPath.of(Year.of(2015), new BigDecimal("6300000"),
            new BigDecimal("0.07"));

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            // 19,500,000 x 1.1^0 = 19,500,000
            "turnover, 2015, 19500000.00",
            // 19,500,000 x 1.1 = 21,450,000
            "turnover, 2016, 21450000.00",
            // 1.1^2 = 1.21; 19,500,000 x 1.21 = 23,595,000
            "turnover, 2017, 23595000.00",
            // 1.1^3 = 1.331; 19,500,000 x 1.331 = 25,954,500
            "turnover, 2018, 25954500.00",
            // 1.1^4 = 1.4641; 19,500,000 x 1.4641 = 28,549,950
            "turnover, 2019, 28549950.00",
            // 1.1^5 = 1.61051; 19,500,000 x 1.61051 = 31,404,945
            "turnover, 2020, 31404945.00",
            // 6,300,000 x 1.07^0 = 6,300,000
            "local goods, 2015, 6300000.00",
            // 6,300,000 x 1.07 = 6,741,000
            "local goods, 2016, 6741000.00",
            // 1.07^2 = 1.1449; 6,300,000 x 1.1449 = 7,212,870
            "local goods, 2017, 7212870.00",
            // 1.07^3 = 1.1449 x 1.07 = 1.225043; 6,300,000 x 1.225043 = 7,717,770.9
            "local goods, 2018, 7717770.90",
            // 1.07^4 = 1.225043 + 0.08575301 = 1.31079601; x 6,300,000 = 8,258,014.863 -> .86 (3 < 5, down)
            "local goods, 2019, 8258014.86",
            // 1.07^5 = 1.31079601 + 0.0917557207 = 1.4025517307; x 6,300,000 = 8,836,075.90341 -> .90
            "local goods, 2020, 8836075.90"
    })
    void test_valueIn_province2016to2020(String indicator, int year, String expected) {
        TargetPath path = indicator.equals("turnover") ? TURNOVER : LOCAL_GOODS;
        assertThat(path.valueIn(Year.of(year))).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void test_valueIn_goesOnAfterThePlan() {
        // 1.1^6 = 1.771561; 19,500,000 x 1.771561 = 34,545,439.5
        assertThat(TURNOVER.valueIn(Year.of(2021))).isEqualTo(new BigDecimal("34545439.50"));
    }

    @Test
    void test_valueIn_anyBaseYearAndRate() {
        // 1,000 x 0.95^2 = 1,000 x 0.9025 = 902.50
        TargetPath falling = TargetPath.of(Year.of(2024), new BigDecimal("1000"), new BigDecimal("-0.05"));
        assertThat(falling.valueIn(Year.of(2026))).isEqualTo(new BigDecimal("902.50"));
        // 0.125 x 1^1 = 0.125 -> 0.12: half-even keeps the even cent
        TargetPath flat = TargetPath.of(Year.of(1990), new BigDecimal("0.125"), BigDecimal.ZERO);
        assertThat(flat.valueIn(Year.of(1991))).isEqualTo(new BigDecimal("0.12"));
        // 0.135 -> 0.14: half-even rounds up to the even cent
        assertThat(TargetPath.of(Year.of(1990), new BigDecimal("0.135"), BigDecimal.ZERO).valueIn(Year.of(1990)))
                .isEqualTo(new BigDecimal("0.14"));
    }

    @Test
    void test_valueIn_outsideThePath() {
        assertThatIllegalArgumentException().isThrownBy(() -> TURNOVER.valueIn(Year.of(2014)))
                .withMessageContaining("2014");
        assertThatIllegalArgumentException().isThrownBy(() -> TURNOVER.valueIn(Year.of(3016)))
                .withMessageContaining("3016");
        assertThat(TURNOVER.valueIn(Year.of(3015))).isPositive();
        assertThatNullPointerException().isThrownBy(() -> TURNOVER.valueIn(null)).withMessageContaining("year");
    }

    @Test
    void test_gapIn() {
        // 20,000,000 - 21,450,000 = -1,450,000; x 100 / 21,450,000 = -6.7599... -> -6.76
        TargetGap behind = TURNOVER.gapIn(Year.of(2016), new BigDecimal("20000000"));
        assertThat(behind.targetUsd()).isEqualTo(new BigDecimal("21450000.00"));
        assertThat(behind.differenceUsd()).isEqualByComparingTo("-1450000");
        assertThat(behind.differencePercent()).isEqualTo(new BigDecimal("-6.76"));
        assertThat(behind.isBehind()).isTrue();
        // 8,000,000 - 8,836,075.90 = -836,075.90; x 100 / 8,836,075.90 = -9.46207... -> -9.46
        assertThat(LOCAL_GOODS.gapIn(Year.of(2020), new BigDecimal("8000000")).differencePercent())
                .isEqualTo(new BigDecimal("-9.46"));
    }

    @Test
    void test_averageGrowthTo() {
        // (28,000,000 / 19,500,000)^(1/4) - 1 = 1.4358974...^(1/4) - 1 = 0.09466404... -> 0.094664
        assertThat(TURNOVER.averageGrowthTo(Year.of(2019), new BigDecimal("28000000")))
                .isEqualTo(new BigDecimal("0.094664"));
        // (7,000,000 / 6,300,000)^(1/3) - 1 = 1.1111...^(1/3) - 1 = 0.03574416... -> 0.035744
        assertThat(LOCAL_GOODS.averageGrowthTo(Year.of(2018), new BigDecimal("7000000")))
                .isEqualTo(new BigDecimal("0.035744"));
        // on the path, the average growth is the rate: 31,404,945 / 19,500,000 = 1.61051 = 1.1^5
        assertThat(TURNOVER.averageGrowthTo(Year.of(2020), new BigDecimal("31404945")))
                .isEqualTo(new BigDecimal("0.100000"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TURNOVER.averageGrowthTo(Year.of(2015), new BigDecimal("19500000")))
                .withMessageContaining("2015");
    }

    @Test
    void test_of_badArguments() {
        Year year = Year.of(2015);
        assertThatIllegalArgumentException().isThrownBy(() -> TargetPath.of(year, BigDecimal.ZERO, BigDecimal.ONE))
                .withMessageContaining("baseValueUsd");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TargetPath.of(year, BigDecimal.ONE, new BigDecimal("-1")))
                .withMessageContaining("annualGrowthRate");
        assertThatNullPointerException().isThrownBy(() -> TargetPath.of(null, BigDecimal.ONE, BigDecimal.ONE))
                .withMessageContaining("baseYear");
        assertThatNullPointerException().isThrownBy(() -> TargetPath.of(year, null, BigDecimal.ONE))
                .withMessageContaining("baseValueUsd");
        assertThatNullPointerException().isThrownBy(() -> TargetPath.of(year, BigDecimal.ONE, null))
                .withMessageContaining("annualGrowthRate");
    }

    @Test
    void test_equalsHashCodeToString() {
        TargetPath same = TargetPath.of(Year.of(2015), new BigDecimal("19500000.00"), new BigDecimal("0.1"));
        assertThat(same).isEqualTo(TURNOVER).hasSameHashCodeAs(TURNOVER);
        assertThat(same).isNotEqualTo(LOCAL_GOODS);
        assertThat(TURNOVER).hasToString("TargetPath[2015: 19500000 USD, +0.10/year]");
    }
}
