package org.festgate.core.calendar;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in the Vietnamese lunar calendar (âm lịch), computed for the meridian 105° E (UTC+7).
 *
 * <p>A lunar date is a lunar year, a month number 1 to 12, a flag telling whether the month is the leap
 * month (tháng nhuận) that repeats that number, and a day 1 to 29 or 30. The lunar year is the Gregorian
 * year in which its Tết (day 1 of month 1) falls; months 11 and 12 of lunar year {@code Y} usually extend
 * into January or February of {@code Y + 1}.
 *
 * <p>Supported range: every date whose Gregorian equivalent lies between 1900-01-01 and 2199-12-31
 * inclusive, i.e. from {@link #MIN} (1899-12-01) to {@link #MAX}. Before 1968 the calendar is the
 * <em>proleptic</em> UTC+7 calendar, which differs in a few years from the calendar actually used then
 * (see the package documentation).
 *
 * <p>Text form: {@code yyyy-MM-dd} for a regular month, {@code yyyy-MML-dd} for the leap month, e.g.
 * {@code 2025-01-15} and {@code 2025-06L-01}; see {@link #toString()} and {@link #parse(CharSequence)}.
 *
 * <p>This class is immutable and thread-safe. Conversions use a table precomputed once per JVM and take
 * constant time.
 */
public final class LunarDate implements Comparable<LunarDate>, Serializable {

    private static final long serialVersionUID = 1L;

    /** First Gregorian date supported. */
    private static final LocalDate MIN_SOLAR = LocalDate.of(1900, 1, 1);
    /** Last Gregorian date supported. */
    private static final LocalDate MAX_SOLAR = LocalDate.of(2199, 12, 31);
    private static final long MIN_EPOCH_DAY = MIN_SOLAR.toEpochDay();
    private static final long MAX_EPOCH_DAY = MAX_SOLAR.toEpochDay();

    /** First lunar year that the year-level queries accept. */
    private static final int MIN_YEAR = 1899;
    /** Last lunar year that the year-level queries accept. */
    private static final int MAX_YEAR = 2199;

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-(\\d{2})(L?)-(\\d{2})");

    /** The earliest supported lunar date, the equivalent of 1900-01-01. */
    public static final LunarDate MIN = from(MIN_SOLAR);

    /** The latest supported lunar date, the equivalent of 2199-12-31. */
    public static final LunarDate MAX = from(MAX_SOLAR);

    /** The lunar year. */
    private final int year;
    /** The month number, 1 to 12. */
    private final int month;
    /** The day of the month, 1 to 30. */
    private final int day;
    /** Whether the month is the leap month. */
    private final boolean leapMonth;

    private LunarDate(int year, int month, int day, boolean leapMonth) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.leapMonth = leapMonth;
    }

    /**
     * Obtains a lunar date from its year, month, day and leap flag.
     *
     * @param year the lunar year
     * @param month the month number, 1 to 12
     * @param day the day of the month, 1 to 29 or 30 depending on the month
     * @param leapMonth {@code true} for the leap month that repeats {@code month}
     * @return the lunar date, not null
     * @throws DateTimeException if the date does not exist (month outside 1..12, day outside the month,
     *         a leap flag on a month that is not the leap month of that year) or lies outside the supported
     *         range
     */
    public static LunarDate of(int year, int month, int day, boolean leapMonth) {
        int index = indexOf(year, month, leapMonth);
        LunarYearTable table = LunarYearTable.INSTANCE;
        int length = table.length(index);
        if (day < 1 || day > length) {
            throw new DateTimeException("Invalid day " + day + ": lunar month " + monthLabel(month, leapMonth)
                    + " of " + year + " has " + length + " days");
        }
        long epochDay = (long) table.startEpochDay(index) + day - 1;
        if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
            throw new DateTimeException("Lunar date " + text(year, month, day, leapMonth)
                    + " is outside the supported range " + MIN + " to " + MAX);
        }
        return new LunarDate(year, month, day, leapMonth);
    }

    /**
     * Converts a Gregorian date to the lunar date of the same civil day (at UTC+7).
     *
     * @param date the Gregorian date, 1900-01-01 to 2199-12-31
     * @return the lunar date, not null
     * @throws NullPointerException if {@code date} is null
     * @throws DateTimeException if {@code date} is outside the supported range
     */
    public static LunarDate from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return ofEpochDay(date.toEpochDay());
    }

    private static LunarDate ofEpochDay(long epochDay) {
        if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
            throw new DateTimeException("Date " + LocalDate.ofEpochDay(epochDay)
                    + " is outside the supported range " + MIN_SOLAR + " to " + MAX_SOLAR);
        }
        LunarYearTable table = LunarYearTable.INSTANCE;
        int index = table.monthIndexOf(epochDay);
        return new LunarDate(table.year(index), table.month(index),
                (int) (epochDay - table.startEpochDay(index)) + 1, table.isLeap(index));
    }

    /**
     * Obtains the leap month of a lunar year.
     *
     * @param lunarYear the lunar year, 1899 to 2199
     * @return the number (1 to 12) of the month that is repeated as leap month, or empty if the year has
     *         12 months
     * @throws DateTimeException if the year is outside 1899 to 2199
     */
    public static OptionalInt leapMonthOf(int lunarYear) {
        checkYear(lunarYear);
        int leap = LunarYearTable.INSTANCE.leapMonth(lunarYear);
        return leap == 0 ? OptionalInt.empty() : OptionalInt.of(leap);
    }

    /**
     * Obtains the length of a lunar month.
     *
     * @param year the lunar year, 1899 to 2199
     * @param month the month number, 1 to 12
     * @param leapMonth {@code true} for the leap month that repeats {@code month}
     * @return 29 or 30
     * @throws DateTimeException if the year is outside 1899 to 2199, the month outside 1 to 12, or the
     *         month is flagged leap but is not the leap month of that year
     */
    public static int lengthOfMonth(int year, int month, boolean leapMonth) {
        return LunarYearTable.INSTANCE.length(indexOf(year, month, leapMonth));
    }

    /**
     * Parses the text form produced by {@link #toString()}: {@code yyyy-MM-dd} for a regular month and
     * {@code yyyy-MML-dd} for the leap month, e.g. {@code 2025-01-15} or {@code 2025-06L-01}.
     *
     * @param text the text to parse
     * @return the lunar date, not null
     * @throws NullPointerException if {@code text} is null
     * @throws DateTimeParseException if the text does not have that form or names a date that does not
     *         exist or is outside the supported range
     */
    public static LunarDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw new DateTimeParseException("Text '" + text
                    + "' is not a lunar date of the form yyyy-MM-dd or yyyy-MML-dd", text, 0);
        }
        try {
            return of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(4)), !matcher.group(3).isEmpty());
        } catch (DateTimeException e) {
            throw new DateTimeParseException("Text '" + text + "' could not be parsed: " + e.getMessage(),
                    text, 0, e);
        }
    }

    private static int indexOf(int year, int month, boolean leapMonth) {
        checkYear(year);
        if (month < 1 || month > 12) {
            throw new DateTimeException("Invalid lunar month " + month + ": must be 1 to 12");
        }
        int index = LunarYearTable.INSTANCE.monthIndexOf(year, month, leapMonth);
        if (index < 0) {
            int leap = LunarYearTable.INSTANCE.leapMonth(year);
            throw new DateTimeException("Lunar month " + month + " of " + year + " is not a leap month ("
                    + (leap == 0 ? year + " has no leap month" : "the leap month of " + year + " is " + leap)
                    + ")");
        }
        return index;
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new DateTimeException("Invalid lunar year " + year + ": supported are " + MIN_YEAR + " to "
                    + MAX_YEAR);
        }
    }

    /**
     * Converts this lunar date to the Gregorian date of the same civil day.
     *
     * @return the Gregorian date, not null
     */
    public LocalDate toLocalDate() {
        return LocalDate.ofEpochDay(toEpochDay());
    }

    private long toEpochDay() {
        LunarYearTable table = LunarYearTable.INSTANCE;
        return (long) table.startEpochDay(table.monthIndexOf(year, month, leapMonth)) + day - 1;
    }

    /**
     * Returns the lunar year.
     *
     * @return the lunar year, the Gregorian year of its Tết
     */
    public int year() {
        return year;
    }

    /**
     * Returns the month number.
     *
     * @return the month number, 1 to 12 (the leap month has the number of the month it repeats)
     */
    public int month() {
        return month;
    }

    /**
     * Returns the day of the month.
     *
     * @return the day, 1 to 30
     */
    public int day() {
        return day;
    }

    /**
     * Tells whether the month of this date is the leap month (tháng nhuận).
     *
     * @return {@code true} for the leap month
     */
    public boolean isLeapMonth() {
        return leapMonth;
    }

    /**
     * Returns the length of the month of this date.
     *
     * @return 29 or 30
     */
    public int lengthOfMonth() {
        return lengthOfMonth(year, month, leapMonth);
    }

    /**
     * Returns a copy of this date with the given number of days added.
     *
     * @param days the days to add, may be negative
     * @return the resulting lunar date, not null
     * @throws DateTimeException if the result is outside the supported range
     */
    public LunarDate plusDays(long days) {
        if (days == 0) {
            return this;
        }
        long epochDay = toEpochDay();
        if (days > MAX_EPOCH_DAY - epochDay || days < MIN_EPOCH_DAY - epochDay) {
            throw new DateTimeException("Adding " + days + " days to " + this
                    + " leaves the supported range " + MIN + " to " + MAX);
        }
        return ofEpochDay(epochDay + days);
    }

    /**
     * Returns the Vietnamese sexagenary (Can Chi) name of the lunar year, e.g. "Ất Tỵ" for 2025 and
     * "Bính Ngọ" for 2026.
     *
     * @return the name of the year, not null
     */
    public String yearName() {
        return Sexagenary.ofYear(year);
    }

    /**
     * Returns the Vietnamese sexagenary (Can Chi) name of the month, e.g. "Bính Dần" for month 1 of 2024.
     * A leap month carries the name of the month it repeats.
     *
     * @return the name of the month, not null
     */
    public String monthName() {
        return Sexagenary.ofMonth(year, month);
    }

    /**
     * Returns the Vietnamese sexagenary (Can Chi) name of the day, e.g. "Giáp Thìn" for Tết 2024
     * (2024-02-10).
     *
     * @return the name of the day, not null
     */
    public String dayName() {
        return Sexagenary.ofDay(toEpochDay() + Astronomy.JDN_OF_EPOCH_DAY_0);
    }

    /**
     * Compares this date with another chronologically: a leap month comes after the regular month with
     * the same number.
     *
     * @param other the other date, not null
     * @return negative, zero or positive as this date is before, equal to or after {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    @Override
    public int compareTo(LunarDate other) {
        int cmp = Integer.compare(year, other.year);
        if (cmp == 0) {
            cmp = Integer.compare(month, other.month);
        }
        if (cmp == 0) {
            cmp = Boolean.compare(leapMonth, other.leapMonth);
        }
        if (cmp == 0) {
            cmp = Integer.compare(day, other.day);
        }
        return cmp;
    }

    /**
     * Checks whether this date equals another object: equal if it is a {@code LunarDate} with the same
     * year, month, leap flag and day.
     *
     * @param obj the object to compare with, may be null
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof LunarDate other
                && year == other.year && month == other.month && day == other.day && leapMonth == other.leapMonth;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return ((year * 32 + month) * 2 + (leapMonth ? 1 : 0)) * 32 + day;
    }

    /**
     * Returns the text form {@code yyyy-MM-dd}, or {@code yyyy-MML-dd} for the leap month, e.g.
     * {@code 2025-01-15} and {@code 2025-06L-01}. {@link #parse(CharSequence)} reads it back.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return text(year, month, day, leapMonth);
    }

    private static String text(int year, int month, int day, boolean leapMonth) {
        StringBuilder sb = new StringBuilder(11);
        sb.append(year).append('-');
        if (month < 10) {
            sb.append('0');
        }
        sb.append(month);
        if (leapMonth) {
            sb.append('L');
        }
        sb.append('-');
        if (day < 10) {
            sb.append('0');
        }
        return sb.append(day).toString();
    }

    private static String monthLabel(int month, boolean leapMonth) {
        return leapMonth ? month + " (leap)" : Integer.toString(month);
    }

    /**
     * Validates a deserialized instance, so that a stream cannot create a date that does not exist.
     *
     * @param in the stream
     * @throws InvalidObjectException if the stream holds a date that does not exist
     * @throws java.io.IOException if the stream cannot be read
     * @throws ClassNotFoundException if a class of the stream cannot be found
     */
    private void readObject(ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            of(year, month, day, leapMonth);
        } catch (DateTimeException e) {
            InvalidObjectException invalid = new InvalidObjectException("Invalid lunar date: " + e.getMessage());
            invalid.initCause(e);
            throw invalid;
        }
    }
}
