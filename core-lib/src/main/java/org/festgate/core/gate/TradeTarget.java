package org.festgate.core.gate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Objects;
import org.festgate.core.text.Checks;
import org.festgate.core.text.Provenance;

/**
 * A growth target for a trade indicator, such as "total import-export turnover grows 10 % a year on average from
 * 19.5 million USD in 2015 to 2020".
 * <p>
 * The target path compounds the growth rate: the value for a year {@code y} is
 * {@code baseValueUsd * (1 + annualGrowthRate)^(y - baseYear)}, rounded to cents with {@link RoundingMode#HALF_EVEN}
 * (see {@link #path()}).
 *
 * @param indicator        what is measured, such as {@code total-import-export}, not blank
 * @param baseYear         the year of the base value
 * @param baseValueUsd     the value in the base year in USD, positive
 * @param annualGrowthRate the yearly growth as a fraction, {@code 0.10} for 10 %, greater than -1
 * @param targetYear       the last year of the target, after the base year
 * @param provenance       where the target comes from, not null
 */
public record TradeTarget(String indicator, int baseYear, BigDecimal baseValueUsd, BigDecimal annualGrowthRate,
        int targetYear, Provenance provenance) {

    /**
     * Creates a target.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the indicator is blank, the base value not positive, the rate not above
     *                                  -1, or the target year not after the base year or more than
     *                                  {@value GrowthRates#MAX_YEARS} years after it
     */
    public TradeTarget {
        Checks.nonBlank(indicator, "indicator");
        Objects.requireNonNull(provenance, "provenance is required");
        TargetPath.of(Year.of(baseYear), baseValueUsd, annualGrowthRate);
        GrowthRates.yearsBetween(Year.of(baseYear), Year.of(targetYear), "targetYear");
    }

    /**
     * Obtains a target.
     *
     * @param indicator        what is measured, not blank
     * @param baseYear         the year of the base value
     * @param baseValueUsd     the value in the base year in USD, positive, not null
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
        return path().valueIn(Year.of(year));
    }

    /**
     * Gets the target's path, which goes on at the same rate after the target year.
     *
     * @return the path from the base year and value at the annual growth rate, not null
     */
    public TargetPath path() {
        return TargetPath.of(Year.of(baseYear), baseValueUsd, annualGrowthRate);
    }
}
