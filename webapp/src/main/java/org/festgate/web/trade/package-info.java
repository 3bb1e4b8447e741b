/**
 * Trade through the border gates: import, export, exports of local goods, temporary imports for re-export, and
 * the people and vehicles crossing, one row per gate and month ({@link org.festgate.web.trade.TradeFigures}),
 * entered one by one or imported from a CSV file that is taken whole or not at all
 * ({@link org.festgate.web.trade.TradeCsv}); and what the department publishes of them: yearly totals per gate
 * and the progress of each year against the province's trade targets ({@link org.festgate.web.trade.TradeReport},
 * with core-lib's target arithmetic). Monthly rows need the ADMIN or ORGANIZER role; yearly figures are public.
 */
package org.festgate.web.trade;
