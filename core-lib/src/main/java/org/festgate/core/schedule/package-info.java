/**
 * Rules that fix when a festival is held (a lunar date, a solar date, the n-th weekday of a month, a single
 * date), their text form, and their expansion into dated occurrences over a Gregorian range, with sessions at
 * wall-clock times in {@link org.festgate.core.schedule.FestivalSchedule#ZONE}.
 */
package org.festgate.core.schedule;
