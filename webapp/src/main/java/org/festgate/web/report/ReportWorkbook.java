package org.festgate.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The tables of a festival report as one XLSX workbook, a sheet per table named as the table, its first row the
 * column names. Cells are written as values (texts as strings, numbers as numbers), never as formulas.
 */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    static byte[] of(List<ReportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Festgate", "1.0");
            for (ReportTable table : tables) {
                Worksheet sheet = workbook.newWorksheet(table.name());
                for (int c = 0; c < table.columns().size(); c++) {
                    sheet.value(0, c, table.columns().get(c));
                }
                sheet.range(0, 0, 0, table.columns().size() - 1).style().bold().set();
                for (int r = 0; r < table.rows().size(); r++) {
                    List<Object> row = table.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        write(sheet, r + 1, c, row.get(c));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, int row, int column, Object cell) {
        if (cell instanceof Number number) {
            sheet.value(row, column, number);
        } else if (cell != null) {
            sheet.value(row, column, cell.toString());
        }
    }
}
