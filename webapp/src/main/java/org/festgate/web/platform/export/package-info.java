/**
 * What every feature's downloads share: {@link org.festgate.web.platform.export.CsvTable} (CSV guarded against
 * spreadsheet formulas) and {@link org.festgate.web.platform.export.PdfFonts} (the embedded fonts with Vietnamese
 * and Chinese letters).
 */
package org.festgate.web.platform.export;
