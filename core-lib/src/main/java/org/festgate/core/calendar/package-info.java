/**
 * The Vietnamese lunar calendar (âm lịch): {@link org.festgate.core.calendar.LunarDate}, conversion to and
 * from {@link java.time.LocalDate}, leap months and the sexagenary (Can Chi) names of years, months and days.
 *
 * <p>The calendar is computed from astronomical formulas (simplified Meeus new moons and solar longitude)
 * for the meridian 105° E, i.e. UTC+7, for Gregorian dates 1900-01-01 to 2199-12-31. Before 1968 this is
 * the <em>proleptic</em> UTC+7 calendar (reference {@code vietnamese-lunar-calendar.md} §8): the calendars
 * actually used then (UTC+8, older meridians) differ in a few years, e.g. Tết 1965 and the leap month of
 * 1938. No historical time zones are modelled.
 *
 * <p>The simplified formulas are within a few minutes of high-precision ephemerides; every published
 * vector of the reference (§7, §10) is reproduced. Month starts whose new moon falls within seconds of
 * local midnight can differ by one day from a high-precision computation (reference §9: the simplified
 * method starts month 11 of 2072 on 2072-12-10 and month 10 of 2077 on 2077-11-16, high precision one day
 * earlier).
 */
package org.festgate.core.calendar;
