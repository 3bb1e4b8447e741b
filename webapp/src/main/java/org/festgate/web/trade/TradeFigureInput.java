package org.festgate.web.trade;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.festgate.web.platform.problem.ProblemException;

/**
 * The figures of one gate and month as the department writes them:
 * <pre>{"importUsd":1200000.00, "exportUsd":950000, "localGoodsExportUsd":310000.50,
 *  "temporaryImportForReexportUsd":0, "peopleCrossing":41250, "vehiclesCrossing":3820}</pre>
 * Every field is required; the rules are {@link FigureCheck}'s, the same as for a CSV line. Public fields, not a
 * record, and no Bean Validation annotations: see {@code SignInRequest}; the checks are made by hand so that a body
 * and a CSV file are judged by the one set of rules.
 */
public class TradeFigureInput {

    public BigDecimal importUsd;

    public BigDecimal exportUsd;

    public BigDecimal localGoodsExportUsd;

    public BigDecimal temporaryImportForReexportUsd;

    public Long peopleCrossing;

    public Long vehiclesCrossing;

    /**
     * The checked figures.
     *
     * @throws ProblemException 400 naming every field that is missing or out of range
     */
    MonthlyFigures toFigures() {
        FigureCheck check = new FigureCheck(null);
        Map<String, BigDecimal> amounts = new HashMap<>();
        amounts.put(MonthlyFigures.IMPORT_USD, importUsd);
        amounts.put(MonthlyFigures.EXPORT_USD, exportUsd);
        amounts.put(MonthlyFigures.LOCAL_GOODS_EXPORT_USD, localGoodsExportUsd);
        amounts.put(MonthlyFigures.TEMPORARY_IMPORT_USD, temporaryImportForReexportUsd);
        Map<String, Long> counts = new HashMap<>();
        counts.put(MonthlyFigures.PEOPLE_CROSSING, peopleCrossing);
        counts.put(MonthlyFigures.VEHICLES_CROSSING, vehiclesCrossing);
        MonthlyFigures figures = check.figures(name -> check.usd(name, amounts.get(name)),
                name -> check.count(name, counts.get(name)));
        check.refuseIfFailed("the figures are not valid; nothing was stored");
        return figures;
    }
}
