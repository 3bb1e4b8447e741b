/**
 * Festivals of the ethnic peoples of Lai Châu, their venues and entrances. A festival stores its rule (usually a
 * lunar date) through {@link org.festgate.core.schedule.FestivalSchedule}, never a Gregorian date.
 */
package org.festgate.core.event;
