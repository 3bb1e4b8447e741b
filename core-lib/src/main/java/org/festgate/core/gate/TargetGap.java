package org.festgate.core.gate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Objects;

/**
 * How far a trade indicator's actual value of a year is ahead of or behind its target path: the difference
 * {@code actual − target} in USD (exact, positive when ahead), and the same in percent of the target,
 * {@code difference × 100 / target}, rounded to {@value #PERCENT_SCALE} decimals with
 * {@link RoundingMode#HALF_EVEN}. Obtained from {@link TargetPath#gapIn(Year, BigDecimal)}. Two gaps are equal
 * when their years are equal and their amounts numerically equal. This class is immutable and thread-safe.
 */
public final class TargetGap {

    /** The decimal places of {@link #differencePercent()}: {@code -6.76} is 6.76 % behind. */
    public static final int PERCENT_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Year year;
    private final BigDecimal targetUsd;
    private final BigDecimal actualUsd;

    private TargetGap(Year year, BigDecimal targetUsd, BigDecimal actualUsd) {
        this.year = Objects.requireNonNull(year, "year is required");
        this.targetUsd = Objects.requireNonNull(targetUsd, "targetUsd is required");
        this.actualUsd = Objects.requireNonNull(actualUsd, "actualUsd is required");
        if (actualUsd.signum() < 0) {
            throw new IllegalArgumentException("actualUsd must not be negative: " + actualUsd);
        }
    }

    /** The gap of an actual value from a target value of a path, which is positive. */
    static TargetGap of(Year year, BigDecimal targetUsd, BigDecimal actualUsd) {
        return new TargetGap(year, targetUsd, actualUsd);
    }

    /**
     * Gets the year compared.
     *
     * @return the year, not null
     */
    public Year year() {
        return year;
    }

    /**
     * Gets the target path's value of the year.
     *
     * @return the target in USD, rounded to cents, positive, not null
     */
    public BigDecimal targetUsd() {
        return targetUsd;
    }

    /**
     * Gets the actual value of the year.
     *
     * @return the actual value in USD as given, not negative, not null
     */
    public BigDecimal actualUsd() {
        return actualUsd;
    }

    /**
     * Computes how far the actual value is from the target.
     *
     * @return {@code actual − target} in USD, exact: positive when ahead, negative when behind, not null
     */
    public BigDecimal differenceUsd() {
        return actualUsd.subtract(targetUsd);
    }

    /**
     * Computes how far the actual value is from the target, in percent of the target.
     *
     * @return {@code (actual − target) × 100 / target} with {@value #PERCENT_SCALE} decimals, not null
     */
    public BigDecimal differencePercent() {
        return differenceUsd().multiply(HUNDRED).divide(targetUsd, PERCENT_SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * Checks whether the actual value is above the target.
     *
     * @return true if ahead of the path
     */
    public boolean isAhead() {
        return actualUsd.compareTo(targetUsd) > 0;
    }

    /**
     * Checks whether the actual value is below the target.
     *
     * @return true if behind the path
     */
    public boolean isBehind() {
        return actualUsd.compareTo(targetUsd) < 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TargetGap that
                && year.equals(that.year)
                && targetUsd.compareTo(that.targetUsd) == 0
                && actualUsd.compareTo(that.actualUsd) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, targetUsd.stripTrailingZeros(), actualUsd.stripTrailingZeros());
    }

    /**
     * Gives the year, the values and the difference, such as
     * {@code TargetGap[2016: actual 20000000.00, target 21450000.00, -1450000.00 USD (-6.76 %)]}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "TargetGap[" + year + ": actual " + actualUsd.toPlainString() + ", target "
                + targetUsd.toPlainString() + ", " + differenceUsd().toPlainString() + " USD ("
                + differencePercent().toPlainString() + " %)]";
    }
}
