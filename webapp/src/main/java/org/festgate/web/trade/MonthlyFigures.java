package org.festgate.web.trade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of one gate in one month, checked ({@link FigureCheck}): amounts in USD with two decimals, counts of
 * crossings. The names of the fields are those of the API and the CSV columns.
 *
 * @param importUsd imports
 * @param exportUsd exports, local goods included
 * @param localGoodsExportUsd exports of the province's own goods, at most {@code exportUsd}
 * @param temporaryImportForReexportUsd goods imported to be exported again (tạm nhập tái xuất), not part of the
 *                                      import-export turnover
 * @param peopleCrossing people crossing the gate, both ways
 * @param vehiclesCrossing vehicles crossing the gate, both ways
 */
public record MonthlyFigures(BigDecimal importUsd, BigDecimal exportUsd, BigDecimal localGoodsExportUsd,
                             BigDecimal temporaryImportForReexportUsd, long peopleCrossing, long vehiclesCrossing) {

    static final String IMPORT_USD = "importUsd";
    static final String EXPORT_USD = "exportUsd";
    static final String LOCAL_GOODS_EXPORT_USD = "localGoodsExportUsd";
    static final String TEMPORARY_IMPORT_USD = "temporaryImportForReexportUsd";
    static final String PEOPLE_CROSSING = "peopleCrossing";
    static final String VEHICLES_CROSSING = "vehiclesCrossing";

    /** The decimals of every amount: cents. */
    static final int CENTS = 2;

    /**
     * Takes the figures, amounts with two decimals.
     *
     * @throws ArithmeticException if an amount has fractions of a cent (checked before, by {@link FigureCheck})
     */
    public MonthlyFigures {
        importUsd = cents(importUsd, IMPORT_USD);
        exportUsd = cents(exportUsd, EXPORT_USD);
        localGoodsExportUsd = cents(localGoodsExportUsd, LOCAL_GOODS_EXPORT_USD);
        temporaryImportForReexportUsd = cents(temporaryImportForReexportUsd, TEMPORARY_IMPORT_USD);
    }

    /** What changed from these figures to others, such as {@code exportUsd 200.00 -> 250.00}; empty if nothing. */
    String changesTo(MonthlyFigures after) {
        List<String> changes = new ArrayList<>();
        Map<String, Object> now = after.byName();
        byName().forEach((name, value) -> {
            if (!value.equals(now.get(name))) {
                changes.add(name + " " + value + " -> " + now.get(name));
            }
        });
        return String.join("; ", changes);
    }

    /** Every figure by its name, such as {@code importUsd=1200.00; exportUsd=...}, for the audit log. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        byName().forEach((name, value) -> text.append(text.length() == 0 ? "" : "; ").append(name).append('=')
                .append(value));
        return text.toString();
    }

    private static BigDecimal cents(BigDecimal amount, String name) {
        return Objects.requireNonNull(amount, () -> name + " is required").setScale(CENTS);
    }

    private Map<String, Object> byName() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(IMPORT_USD, importUsd);
        values.put(EXPORT_USD, exportUsd);
        values.put(LOCAL_GOODS_EXPORT_USD, localGoodsExportUsd);
        values.put(TEMPORARY_IMPORT_USD, temporaryImportForReexportUsd);
        values.put(PEOPLE_CROSSING, peopleCrossing);
        values.put(VEHICLES_CROSSING, vehiclesCrossing);
        return values;
    }
}
