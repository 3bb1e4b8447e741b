package org.festgate.core.gate;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The recorded yearly values of one trade indicator, such as the import-export turnover of each year for which
 * figures were recorded, in USD to the cent; and the growth between them.
 * <p>
 * A year without a value is not recorded, which is not the same as a value of zero. Growth rates are
 * {@linkplain GrowthRates correctly rounded} fractions; there is none where a year is not recorded or the earlier
 * value is zero. Two series are equal when they hold the same years and values. This class is immutable and
 * thread-safe.
 */
public final class TradeSeries {

    private final SortedMap<Year, BigDecimal> valuesUsd;

    private TradeSeries(Map<Year, BigDecimal> valuesUsd) {
        Objects.requireNonNull(valuesUsd, "valuesUsd is required");
        SortedMap<Year, BigDecimal> values = new TreeMap<>();
        valuesUsd.forEach((year, value) -> {
            Objects.requireNonNull(year, "valuesUsd must not have a null year");
            Objects.requireNonNull(value, () -> "valuesUsd of " + year + " is required");
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > TargetPath.CENTS) {
                throw new IllegalArgumentException("valuesUsd of " + year
                        + " must be an amount of USD to the cent, not negative: " + value);
            }
            values.put(year, value.setScale(TargetPath.CENTS));
        });
        this.valuesUsd = Collections.unmodifiableSortedMap(values);
    }

    /**
     * Obtains a series.
     *
     * @param valuesUsd the value in USD of each recorded year, not negative, at most to the cent, not null
     * @return the series, not null
     * @throws NullPointerException     if the map, a year or a value is null
     * @throws IllegalArgumentException if a value is negative or has fractions of a cent
     */
    public static TradeSeries of(Map<Year, BigDecimal> valuesUsd) {
        return new TradeSeries(valuesUsd);
    }

    /**
     * Gets every recorded year and its value.
     *
     * @return the values in USD with two decimals by year, oldest first, unmodifiable, not null
     */
    public SortedMap<Year, BigDecimal> valuesUsd() {
        return valuesUsd;
    }

    /**
     * Gets the value of a year.
     *
     * @param year the year, not null
     * @return the value in USD with two decimals, empty if the year is not recorded
     * @throws NullPointerException if the year is null
     */
    public Optional<BigDecimal> valueIn(Year year) {
        return Optional.ofNullable(valuesUsd.get(Objects.requireNonNull(year, "year is required")));
    }

    /**
     * Computes the compound annual growth rate between two recorded years.
     *
     * @param from the earlier year, not null
     * @param to   the later year, after {@code from} and at most {@value GrowthRates#MAX_YEARS} years later, not
     *             null
     * @return the rate as a fraction with {@value GrowthRates#SCALE} decimals; empty if either year is not
     *         recorded or the earlier value is zero
     * @throws NullPointerException     if a year is null
     * @throws IllegalArgumentException if {@code to} is not after {@code from} or too far after it
     */
    public Optional<BigDecimal> growthRate(Year from, Year to) {
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(to, "to is required");
        GrowthRates.yearsBetween(from, to, "to");
        BigDecimal start = valuesUsd.get(from);
        BigDecimal end = valuesUsd.get(to);
        if (start == null || end == null || start.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(GrowthRates.compoundAnnual(from, start, to, end));
    }

    /**
     * Computes the growth of a year over the year before.
     *
     * @param year the later year, not null
     * @return the rate as a fraction with {@value GrowthRates#SCALE} decimals; empty if this year or the year
     *         before is not recorded or the year before is zero
     * @throws NullPointerException if the year is null
     */
    public Optional<BigDecimal> yearOnYear(Year year) {
        Objects.requireNonNull(year, "year is required");
        return growthRate(year.minusYears(1), year);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TradeSeries that && valuesUsd.equals(that.valuesUsd);
    }

    @Override
    public int hashCode() {
        return valuesUsd.hashCode();
    }

    /**
     * Gives the values by year, such as {@code TradeSeries{2016=20000000.00, 2017=22000000.00}}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "TradeSeries" + valuesUsd;
    }
}
