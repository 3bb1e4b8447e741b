/**
 * Cultural-trade fairs: fairs with their days, stall maps, fees and quotas ({@link org.festgate.web.fair.FairCatalog}),
 * vendors' stall applications and their workflow ({@link org.festgate.web.fair.StallApplications}), stall
 * allocation with previews, commits and manual changes ({@link org.festgate.web.fair.Allocations}, booked by
 * {@link org.festgate.web.fair.AllocationDesk} under a unique constraint that rules out double bookings), fee
 * notices, the public stall map and product search ({@link org.festgate.web.fair.StallOccupancy}) and vendors' daily
 * sales with their CSV export ({@link org.festgate.web.fair.SalesLedger}). Vendors and their products are reached
 * only through the vendor feature's {@code Vendors} service.
 */
package org.festgate.web.fair;
