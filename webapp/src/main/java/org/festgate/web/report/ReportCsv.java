package org.festgate.web.report;

import org.festgate.web.platform.export.CsvTable;

/** A table of a festival report as CSV, its text cells guarded against spreadsheet formulas ({@link CsvTable}). */
final class ReportCsv {

    private ReportCsv() {
    }

    static String of(ReportTable table) {
        CsvTable csv = new CsvTable().row(table.columns().toArray());
        table.rows().forEach(row -> csv.row(row.toArray()));
        return csv.toString();
    }
}
