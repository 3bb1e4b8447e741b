package org.festgate.core.gate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Objects;

/**
 * The path a trade indicator follows when it grows by a fixed yearly rate from a base value, such as 19.5 million
 * USD of import-export turnover in 2015 growing 10 % a year; and how far an actual value is from it.
 * <p>
 * The path's value in a year {@code y} is {@code baseValueUsd × (1 + annualGrowthRate)^(y − baseYear)}: the power
 * and the product are computed exactly and rounded once to cents with {@link RoundingMode#HALF_EVEN}. The path
 * starts at the base year and reaches {@value GrowthRates#MAX_YEARS} years beyond it, whatever year a plan names
 * as its end. Two paths are equal when their base years, base values and rates are numerically equal
 * ({@code 0.1} equals {@code 0.10}). This class is immutable and thread-safe.
 */
public final class TargetPath {

    /** The decimal places of the path's values: cents. */
    static final int CENTS = 2;

    private final Year baseYear;
    private final BigDecimal baseValueUsd;
    private final BigDecimal annualGrowthRate;

    private TargetPath(Year baseYear, BigDecimal baseValueUsd, BigDecimal annualGrowthRate) {
        this.baseYear = Objects.requireNonNull(baseYear, "baseYear is required");
        this.baseValueUsd = Objects.requireNonNull(baseValueUsd, "baseValueUsd is required");
        this.annualGrowthRate = Objects.requireNonNull(annualGrowthRate, "annualGrowthRate is required");
        if (baseValueUsd.signum() <= 0) {
            throw new IllegalArgumentException("baseValueUsd must be positive: " + baseValueUsd);
        }
        if (annualGrowthRate.compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new IllegalArgumentException("annualGrowthRate must be above -1: " + annualGrowthRate);
        }
    }

    /**
     * Obtains a path.
     *
     * @param baseYear         the year of the base value, not null
     * @param baseValueUsd     the value in the base year in USD, positive, not null
     * @param annualGrowthRate the yearly growth as a fraction, {@code 0.10} for 10 %, above -1, not null
     * @return the path, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the base value is not positive or the rate not above -1
     */
    public static TargetPath of(Year baseYear, BigDecimal baseValueUsd, BigDecimal annualGrowthRate) {
        return new TargetPath(baseYear, baseValueUsd, annualGrowthRate);
    }

    /**
     * Gets the year of the base value.
     *
     * @return the base year, not null
     */
    public Year baseYear() {
        return baseYear;
    }

    /**
     * Gets the value the path starts from.
     *
     * @return the base value in USD as given, positive, not null
     */
    public BigDecimal baseValueUsd() {
        return baseValueUsd;
    }

    /**
     * Gets the yearly growth of the path.
     *
     * @return the rate as a fraction as given, above -1, not null
     */
    public BigDecimal annualGrowthRate() {
        return annualGrowthRate;
    }

    /**
     * Computes the path's value in a year.
     *
     * @param year the year, from the base year to {@value GrowthRates#MAX_YEARS} years after it, not null
     * @return the value in USD rounded to cents, positive, not null
     * @throws NullPointerException     if the year is null
     * @throws IllegalArgumentException if the year is before the base year or too far after it
     */
    public BigDecimal valueIn(Year year) {
        Objects.requireNonNull(year, "year is required");
        int years = year.equals(baseYear) ? 0 : GrowthRates.yearsBetween(baseYear, year, "year");
        return baseValueUsd.multiply(BigDecimal.ONE.add(annualGrowthRate).pow(years))
                .setScale(CENTS, RoundingMode.HALF_EVEN);
    }

    /**
     * Compares an actual value with the path's value of its year.
     *
     * @param year      the year of the actual value, from the base year on, not null
     * @param actualUsd the actual value in USD, not negative, not null
     * @return how far the actual value is ahead of or behind the path, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the year is outside the path or the actual value negative
     */
    public TargetGap gapIn(Year year, BigDecimal actualUsd) {
        return TargetGap.of(year, valueIn(year), actualUsd);
    }

    /**
     * Computes the average yearly growth that an actual value implies since the base value: the compound annual
     * growth rate from the base year to its year, to set beside {@link #annualGrowthRate()}.
     *
     * @param year      the year of the actual value, after the base year, not null
     * @param actualUsd the actual value in USD, not negative, not null
     * @return the rate as a fraction with {@value GrowthRates#SCALE} decimals, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the year is not after the base year or too far after it, or the actual
     *                                  value negative
     * @see GrowthRates#compoundAnnual(Year, BigDecimal, Year, BigDecimal)
     */
    public BigDecimal averageGrowthTo(Year year, BigDecimal actualUsd) {
        return GrowthRates.compoundAnnual(baseYear, baseValueUsd, year, actualUsd);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TargetPath that
                && baseYear.equals(that.baseYear)
                && baseValueUsd.compareTo(that.baseValueUsd) == 0
                && annualGrowthRate.compareTo(that.annualGrowthRate) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseYear, baseValueUsd.stripTrailingZeros(), annualGrowthRate.stripTrailingZeros());
    }

    /**
     * Gives the base and the rate, such as {@code TargetPath[2015: 19500000 USD, +0.10/year]}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "TargetPath[" + baseYear + ": " + baseValueUsd.toPlainString() + " USD, "
                + (annualGrowthRate.signum() < 0 ? "" : "+") + annualGrowthRate.toPlainString() + "/year]";
    }
}
