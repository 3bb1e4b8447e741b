package org.festgate.core.gate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.festgate.core.text.Checks;
import org.festgate.core.text.Provenance;

/**
 * A growth target for a trade indicator, such as "total import-export turnover grows 10 % a year on average from
 * 19.5 million USD in 2015 to 2020".
 * <p>
 * The target path compounds the growth rate: the value for a year {@code y} is
 * {@code baseValueUsd * (1 + annualGrowthRate)^(y - baseYear)}, rounded to cents with {@link RoundingMode#HALF_EVEN}.
 *
 * @param indicator        what is measured, such as {@code total-import-export}, not blank
 * @param baseYear         the year of the base value
 * @param baseValueUsd     the value in the base year in USD, not negative
 * @param annualGrowthRate the yearly growth as a fraction, {@code 0.10} for 10 %, greater than -1
 * @param targetYear       the last year of the target, after the base year
 * @param provenance       where the target comes from, not null
 */
public record TradeTarget(String indicator, int baseYear, BigDecimal baseValueUsd, BigDecimal annualGrowthRate,
        int targetYear, Provenance provenance) {

    private static final int CENTS = 2;

    /**
     * Creates a target.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the indicator is blank, the base value negative, the rate not above -1
     *                                  or the target year not after the base year
     */
    public TradeTarget {
        Checks.nonBlank(indicator, "indicator");
        Objects.requireNonNull(baseValueUsd, "baseValueUsd is required");
        Objects.requireNonNull(annualGrowthRate, "annualGrowthRate is required");
        Objects.requireNonNull(provenance, "provenance is required");
        if (baseValueUsd.signum() < 0) {
            throw new IllegalArgumentException("baseValueUsd must not be negative: " + baseValueUsd);
        }
        if (annualGrowthRate.compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new IllegalArgumentException("annualGrowthRate must be above -1: " + annualGrowthRate);
        }
        if (targetYear <= baseYear) {
            throw new IllegalArgumentException(
                    "targetYear must be after baseYear " + baseYear + ": " + targetYear);
        }
    }

    /**
     * Obtains a target.
     *
     * @param indicator        what is measured, not blank
     * @param baseYear         the year of the base value
     * @param baseValueUsd     the value in the base year in USD, not negative, not null
     * @param annualGrowthRate the yearly growth as a fraction, greater than -1, not null
     * @param targetYear       the last year of the target, after the base year
     * @param provenance       where the target comes from, not null
     * @return the target, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static TradeTarget of(String indicator, int baseYear, BigDecimal baseValueUsd,
            BigDecimal annualGrowthRate, int targetYear, Provenance provenance) {
        return new TradeTarget(indicator, baseYear, baseValueUsd, annualGrowthRate, targetYear, provenance);
    }

    /**
     * Computes the value the target path sets for a year.
     *
     * @param year the year, from the base year to the target year
     * @return the value in USD, rounded to cents, not null
     * @throws IllegalArgumentException if the year is outside the target period
     */
    public BigDecimal targetFor(int year) {
        if (year < baseYear || year > targetYear) {
            throw new IllegalArgumentException(
                    "year must be in [" + baseYear + ", " + targetYear + "]: " + year);
        }
        BigDecimal factor = BigDecimal.ONE.add(annualGrowthRate).pow(year - baseYear);
        return baseValueUsd.multiply(factor).setScale(CENTS, RoundingMode.HALF_EVEN);
    }
}
