package org.festgate.web.trade;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.Problem.FieldError;
import org.festgate.web.platform.problem.ProblemException;

/**
 * Reads a CSV file of trade figures, all of it or nothing. The format:
 * <ul>
 * <li>UTF-8 (a byte order mark is allowed), lines ending in LF or CRLF, fields separated by commas; a field may be
 * put in double quotes, none may contain a comma or a quote; spaces around a field are ignored;</li>
 * <li>the first line is the header naming the {@link #COLUMNS}, in any order:
 * {@code gate,month,importUsd,exportUsd,localGoodsExportUsd,temporaryImportForReexportUsd,peopleCrossing,
 * vehiclesCrossing};</li>
 * <li>then one line per gate and month, such as {@code ma-lu-thang,2024-03,1200000.00,950000,310000.50,0,41250,3820},
 * at most {@value #MAX_ROWS}; blank lines are skipped;</li>
 * <li>every value follows {@link FigureCheck}'s rules, and a gate and month appear on one line only.</li>
 * </ul>
 * Every line is checked before anything is taken: a file with any bad line is refused whole with 400, listing each
 * problem with its line (1 is the header), its column and the reason (at most {@value #MAX_LISTED} problems).
 */
final class TradeCsv {

    /** The most lines of figures in one file. */
    static final int MAX_ROWS = 10_000;
    /** The most problems listed in one answer; the detail counts them all. */
    static final int MAX_LISTED = 1000;
    /** The columns of the file, in the order of the documented header. */
    static final List<String> COLUMNS = List.of(FigureCheck.GATE, FigureCheck.MONTH, MonthlyFigures.IMPORT_USD,
            MonthlyFigures.EXPORT_USD, MonthlyFigures.LOCAL_GOODS_EXPORT_USD, MonthlyFigures.TEMPORARY_IMPORT_USD,
            MonthlyFigures.PEOPLE_CROSSING, MonthlyFigures.VEHICLES_CROSSING);

    /** The field of a problem with a whole line rather than one of its columns. */
    private static final String ROW = "row";

    /**
     * A line of figures, checked.
     *
     * @param line the line of the file
     * @param key the gate and month
     * @param figures the figures
     */
    record Row(int line, GateMonth key, MonthlyFigures figures) {
    }

    private final Set<String> gates;
    private final YearMonth lastMonth;

    /**
     * @param gates the keys of the province's gates
     * @param lastMonth the latest month figures can be given for: the current one
     */
    TradeCsv(Set<String> gates, YearMonth lastMonth) {
        this.gates = Set.copyOf(gates);
        this.lastMonth = lastMonth;
    }

    /**
     * Reads every line of figures.
     *
     * @param file the file's bytes
     * @return the lines, in the order of the file
     * @throws ProblemException 400 listing every problem if the file has any bad line, header or encoding
     */
    List<Row> read(byte[] file) {
        List<String> lines = Arrays.asList(decode(file).split("\r\n|\n|\r", -1));
        if (lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        int[] positions = header(lines.get(0));
        long count = lines.stream().skip(1).filter(l -> !l.isBlank()).count();
        if (count > MAX_ROWS) {
            throw new ProblemException(Problem.invalidField("body", "has " + count + " lines of figures; at most "
                    + MAX_ROWS + " per file"));
        }
        List<Row> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Map<GateMonth, Integer> seen = new HashMap<>();
        int badLines = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            FigureCheck check = new FigureCheck(i + 1);
            Row row = row(i + 1, fields(lines.get(i)), positions, check, seen);
            if (row == null) {
                badLines++;
                errors.addAll(check.errors());
            } else {
                rows.add(row);
            }
        }
        if (!errors.isEmpty()) {
            throw refused(errors, badLines);
        }
        return rows;
    }

    private Row row(int line, String[] fields, int[] positions, FigureCheck check, Map<GateMonth, Integer> seen) {
        if (fields.length != COLUMNS.size()) {
            return check.fail(ROW, "has " + fields.length + " fields; the header has " + COLUMNS.size());
        }
        UnaryOperator<String> cell = column -> fields[positions[COLUMNS.indexOf(column)]];
        String gate = check.gate(cell.apply(FigureCheck.GATE), gates);
        YearMonth month = check.month(cell.apply(FigureCheck.MONTH), lastMonth);
        MonthlyFigures figures = check.figures(column -> check.usd(column, cell.apply(column)),
                column -> check.count(column, cell.apply(column)));
        if (gate == null || month == null) {
            return null;
        }
        GateMonth key = new GateMonth(gate, month);
        Integer first = seen.putIfAbsent(key, line);
        if (first != null) {
            return check.fail(FigureCheck.MONTH, "gate " + gate + " and month " + month + " are on line " + first
                    + " already");
        }
        return figures == null ? null : new Row(line, key, figures);
    }

    /** For each of the {@link #COLUMNS}, its position in the file's lines. */
    private static int[] header(String line) {
        String[] names = fields(line);
        FigureCheck check = new FigureCheck(1);
        int[] positions = new int[COLUMNS.size()];
        Arrays.fill(positions, -1);
        for (int i = 0; i < names.length; i++) {
            int column = COLUMNS.indexOf(names[i]);
            String field = names[i].isEmpty() ? "column " + (i + 1) : names[i];
            if (column < 0) {
                check.fail(field, "is not a column; the header is " + String.join(",", COLUMNS));
            } else if (positions[column] >= 0) {
                check.fail(field, "is named twice");
            } else {
                positions[column] = i;
            }
        }
        for (int column = 0; column < positions.length; column++) {
            if (positions[column] < 0) {
                check.fail(COLUMNS.get(column), "is missing from the header");
            }
        }
        if (!check.errors().isEmpty()) {
            throw refused(check.errors(), 1);
        }
        return positions;
    }

    /** The fields of a line, without the spaces around them and the quotes of a quoted field. */
    private static String[] fields(String line) {
        String[] fields = line.split(",", -1);
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i].strip();
            boolean quoted = field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"");
            fields[i] = quoted ? field.substring(1, field.length() - 1).strip() : field;
        }
        return fields;
    }

    private static String decode(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(Problem.invalidField("body", "must be text in UTF-8"));
        }
    }

    private static ProblemException refused(List<FieldError> errors, int badLines) {
        String listed = errors.size() > MAX_LISTED ? "; the first " + MAX_LISTED + " are listed" : "";
        return new ProblemException(Problem.badRequest(errors.size() + " problems on " + badLines + " lines"
                + listed + "; nothing was imported", errors.subList(0, Math.min(errors.size(), MAX_LISTED))));
    }
}
