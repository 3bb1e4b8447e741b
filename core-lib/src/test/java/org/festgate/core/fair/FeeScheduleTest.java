package org.festgate.core.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeScheduleTest {

    private static final FeeSchedule FEES = FeeSchedule.of(rates(20_000), 30_000);

    static Map<StallCategory, Long> rates(long general) {
        Map<StallCategory, Long> rates = new EnumMap<>(StallCategory.class);
        rates.put(StallCategory.AGRICULTURAL_PRODUCTS, 10_000L);
        rates.put(StallCategory.PROCESSED_FOOD, 12_500L);
        rates.put(StallCategory.CRAFTS_AND_BROCADE, 8_000L);
        rates.put(StallCategory.CUISINE, 33_333L);
        rates.put(StallCategory.BORDER_TRADE_GOODS, 15_000L);
        rates.put(StallCategory.GENERAL, general);
        return rates;
    }

    /** Each expected fee computed by hand in the comment beside it. */
    @ParameterizedTest(name = "{0} {1}x{2} power={3} {4} days -> {5}")
    @CsvSource({
            // 3 m x 3 m = 9 m2; 9 * 10,000 * 1 = 90,000
            "AGRICULTURAL_PRODUCTS, 300, 300, false, 1, 90000",
            // 9 m2 * 10,000 * 3 days = 270,000; + 30,000 * 3 = 90,000 -> 360,000
            "AGRICULTURAL_PRODUCTS, 300, 300, true, 3, 360000",
            // 2.5 m x 2 m = 5 m2; 5 * 12,500 * 2 = 125,000
            "PROCESSED_FOOD, 250, 200, false, 2, 125000",
            // 1.01 m x 1.01 m = 1.0201 m2; * 33,333 = 34,002.9933 -> up to 34,003
            "CUISINE, 101, 101, false, 1, 34003",
            // 1.0201 m2 * 33,333 * 3 = 102,008.9799 -> 102,009
            "CUISINE, 101, 101, false, 3, 102009",
            // 1.0201 * 33,333 * 7 = 238,020.9531 -> 238,021; + 7 * 30,000 = 210,000 -> 448,021
            "CUISINE, 101, 101, true, 7, 448021",
            // 0.01 m x 0.01 m = 0.0001 m2 * 8,000 = 0.8 -> 1
            "CRAFTS_AND_BROCADE, 1, 1, false, 1, 1",
            // 0.0001 m2 * 8,000 * 2 = 1.6 -> 2
            "CRAFTS_AND_BROCADE, 1, 1, false, 2, 2",
            // 0.0001 m2 * 8,000 * 5 = 4 exactly: rounded up once, not per day (5 * 1 = 5)
            "CRAFTS_AND_BROCADE, 1, 1, false, 5, 4",
            // 4 m x 5 m = 20 m2 * 15,000 * 2 = 600,000 + 60,000
            "BORDER_TRADE_GOODS, 400, 500, true, 2, 660000",
            // 3.33 m x 3 m = 9.99 m2 * 20,000 = 199,800
            "GENERAL, 333, 300, false, 1, 199800"
    })
    void test_feeVnd(StallCategory category, int width, int depth, boolean power, int days, long expected) {
        Stall stall = Stall.of("S-1", "zone", category, width, depth, power, 0, 0);

        assertThat(FEES.feeVnd(stall, days)).isEqualTo(expected);
    }

    @Test
    void test_freeStallsStillPayPower() {
        FeeSchedule free = FeeSchedule.of(rates(0), 25_000);
        Stall stall = Stall.of("G-1", "zone", StallCategory.GENERAL, 300, 300, true, 0, 0);

        assertThat(free.feeVnd(stall, 2)).isEqualTo(50_000);
        assertThat(free.vndPerSquareMetrePerDay(StallCategory.GENERAL)).isZero();
        assertThat(free.powerVndPerDay()).isEqualTo(25_000);
    }

    @Test
    void test_feeVnd_badDays() {
        Stall stall = Stall.of("S-1", "zone", StallCategory.CUISINE, 300, 300, false, 0, 0);

        assertThatIllegalArgumentException().isThrownBy(() -> FEES.feeVnd(stall, 0))
                .withMessage("days must be positive: 0");
    }

    @Test
    void test_feeVnd_overflow() {
        Stall huge = Stall.of("S-1", "zone", StallCategory.GENERAL, Integer.MAX_VALUE, Integer.MAX_VALUE, false, 0,
                0);

        assertThatThrownBy(() -> FeeSchedule.of(rates(Long.MAX_VALUE / 2), 0).feeVnd(huge, 3))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void test_of_missingOrNegativeRate() {
        Map<StallCategory, Long> missing = rates(1);
        missing.remove(StallCategory.CUISINE);
        assertThatIllegalArgumentException().isThrownBy(() -> FeeSchedule.of(missing, 0))
                .withMessage("vndPerSquareMetrePerDay has no rate for CUISINE");
        assertThatIllegalArgumentException().isThrownBy(() -> FeeSchedule.of(rates(-1), 0))
                .withMessage("vndPerSquareMetrePerDay of GENERAL must not be negative: -1");
        assertThatIllegalArgumentException().isThrownBy(() -> FeeSchedule.of(rates(1), -5))
                .withMessage("powerVndPerDay must not be negative: -5");
    }

    @Test
    void test_equalsAndCopy() {
        Map<StallCategory, Long> rates = rates(20_000);
        FeeSchedule fees = FeeSchedule.of(rates, 30_000);
        rates.put(StallCategory.GENERAL, 1L);

        assertThat(fees).isEqualTo(FEES).hasSameHashCodeAs(FEES).isNotEqualTo(FeeSchedule.of(rates, 30_000));
        assertThat(fees.vndPerSquareMetrePerDay(StallCategory.GENERAL)).isEqualTo(20_000);
        assertThat(fees.toString()).startsWith("FeeSchedule[{AGRICULTURAL_PRODUCTS=10000,").endsWith("power 30000/day]");
    }
}
