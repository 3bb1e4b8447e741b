/**
 * The Vietnamese lunar calendar (âm lịch): {@link org.festgate.core.calendar.LunarDate}, conversion to and
 * from {@link java.time.LocalDate}, leap months and the sexagenary (Can Chi) names of years, months and days.
 *
 * <p>The calendar is computed from astronomical formulas (simplified Meeus new moons and solar longitude)
 * for the meridian 105° E, i.e. UTC+7, for Gregorian dates 1900-01-01 to 2199-12-31. Before 1968 this is
 * the <em>proleptic</em> UTC+7 calendar (reference {@code vietnamese-lunar-calendar.md} §8): the calendars
 * actually used then (UTC+8, older meridians) differ in a few years, e.g. Tết 1965 and the leap month of
 * 1938. No historical time zones are modelled.
 */
package org.festgate.core.calendar;
