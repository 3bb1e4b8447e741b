package org.festgate.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrowthRatesTest {

    /** Each expected rate computed by hand beside it. */
    @ParameterizedTest(name = "{0} {1} -> {2} {3}: {4}")
    @CsvSource({
            // 22,000,000 / 20,000,000 - 1 = 0.1
            "2016, 20000000, 2017, 22000000, 0.100000",
            // 21 / 22 - 1 = -1/22 = -0.0454545|45... -> -0.045455
            "2017, 22000000, 2018, 21000000, -0.045455",
            // (28,000,000 / 19,500,000)^(1/4) - 1 = 1.43589743...^(1/4) - 1 = 0.0946640|48... -> 0.094664
            "2015, 19500000, 2019, 28000000, 0.094664",
            // (31,000,000 / 19,500,000)^(1/5) - 1 = 1.58974358...^(1/5) - 1 = 0.0971485|07... -> 0.097149
            "2015, 19500000, 2020, 31000000, 0.097149",
            // 1.61051 = 1.1^5 exactly
            "2015, 19500000, 2020, 31404945, 0.100000",
            // a fall to nothing
            "2015, 19500000, 2020, 0, -1.000000",
            // exactly halfway, one year: 0.50 / 1,000,000 = 0.0000005 -> 0.000000 (even)
            "2020, 1000000, 2021, 1000000.50, 0.000000",
            // 1.50 / 1,000,000 = 0.0000015 -> 0.000002 (even)
            "2020, 1000000, 2021, 1000001.50, 0.000002",
            // exactly halfway, two years: 1.0000005^2 = 1.00000100000025; x 10^14 -> 0.0000005 -> 0.000000
            "2020, 100000000000000, 2022, 100000100000025, 0.000000",
            // 1.0000015^2 = 1.00000300000225; x 10^14 -> 0.0000015 -> 0.000002
            "2020, 100000000000000, 2022, 100000300000225, 0.000002",
            // just above halfway: 0.0000005 and a bit -> 0.000001
            "2020, 100000000000000, 2022, 100000100000026, 0.000001"
    })
    void test_compoundAnnual(int from, String fromValue, int to, String toValue, String expected) {
        assertThat(GrowthRates.compoundAnnual(Year.of(from), new BigDecimal(fromValue), Year.of(to),
                new BigDecimal(toValue))).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void test_compoundAnnual_badArguments() {
        Year y = Year.of(2020);
        BigDecimal one = BigDecimal.ONE;
        assertThatIllegalArgumentException().isThrownBy(() -> GrowthRates.compoundAnnual(y, one, y, one))
                .withMessageContaining("to must be 1 to 1000 years after 2020: 2020");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GrowthRates.compoundAnnual(y, one, Year.of(3021), one))
                .withMessageContaining("3021");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GrowthRates.compoundAnnual(y, BigDecimal.ZERO, y.plusYears(1), one))
                .withMessageContaining("fromValue");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GrowthRates.compoundAnnual(y, one, y.plusYears(1), one.negate()))
                .withMessageContaining("toValue");
        assertThatNullPointerException().isThrownBy(() -> GrowthRates.compoundAnnual(null, one, y, one))
                .withMessageContaining("from");
        assertThatNullPointerException().isThrownBy(() -> GrowthRates.compoundAnnual(y, one, y, null))
                .withMessageContaining("toValue");
    }

    @Test
    void test_compoundAnnual_farApart() {
        // 2^(1/1000) - 1 = 0.0006933|87... -> 0.000693
        assertThat(GrowthRates.compoundAnnual(Year.of(1000), BigDecimal.ONE, Year.of(2000), new BigDecimal("2")))
                .isEqualTo(new BigDecimal("0.000693"));
    }
}
