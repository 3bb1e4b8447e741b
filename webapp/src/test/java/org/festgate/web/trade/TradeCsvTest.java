package org.festgate.web.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The CSV reader's limits and line handling, without a server (TradeFiguresIT covers it over HTTP). */
class TradeCsvTest {

    private static final String HEADER = String.join(",", TradeCsv.COLUMNS);
    private static final TradeCsv READER = new TradeCsv(Set.of("ma-lu-thang", "po-to"), YearMonth.of(2026, 11));

    @Test
    void test_read_lineEndingsQuotesAndSpaces() {
        String file = HEADER + "\r" + " ma-lu-thang ,\"2026-11\",1.5,2,0.50,0,\" 3 \",4\r\n\n"
                + "po-to,2000-01,0,0,0,0,0,0";
        List<TradeCsv.Row> rows = READER.read(file.getBytes(StandardCharsets.UTF_8));
        assertThat(rows).extracting(TradeCsv.Row::line).containsExactly(2, 4);
        assertThat(rows.get(0).key()).isEqualTo(new GateMonth("ma-lu-thang", YearMonth.of(2026, 11)));
        assertThat(rows.get(0).figures()).isEqualTo(new MonthlyFigures(new BigDecimal("1.50"), new BigDecimal("2"),
                new BigDecimal("0.5"), BigDecimal.ZERO, 3, 4));
    }

    @Test
    void test_read_headerOnly() {
        assertThat(READER.read((HEADER + "\n").getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void test_read_monthsOutsideTheRange() {
        String file = HEADER + "\nma-lu-thang,1999-12,0,0,0,0,0,0\nma-lu-thang,2026-12,0,0,0,0,0,0\n";
        String reason = "must be from 2000-01 to the current month 2026-11";
        assertThat(refusal(file).errors()).extracting(Problem.FieldError::line, Problem.FieldError::reason)
                .containsExactly(tuple(2, reason), tuple(3, reason));
    }

    @Test
    void test_read_tooManyRows() {
        String file = HEADER + "\n" + "ma-lu-thang,2026-01,0,0,0,0,0,0\n".repeat(TradeCsv.MAX_ROWS + 1);
        Problem problem = refusal(file);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("body");
        assertThat(problem.detail()).isEqualTo("body: has 10001 lines of figures; at most 10000 per file");
    }

    @Test
    void test_read_listsAtMostAThousandProblems() {
        String file = HEADER + "\n" + "nowhere,2026-01,x,0,0,0,0,0\n".repeat(600);
        Problem problem = refusal(file);
        assertThat(problem.errors()).hasSize(TradeCsv.MAX_LISTED);
        assertThat(problem.errors().get(TradeCsv.MAX_LISTED - 1).line()).isEqualTo(501);
        assertThat(problem.detail()).isEqualTo("1200 problems on 600 lines; the first 1000 are listed; nothing was "
                + "imported");
    }

    @Test
    void test_read_emptyFile() {
        assertThat(refusal("").errors()).extracting(Problem.FieldError::field).startsWith("column 1", "gate");
    }

    private static Problem refusal(String file) {
        return catchThrowableOfType(() -> READER.read(file.getBytes(StandardCharsets.UTF_8)), ProblemException.class)
                .problem();
    }
}
