package org.festgate.core.gate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Objects;

/**
 * Growth rates of a trade indicator as fractions, {@code 0.10} for +10 % a year, computed exactly from decimal
 * values and rounded once to {@value #SCALE} decimal places with {@link RoundingMode#HALF_EVEN}.
 * <p>
 * The compound annual growth rate (CAGR) from a value {@code a} in year {@code y1} to a value {@code b} in a later
 * year {@code y2} is {@code (b / a)^(1 / (y2 - y1)) - 1}; from one year to the next, {@code b / a - 1}. The
 * results are correctly rounded: the exact rate, rounded, never a floating-point approximation of it (the root
 * is found on integers and the halfway case decided by exact powers).
 * <p>
 * This is a static utility; it holds no state.
 */
public final class GrowthRates {

    /** The decimal places of every rate: {@code 0.094664} is +9.4664 % a year. */
    public static final int SCALE = 6;

    /** The farthest apart two years may be, which bounds the size of the exact powers. */
    public static final int MAX_YEARS = 1000;

    private static final BigInteger UNITS = BigInteger.TEN.pow(SCALE);

    private GrowthRates() {
    }

    /**
     * Computes the compound annual growth rate between two values.
     *
     * @param from      the earlier year, not null
     * @param fromValue the value in the earlier year, positive, not null
     * @param to        the later year, after {@code from} and at most {@value #MAX_YEARS} years later, not null
     * @param toValue   the value in the later year, not negative, not null
     * @return the rate as a fraction with {@value #SCALE} decimals, {@code -1} for a fall to zero, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code to} is not after {@code from} or more than {@value #MAX_YEARS}
     *                                  years later, {@code fromValue} is not positive or {@code toValue} negative
     */
    public static BigDecimal compoundAnnual(Year from, BigDecimal fromValue, Year to, BigDecimal toValue) {
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(to, "to is required");
        Objects.requireNonNull(fromValue, "fromValue is required");
        Objects.requireNonNull(toValue, "toValue is required");
        int years = yearsBetween(from, to, "to");
        if (fromValue.signum() <= 0) {
            throw new IllegalArgumentException("fromValue must be positive: " + fromValue);
        }
        if (toValue.signum() < 0) {
            throw new IllegalArgumentException("toValue must not be negative: " + toValue);
        }
        return new BigDecimal(roundedRootUnits(fromValue, toValue, years), SCALE).subtract(BigDecimal.ONE);
    }

    /**
     * Counts the years from one year to a later one.
     *
     * @param from the earlier year, not null
     * @param to   the later year, not null
     * @param name the name of the later year's argument, for the message
     * @return the years between, 1 to {@value #MAX_YEARS}
     * @throws IllegalArgumentException if {@code to} is not after {@code from} or more than {@value #MAX_YEARS}
     *                                  years later
     */
    static int yearsBetween(Year from, Year to, String name) {
        long years = (long) to.getValue() - from.getValue();
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException(name + " must be 1 to " + MAX_YEARS + " years after " + from
                    + ": " + to);
        }
        return (int) years;
    }


    /**
     * The n-th root of {@code end / start} in millionths, rounded half-even: {@code k = floor(root × 10^6)} is the
     * integer n-th root of {@code floor(end × 10^(6n) / start)}; {@code k + 1} if the root lies above
     * {@code (k + ½) / 10^6}, that is if {@code end × (2 × 10^6)^n > start × (2k + 1)^n}, and the even one of the
     * two if both sides are equal.
     */
    private static BigInteger roundedRootUnits(BigDecimal start, BigDecimal end, int n) {
        BigDecimal scaledEnd = end.multiply(new BigDecimal(UNITS.pow(n)));
        BigInteger k = integerRoot(scaledEnd.divide(start, 0, RoundingMode.FLOOR).toBigIntegerExact(), n);
        BigDecimal halfway = new BigDecimal(k.shiftLeft(1).add(BigInteger.ONE).pow(n));
        int side = end.multiply(new BigDecimal(UNITS.shiftLeft(1).pow(n))).compareTo(start.multiply(halfway));
        return side > 0 || (side == 0 && k.testBit(0)) ? k.add(BigInteger.ONE) : k;
    }

    /** The largest integer whose n-th power is at most {@code x}, by Newton's method from above. */
    private static BigInteger integerRoot(BigInteger x, int n) {
        if (x.signum() == 0) {
            return BigInteger.ZERO;
        }
        BigInteger degree = BigInteger.valueOf(n);
        BigInteger root = BigInteger.ONE.shiftLeft(x.bitLength() / n + 1);
        while (true) {
            BigInteger next = root.multiply(degree.subtract(BigInteger.ONE)).add(x.divide(root.pow(n - 1)))
                    .divide(degree);
            if (next.compareTo(root) >= 0) {
                return root;
            }
            root = next;
        }
    }
}
