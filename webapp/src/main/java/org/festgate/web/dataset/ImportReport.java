package org.festgate.web.dataset;

/**
 * How many records of each kind an import wrote (added or updated).
 *
 * @param gates border gates, openings and markets
 * @param venues venues
 * @param products local products
 * @param festivals festivals
 * @param tradeTargets trade targets
 */
public record ImportReport(int gates, int venues, int products, int festivals, int tradeTargets) {
}
