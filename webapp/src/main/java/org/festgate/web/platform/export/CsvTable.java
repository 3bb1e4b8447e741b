package org.festgate.web.platform.export;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A CSV table (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break in quotes)
 * that a spreadsheet opens without running anything: a text cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, which a spreadsheet would take for a formula, gets a leading
 * apostrophe. Number cells are written as they are, so negative amounts stay numbers.
 */
public final class CsvTable {

    private final StringBuilder text = new StringBuilder();

    /**
     * Appends a row.
     *
     * @param cells texts ({@code String}) and numbers ({@code Number}); null for an empty cell
     */
    public CsvTable row(Object... cells) {
        text.append(Arrays.stream(cells).map(CsvTable::field).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** A cell as a CSV field: numbers as they are, texts guarded against formulas and quoted when needed. */
    public static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number number) {
            return number.toString();
        }
        String value = cell.toString();
        String guarded = value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
        if (guarded.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + guarded.replace("\"", "\"\"") + '"';
        }
        return guarded;
    }
}
