package org.festgate.core.calendar;

/**
 * Low-precision astronomy for the Vietnamese lunar calendar: new-moon days and the sector of the Sun's
 * apparent longitude, both for the fixed meridian 105° E (UTC+7).
 *
 * <p>Implemented from the simplified formulas of Jean Meeus, <i>Astronomical Algorithms</i>, as summarised
 * in the project reference {@code vietnamese-lunar-calendar.md} §2–§5. All day numbers are Julian Day
 * Numbers (JDN) of local civil days at UTC+7.
 */
final class Astronomy {

    /** Time zone of the Vietnamese calendar, in hours east of Greenwich. */
    static final double TIME_ZONE_HOURS = 7.0;

    /** JDN of 1970-01-01, i.e. {@code JDN = epochDay + JDN_OF_EPOCH_DAY_0}. */
    static final long JDN_OF_EPOCH_DAY_0 = 2_440_588L;

    /** Mean synodic month in days. */
    static final double SYNODIC_MONTH = 29.530588853;

    /** Julian Date of the new moon with lunation index k = 0 (near 1900-01-01). */
    static final double NEW_MOON_0 = 2415021.076998695;

    private static final double DEG = Math.PI / 180.0;

    private Astronomy() {
    }

    /**
     * UT Julian Date of the new moon with lunation index {@code k} (k = 0 is the new moon near 1900-01-01).
     */
    static double newMoonJulianDate(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * sin(166.56 + 132.87 * t - 0.009173 * t2);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mPrime = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * sin(m) + 0.0021 * sin(2 * m)
                - 0.4068 * sin(mPrime) + 0.0161 * sin(2 * mPrime) - 0.0004 * sin(3 * mPrime)
                + 0.0104 * sin(2 * f) - 0.0051 * sin(m + mPrime) - 0.0074 * sin(m - mPrime)
                + 0.0004 * sin(2 * f + m) - 0.0004 * sin(2 * f - m)
                - 0.0006 * sin(2 * f + mPrime) + 0.0010 * sin(2 * f - mPrime) + 0.0005 * sin(m + 2 * mPrime);
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        return mean + c1 - deltaT;
    }

    /** JDN of the local (UTC+7) civil day that contains the new moon with lunation index {@code k}. */
    static long newMoonDay(int k) {
        return (long) Math.floor(newMoonJulianDate(k) + 0.5 + TIME_ZONE_HOURS / 24.0);
    }

    /**
     * Apparent ecliptic longitude of the Sun, in degrees in [0, 360), at the UT Julian Date {@code jd}
     * (simplified: no nutation, no aberration).
     */
    static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525.0;
        double t2 = t * t;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double c = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(m)
                + (0.019993 - 0.000101 * t) * sin(2 * m) + 0.000290 * sin(3 * m);
        double lambda = l0 + c;
        return lambda - 360.0 * Math.floor(lambda / 360.0);
    }

    /**
     * Sector 0..11 (one per principal term, sector 0 starts at the spring equinox, sector 9 at the winter
     * solstice) of the Sun's longitude at the local midnight that starts the civil day {@code jdn}.
     */
    static int sunSector(long jdn) {
        double jd = jdn - 0.5 - TIME_ZONE_HOURS / 24.0;
        return (int) (sunLongitude(jd) / 30.0);
    }

    /** JDN of the first day of lunar month 11 (the month containing the winter solstice) of Gregorian year. */
    static long month11Start(int gregorianYear) {
        long dec31 = jdnOfGregorian(gregorianYear, 12, 31);
        int k = (int) Math.floor((dec31 - 2415021) / SYNODIC_MONTH);
        long start = newMoonDay(k);
        if (sunSector(start) >= 9) {
            start = newMoonDay(k - 1);
        }
        return start;
    }

    /** Lunation index k of the new moon falling on (or within a few days of) the civil day {@code jdn}. */
    static int lunationIndexNear(long jdn) {
        return (int) Math.floor((jdn - NEW_MOON_0) / SYNODIC_MONTH + 0.5);
    }

    /** JDN of a proleptic Gregorian date (valid for the Gregorian calendar, i.e. after 1582-10-15). */
    static long jdnOfGregorian(int year, int month, int day) {
        int a = (14 - month) / 12;
        long y = year + 4800L - a;
        int m = month + 12 * a - 3;
        return day + (153 * m + 2) / 5 + 365 * y + Math.floorDiv(y, 4) - Math.floorDiv(y, 100)
                + Math.floorDiv(y, 400) - 32045;
    }

    private static double sin(double degrees) {
        return Math.sin(degrees * DEG);
    }
}
