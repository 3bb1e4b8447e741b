package org.festgate.core.calendar;

import java.util.Arrays;

/**
 * Precomputed table of every lunar month from lunar month 11 of 1898 to lunar month 10 of 2200, computed
 * once, at class initialisation, with {@link Astronomy}. Immutable after construction and therefore safe
 * to share between threads.
 *
 * <p>The table is built cycle by cycle: cycle {@code Y} holds the 12 or 13 months from the start of month
 * 11 of Gregorian year {@code Y − 1} (inclusive) to the start of month 11 of year {@code Y} (exclusive),
 * following the rules of the reference, §1 and §5.
 */
final class LunarYearTable {

    /** First and last cycle computed (see the class comment). */
    private static final int FIRST_CYCLE = 1899;
    private static final int LAST_CYCLE = 2200;

    /** First and last lunar years whose months are all in the table. */
    static final int FIRST_FULL_YEAR = FIRST_CYCLE;
    static final int LAST_FULL_YEAR = LAST_CYCLE - 1;

    static final LunarYearTable INSTANCE = new LunarYearTable();

    /** Epoch day of the first day of each month; one extra trailing entry is the end of the last month. */
    private final int[] starts;
    private final short[] years;
    private final byte[] months;
    private final boolean[] leaps;
    /** Index of month 1 of each lunar year FIRST_FULL_YEAR..LAST_FULL_YEAR + 1. */
    private final int[] firstMonthIndex;
    /** Leap month number (1..12) of each lunar year FIRST_FULL_YEAR..LAST_FULL_YEAR, 0 if none. */
    private final byte[] leapMonth;

    private LunarYearTable() {
        int capacity = (LAST_CYCLE - FIRST_CYCLE + 1) * 13 + 1;
        int[] s = new int[capacity];
        short[] y = new short[capacity];
        byte[] m = new byte[capacity];
        boolean[] l = new boolean[capacity];
        int n = 0;
        long previous11 = Astronomy.month11Start(FIRST_CYCLE - 1);
        for (int cycle = FIRST_CYCLE; cycle <= LAST_CYCLE; cycle++) {
            long next11 = Astronomy.month11Start(cycle);
            int k11 = Astronomy.lunationIndexNear(previous11);
            int count = next11 - previous11 > 365 ? 13 : 12;
            check(Astronomy.newMoonDay(k11) == previous11 && Astronomy.newMoonDay(k11 + count) == next11,
                    cycle);
            int leapOffset = count == 13 ? leapOffset(k11) : Integer.MAX_VALUE;
            for (int i = 0; i < count; i++) {
                int ordinal = i < leapOffset ? i : i - 1; // 0 = month 11, 1 = month 12, 2 = month 1, ...
                int label = (ordinal + 10) % 12 + 1;
                s[n] = (int) (Astronomy.newMoonDay(k11 + i) - Astronomy.JDN_OF_EPOCH_DAY_0);
                y[n] = (short) (ordinal < 2 ? cycle - 1 : cycle);
                m[n] = (byte) label;
                l[n] = i == leapOffset;
                n++;
            }
            previous11 = next11;
        }
        s[n] = (int) (previous11 - Astronomy.JDN_OF_EPOCH_DAY_0);
        starts = Arrays.copyOf(s, n + 1);
        years = Arrays.copyOf(y, n);
        months = Arrays.copyOf(m, n);
        leaps = Arrays.copyOf(l, n);

        firstMonthIndex = new int[LAST_FULL_YEAR - FIRST_FULL_YEAR + 2];
        leapMonth = new byte[LAST_FULL_YEAR - FIRST_FULL_YEAR + 1];
        for (int i = 0; i < n; i++) {
            int yearIndex = years[i] - FIRST_FULL_YEAR;
            if (months[i] == 1 && !leaps[i] && yearIndex >= 0 && yearIndex < firstMonthIndex.length) {
                firstMonthIndex[yearIndex] = i;
            }
            if (leaps[i] && yearIndex >= 0 && yearIndex < leapMonth.length) {
                leapMonth[yearIndex] = months[i];
            }
        }
    }

    /**
     * Offset, counted from month 11 (offset 0), of the first month without a principal term: that month
     * is the leap month of a 13-month cycle.
     */
    private static int leapOffset(int k11) {
        int i = 1;
        int sector = Astronomy.sunSector(Astronomy.newMoonDay(k11 + i));
        while (i < 13) {
            int nextSector = Astronomy.sunSector(Astronomy.newMoonDay(k11 + i + 1));
            if (nextSector == sector) {
                return i;
            }
            sector = nextSector;
            i++;
        }
        throw new IllegalStateException("No month without a principal term after month 11 at k = " + k11);
    }

    private static void check(boolean condition, int cycle) {
        if (!condition) {
            throw new IllegalStateException("Inconsistent lunar month table for the cycle ending in " + cycle);
        }
    }

    /** Index of the month containing the epoch day; the day must lie inside the table. */
    int monthIndexOf(long epochDay) {
        int i = (int) ((epochDay - starts[0]) / Astronomy.SYNODIC_MONTH);
        if (i >= years.length) {
            i = years.length - 1;
        }
        while (starts[i] > epochDay) {
            i--;
        }
        while (starts[i + 1] <= epochDay) {
            i++;
        }
        return i;
    }

    /**
     * Index of a lunar month, or -1 if the year is outside the table, the month is outside 1..12 or the
     * month is marked leap but is not the leap month of that year.
     */
    int monthIndexOf(int year, int month, boolean leap) {
        if (year < FIRST_FULL_YEAR || year > LAST_FULL_YEAR || month < 1 || month > 12) {
            return -1;
        }
        int leapOfYear = leapMonth[year - FIRST_FULL_YEAR];
        if (leap && leapOfYear != month) {
            return -1;
        }
        int index = firstMonthIndex[year - FIRST_FULL_YEAR] + month - 1;
        if (leapOfYear != 0 && (month > leapOfYear || leap)) {
            index++;
        }
        return index;
    }

    /** Leap month (1..12) of a lunar year in the table, 0 if it has none. */
    int leapMonth(int year) {
        return leapMonth[year - FIRST_FULL_YEAR];
    }

    int startEpochDay(int index) {
        return starts[index];
    }

    int length(int index) {
        return starts[index + 1] - starts[index];
    }

    int year(int index) {
        return years[index];
    }

    int month(int index) {
        return months[index];
    }

    boolean isLeap(int index) {
        return leaps[index];
    }
}
