/**
 * The department's figures for its dashboard and for other provincial systems: read-only, for ADMIN and
 * ORGANIZER, one call per chart, each counted by the database in the feature that owns the records (tickets in
 * {@link org.festgate.web.ticket}, entries in {@link org.festgate.web.scan}, stalls and sales in
 * {@link org.festgate.web.fair}), and the visitors per festival of a year as the festival reports count them
 * ({@link org.festgate.web.report}); this package only exposes them
 * ({@link org.festgate.web.figures.FiguresResource}).
 */
package org.festgate.web.figures;
