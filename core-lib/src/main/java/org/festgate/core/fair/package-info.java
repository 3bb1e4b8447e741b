/**
 * Cultural-trade fairs (hội chợ văn hoá - thương mại): the fair with its days and its stall map, the fees, the
 * vendors' stall applications and their workflow, the allocation of stalls, and the QR codes that link a stall's
 * products to their pages.
 * <p>
 * A {@link org.festgate.core.fair.Fair} has {@link org.festgate.core.fair.FairDay days} and a
 * {@link org.festgate.core.fair.StallMap} of {@link org.festgate.core.fair.Zone zones} and
 * {@link org.festgate.core.fair.Stall stalls}. A vendor's application moves through the
 * {@link org.festgate.core.fair.ApplicationWorkflow}; the {@link org.festgate.core.fair.StallAllocator} gives the
 * approved ones stalls, or says why it could not, and checks an organizer's manual change by the same rules. The
 * {@link org.festgate.core.fair.FeeSchedule} prices a stall by its category, area and days.
 */
package org.festgate.core.fair;
