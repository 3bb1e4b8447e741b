package org.festgate.core.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The target arithmetic over random paths: base years 1900-2100, bases of 10 million to 100 billion USD in cents,
 * rates of -20 % to +50 % in hundredths of a percent, up to 20 years.
 * <p>
 * Path values are rounded to cents, so rates read back from them are exact to six decimals only while half a cent
 * stays far below a millionth of a value: the smallest value here is 10^7 × 0.8^20 ≈ 115,000 USD, where half a
 * cent is 4.3e-8 of it, so even a year-on-year rate (two rounded values) is off by less than 1e-7, well inside
 * the 5e-7 that separates a rate of four decimals from the next rounding boundary at six.
 */
class TargetPathPropertiesTest {

    private static final BigDecimal HALF_UNIT = new BigDecimal("0.0000005");

    @Provide
    Arbitrary<TargetPath> paths() {
        return Combinators.combine(Arbitraries.integers().between(1900, 2100),
                Arbitraries.longs().between(1_000_000_000L, 10_000_000_000_000L),
                Arbitraries.integers().between(-2_000, 5_000))
                .as((year, cents, basisPoints) -> TargetPath.of(Year.of(year), BigDecimal.valueOf(cents, 2),
                        BigDecimal.valueOf(basisPoints, 4)));
    }

    @Provide
    Arbitrary<TargetPath> growingPaths() {
        return paths().filter(p -> p.annualGrowthRate().signum() > 0);
    }

    @Property
    void pathIsMonotoneForPositiveRates(@ForAll("growingPaths") TargetPath path,
                                        @ForAll @IntRange(min = 1, max = 20) int years) {
        for (int i = 0; i < years; i++) {
            Year year = path.baseYear().plusYears(i);
            assertThat(path.valueIn(year.plusYears(1))).isGreaterThan(path.valueIn(year));
        }
    }

    @Property
    void averageGrowthOfThePathIsItsRate(@ForAll("paths") TargetPath path,
                                         @ForAll @IntRange(min = 1, max = 20) int years) {
        Year end = path.baseYear().plusYears(years);
        BigDecimal rate = path.annualGrowthRate().setScale(GrowthRates.SCALE);
        assertThat(path.averageGrowthTo(end, path.valueIn(end))).isEqualTo(rate);

        TradeSeries onPath = TradeSeries.of(valuesOf(path, years));
        assertThat(onPath.growthRate(path.baseYear(), end)).contains(rate);
        assertThat(onPath.yearOnYear(end)).contains(rate);
    }

    @Property
    void gapIsZeroOnThePath(@ForAll("paths") TargetPath path, @ForAll @IntRange(max = 20) int years) {
        Year year = path.baseYear().plusYears(years);
        TargetGap gap = path.gapIn(year, path.valueIn(year));
        assertThat(gap.differenceUsd().signum()).isZero();
        assertThat(gap.differencePercent().signum()).isZero();
        assertThat(gap.isAhead() || gap.isBehind()).isFalse();
    }

    @Property
    void gapSignFollowsTheActualValue(@ForAll("paths") TargetPath path, @ForAll @IntRange(max = 20) int years,
                                      @ForAll @IntRange(min = -1_000_000, max = 1_000_000) int cents) {
        Year year = path.baseYear().plusYears(years);
        BigDecimal target = path.valueIn(year);
        BigDecimal actual = target.add(BigDecimal.valueOf(cents, 2)).max(BigDecimal.ZERO);
        TargetGap gap = path.gapIn(year, actual);
        assertThat(gap.differenceUsd()).isEqualByComparingTo(actual.subtract(target));
        assertThat(gap.isAhead()).isEqualTo(actual.compareTo(target) > 0);
        assertThat(gap.isBehind()).isEqualTo(actual.compareTo(target) < 0);
        assertThat(gap.differencePercent().signum()).isIn(0, actual.compareTo(target));
    }

    /** The rate is the exact rate rounded: {@code from × (1 + rate ∓ 0.0000005)^n} brackets the later value. */
    @Property
    void compoundAnnualIsTheExactRateRounded(@ForAll @IntRange(min = 1, max = 1_000_000_000) int fromCents,
                                             @ForAll @IntRange(max = 2_000_000_000) int toCents,
                                             @ForAll @IntRange(min = 1, max = 30) int years) {
        BigDecimal from = BigDecimal.valueOf(fromCents, 2);
        BigDecimal to = BigDecimal.valueOf(toCents, 2);
        BigDecimal factor = BigDecimal.ONE.add(
                GrowthRates.compoundAnnual(Year.of(2000), from, Year.of(2000 + years), to));
        assertThat(from.multiply(factor.subtract(HALF_UNIT).max(BigDecimal.ZERO).pow(years))).isLessThanOrEqualTo(to);
        assertThat(from.multiply(factor.add(HALF_UNIT).pow(years))).isGreaterThanOrEqualTo(to);
    }

    private static Map<Year, BigDecimal> valuesOf(TargetPath path, int years) {
        Map<Year, BigDecimal> values = new TreeMap<>();
        for (int i = 0; i <= years; i++) {
            Year year = path.baseYear().plusYears(i);
            values.put(year, path.valueIn(year));
        }
        return values;
    }
}
