package org.festgate.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TradeSeriesTest {

    /** Recorded turnover with a gap in 2018 and a zero year in 2021. */
    private static final TradeSeries TURNOVER = TradeSeries.of(Map.of(
            Year.of(2016), new BigDecimal("20000000"),
            Year.of(2017), new BigDecimal("22000000"),
            Year.of(2019), new BigDecimal("28000000.5"),
            Year.of(2020), new BigDecimal("29000000"),
            Year.of(2021), BigDecimal.ZERO,
            Year.of(2022), new BigDecimal("1000")));

    @Test
    void test_values() {
        assertThat(TURNOVER.valuesUsd().firstKey()).isEqualTo(Year.of(2016));
        assertThat(TURNOVER.valueIn(Year.of(2019))).contains(new BigDecimal("28000000.50"));
        assertThat(TURNOVER.valueIn(Year.of(2018))).isEmpty();
        assertThat(TURNOVER).hasToString("TradeSeries{2016=20000000.00, 2017=22000000.00, 2019=28000000.50, "
                + "2020=29000000.00, 2021=0.00, 2022=1000.00}");
    }

    @Test
    void test_yearOnYear() {
        // 22,000,000 / 20,000,000 - 1 = 0.1
        assertThat(TURNOVER.yearOnYear(Year.of(2017))).contains(new BigDecimal("0.100000"));
        // 29,000,000 / 28,000,000.50 - 1 = 0.0357142|67... -> 0.035714
        assertThat(TURNOVER.yearOnYear(Year.of(2020))).contains(new BigDecimal("0.035714"));
        // a fall to zero
        assertThat(TURNOVER.yearOnYear(Year.of(2021))).contains(new BigDecimal("-1.000000"));
        assertThat(TURNOVER.yearOnYear(Year.of(2016))).as("2015 not recorded").isEmpty();
        assertThat(TURNOVER.yearOnYear(Year.of(2019))).as("2018 not recorded").isEmpty();
        assertThat(TURNOVER.yearOnYear(Year.of(2022))).as("from zero").isEmpty();
    }

    @Test
    void test_growthRate() {
        // (28,000,000.50 / 20,000,000)^(1/3) - 1 = 1.400000025^(1/3) - 1 = 0.1186889|4... -> 0.118689
        assertThat(TURNOVER.growthRate(Year.of(2016), Year.of(2019))).contains(new BigDecimal("0.118689"));
        assertThat(TURNOVER.growthRate(Year.of(2016), Year.of(2018))).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> TURNOVER.growthRate(Year.of(2019), Year.of(2016)))
                .withMessageContaining("2016");
    }

    @Test
    void test_of_badValues() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TradeSeries.of(Map.of(Year.of(2020), new BigDecimal("-0.01"))))
                .withMessageContaining("valuesUsd of 2020");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TradeSeries.of(Map.of(Year.of(2020), new BigDecimal("0.001"))))
                .withMessageContaining("to the cent");
        Map<Year, BigDecimal> nullValue = new HashMap<>();
        nullValue.put(Year.of(2020), null);
        assertThatNullPointerException().isThrownBy(() -> TradeSeries.of(nullValue))
                .withMessageContaining("2020");
        assertThat(TradeSeries.of(Map.of(Year.of(2020), new BigDecimal("1.500"))).valueIn(Year.of(2020)))
                .contains(new BigDecimal("1.50"));
    }

    @Test
    void test_equalsHashCode() {
        TradeSeries one = TradeSeries.of(Map.of(Year.of(2020), new BigDecimal("1.5")));
        TradeSeries same = TradeSeries.of(Map.of(Year.of(2020), new BigDecimal("1.50")));
        assertThat(same).isEqualTo(one).hasSameHashCodeAs(one);
        assertThat(TradeSeries.of(Map.of(Year.of(2021), new BigDecimal("1.5")))).isNotEqualTo(one);
    }
}
