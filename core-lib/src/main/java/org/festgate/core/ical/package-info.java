/**
 * The iCalendar (RFC 5545) feed of festival occurrences, built with iCal4j behind one small API,
 * {@link org.festgate.core.ical.IcsFeed}. Every occurrence is written with explicit dates, never as a recurrence
 * rule, since no calendar application expands a Vietnamese lunar rule.
 */
package org.festgate.core.ical;
