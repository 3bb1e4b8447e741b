package org.festgate.core.fair;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The stall fees of a fair, in Vietnamese đồng: a rate per square metre and day for each stall category, and a
 * charge per day for a power supply.
 * <p>
 * The fee of a stall for some days is {@code ceil(area in m² × rate of its category × days)}, plus
 * {@code power charge × days} if the stall has power; the area part is computed exactly from the area in square
 * centimetres, and rounded up to a whole đồng only once. Two schedules are equal when their rates and power charges
 * are equal. This class is immutable and thread-safe.
 */
public final class FeeSchedule {

    private static final long CM2_PER_M2 = 10_000;

    private final Map<StallCategory, Long> vndPerSquareMetrePerDay;
    private final long powerVndPerDay;

    private FeeSchedule(Map<StallCategory, Long> vndPerSquareMetrePerDay, long powerVndPerDay) {
        Objects.requireNonNull(vndPerSquareMetrePerDay, "vndPerSquareMetrePerDay is required");
        Map<StallCategory, Long> rates = new EnumMap<>(StallCategory.class);
        for (StallCategory category : StallCategory.values()) {
            Long rate = vndPerSquareMetrePerDay.get(category);
            if (rate == null) {
                throw new IllegalArgumentException("vndPerSquareMetrePerDay has no rate for " + category);
            }
            FairChecks.requireNotNegative(rate, "vndPerSquareMetrePerDay of " + category);
            rates.put(category, rate);
        }
        FairChecks.requireNotNegative(powerVndPerDay, "powerVndPerDay");
        this.vndPerSquareMetrePerDay = Collections.unmodifiableMap(rates);
        this.powerVndPerDay = powerVndPerDay;
    }

    /**
     * Obtains a fee schedule.
     *
     * @param vndPerSquareMetrePerDay the rate in đồng per square metre and day of every stall category, each not
     *                                negative, not null
     * @param powerVndPerDay          the charge in đồng per day for a stall with power, not negative
     * @return the schedule, not null
     * @throws NullPointerException     if the map is null
     * @throws IllegalArgumentException if a category has no rate, or a rate or the power charge is negative
     */
    public static FeeSchedule of(Map<StallCategory, Long> vndPerSquareMetrePerDay, long powerVndPerDay) {
        return new FeeSchedule(vndPerSquareMetrePerDay, powerVndPerDay);
    }

    /**
     * Computes the fee of a stall for some days.
     *
     * @param stall the stall, not null
     * @param days  the number of days, positive
     * @return the fee in đồng, not negative
     * @throws NullPointerException     if the stall is null
     * @throws IllegalArgumentException if the number of days is not positive
     * @throws ArithmeticException      if the fee does not fit a long
     */
    public long feeVnd(Stall stall, int days) {
        Objects.requireNonNull(stall, "stall is required");
        FairChecks.requirePositive(days, "days");
        long areaPartTimesCm2 = Math.multiplyExact(
                Math.multiplyExact(stall.areaCm2(), vndPerSquareMetrePerDay.get(stall.category())), (long) days);
        long areaPart = -Math.floorDiv(-areaPartTimesCm2, CM2_PER_M2);
        return stall.power() ? Math.addExact(areaPart, Math.multiplyExact(powerVndPerDay, (long) days)) : areaPart;
    }

    /**
     * Gets the rate of a stall category.
     *
     * @param category the category, not null
     * @return the rate in đồng per square metre and day, not negative
     * @throws NullPointerException if the category is null
     */
    public long vndPerSquareMetrePerDay(StallCategory category) {
        Objects.requireNonNull(category, "category is required");
        return vndPerSquareMetrePerDay.get(category);
    }

    /**
     * Gets the charge for a power supply.
     *
     * @return the charge in đồng per day, not negative
     */
    public long powerVndPerDay() {
        return powerVndPerDay;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeeSchedule that
                && powerVndPerDay == that.powerVndPerDay
                && vndPerSquareMetrePerDay.equals(that.vndPerSquareMetrePerDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vndPerSquareMetrePerDay, powerVndPerDay);
    }

    /**
     * Gives the rates and the power charge, such as {@code FeeSchedule[{CUISINE=50000, ...}, power 30000/day]}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "FeeSchedule[" + vndPerSquareMetrePerDay + ", power " + powerVndPerDay + "/day]";
    }
}
