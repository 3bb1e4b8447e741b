package org.festgate.web.trade;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.Problem.FieldError;
import org.festgate.web.platform.problem.ProblemException;

/**
 * Checks the figures of one gate and month field by field, the same way for a request body and for a line of a
 * CSV file, and collects every problem with its field (and line) instead of stopping at the first:
 * <ul>
 * <li>the gate is the key of a border gate, opening or border market of the province;</li>
 * <li>the month is written like {@code 2024-03}, from {@value #FIRST_MONTH_TEXT} to the current month;</li>
 * <li>an amount is required, not negative, at most to the cent and below 10^12 USD;</li>
 * <li>a count of crossings is a whole number, required, not negative and at most {@value #MAX_COUNT};</li>
 * <li>exports of local goods are part of the exports, so never more than {@code exportUsd}.</li>
 * </ul>
 */
final class FigureCheck {

    /** The column of the gate's key. */
    static final String GATE = "gate";
    /** The column of the month. */
    static final String MONTH = "month";

    static final String FIRST_MONTH_TEXT = "2000-01";
    /** The first month figures can be recorded for. */
    static final YearMonth FIRST_MONTH = YearMonth.parse(FIRST_MONTH_TEXT);

    /** Amounts must stay below this: a month of one gate, and the column type NUMERIC(15, 2) with room to spare. */
    static final BigDecimal MAX_USD = new BigDecimal("1000000000000");
    /** The most crossings of one gate in one month. */
    static final long MAX_COUNT = 100_000_000;

    private final Integer line;
    private final List<FieldError> errors = new ArrayList<>();

    /**
     * @param line the line of the CSV file being checked, or null for a request body
     */
    FigureCheck(Integer line) {
        this.line = line;
    }

    /** The current month in Lai Châu (Asia/Ho_Chi_Minh): the latest month figures can be given for. */
    static YearMonth currentMonth(Clock clock) {
        return YearMonth.now(clock.withZone(FestivalSchedule.ZONE));
    }

    /**
     * Reads a year of a query, such as {@code 2024}, from the first year with figures to the current one.
     *
     * @param field the query parameter
     * @param text its value, or null for the default
     * @param otherwise the year when the parameter is not given
     * @param lastYear the latest year allowed
     * @return the year, or null if it is bad
     */
    Integer year(String field, String text, int otherwise, int lastYear) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= FIRST_MONTH.getYear() && year <= lastYear) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        return fail(field, "must be a year from " + FIRST_MONTH.getYear() + " to " + lastYear);
    }

    /** Checks that a gate is known; null if it is not. */
    String gate(String key, Set<String> gates) {
        if (!gates.contains(key)) {
            return fail(GATE, "must be the key of a border gate: " + String.join(", ", gates.stream().sorted()
                    .toList()));
        }
        return key;
    }

    /** Reads a month such as {@code 2024-03} and checks it is not before the first or after the last month. */
    YearMonth month(String text, YearMonth lastMonth) {
        YearMonth month;
        try {
            month = YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return fail(MONTH, "must be a month such as 2024-03");
        }
        if (month.isBefore(FIRST_MONTH) || month.isAfter(lastMonth)) {
            return fail(MONTH, "must be from " + FIRST_MONTH + " to the current month " + lastMonth);
        }
        return month;
    }

    /** Checks an amount; null if it is missing or bad. */
    BigDecimal usd(String field, BigDecimal value) {
        if (value == null) {
            return fail(field, "is required");
        }
        if (value.signum() < 0) {
            return fail(field, "must not be negative");
        }
        if (value.stripTrailingZeros().scale() > MonthlyFigures.CENTS) {
            return fail(field, "must be in USD to the cent at most (two decimals)");
        }
        if (value.compareTo(MAX_USD) >= 0) {
            return fail(field, "must be below " + MAX_USD.toPlainString() + " USD");
        }
        return value;
    }

    /** Reads and checks an amount written as text, such as {@code 1250000.50}; null if it is missing or bad. */
    BigDecimal usd(String field, String text) {
        if (text.isEmpty()) {
            return usd(field, (BigDecimal) null);
        }
        try {
            return usd(field, new BigDecimal(text));
        } catch (NumberFormatException e) {
            return fail(field, "must be an amount in USD such as 1250000.50 (a dot before the cents, no thousands "
                    + "separators)");
        }
    }

    /** Checks a count of crossings; null if it is missing or bad. */
    Long count(String field, Long value) {
        if (value == null) {
            return fail(field, "is required");
        }
        if (value < 0 || value > MAX_COUNT) {
            return fail(field, "must be a whole number from 0 to " + MAX_COUNT);
        }
        return value;
    }

    /** Reads and checks a count written as text; null if it is missing or bad. */
    Long count(String field, String text) {
        if (text.isEmpty()) {
            return count(field, (Long) null);
        }
        try {
            return count(field, Long.valueOf(text));
        } catch (NumberFormatException e) {
            return fail(field, "must be a whole number from 0 to " + MAX_COUNT);
        }
    }

    /**
     * Checks every figure and, if each is good, the figures across fields.
     *
     * @param usd checks the amount of a field, such as {@code name -> check.usd(name, value of name)}
     * @param count checks the count of a field
     * @return the figures, or null if any field of this check failed
     */
    MonthlyFigures figures(Function<String, BigDecimal> usd, Function<String, Long> count) {
        BigDecimal importUsd = usd.apply(MonthlyFigures.IMPORT_USD);
        BigDecimal exportUsd = usd.apply(MonthlyFigures.EXPORT_USD);
        BigDecimal localGoodsExportUsd = usd.apply(MonthlyFigures.LOCAL_GOODS_EXPORT_USD);
        BigDecimal temporaryImportUsd = usd.apply(MonthlyFigures.TEMPORARY_IMPORT_USD);
        Long people = count.apply(MonthlyFigures.PEOPLE_CROSSING);
        Long vehicles = count.apply(MonthlyFigures.VEHICLES_CROSSING);
        if (exportUsd != null && localGoodsExportUsd != null && localGoodsExportUsd.compareTo(exportUsd) > 0) {
            fail(MonthlyFigures.LOCAL_GOODS_EXPORT_USD, "must not be more than " + MonthlyFigures.EXPORT_USD
                    + ": exports of local goods are part of the exports");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new MonthlyFigures(importUsd, exportUsd, localGoodsExportUsd, temporaryImportUsd, people, vehicles);
    }

    /** Records a problem of a field; returns null, for the check methods to answer with. */
    <T> T fail(String field, String reason) {
        errors.add(new FieldError(field, reason, line));
        return null;
    }

    /**
     * Refuses the request if any check failed.
     *
     * @param detail what was being checked, such as "the figures are not valid"
     * @throws ProblemException 400 listing every problem found
     */
    void refuseIfFailed(String detail) {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.badRequest(detail, errors()));
        }
    }

    /** The problems found so far, in the order found. */
    List<FieldError> errors() {
        return List.copyOf(errors);
    }
}
