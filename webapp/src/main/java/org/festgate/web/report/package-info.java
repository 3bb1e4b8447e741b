/**
 * The festival report: one per festival and year (attendance, tickets, vendors, sales of local products and the
 * comparison with the year before) as JSON, PDF, CSV tables and an XLSX workbook, and the visitors per festival
 * of the department's figures. This package only assembles and renders: every figure is counted by the database
 * in the feature that owns the rows ({@link org.festgate.web.scan.EntryCounts},
 * {@link org.festgate.web.ticket.TicketCounts}, {@link org.festgate.web.fair.VendorCounts},
 * {@link org.festgate.web.fair.SalesFigures}).
 */
package org.festgate.web.report;
