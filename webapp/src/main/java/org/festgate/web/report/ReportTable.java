package org.festgate.web.report;

import java.util.List;

/**
 * One table under a festival report, as its CSV file and its sheet of the workbook show it.
 *
 * @param name the table's name in addresses and sheet names
 * @param columns the column names
 * @param rows the rows: texts ({@code String}), numbers ({@code Number}) or null for an empty cell
 */
public record ReportTable(String name, List<String> columns, List<List<Object>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
