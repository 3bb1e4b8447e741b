package org.festgate.web.trade;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.festgate.web.trade.TradeViews.YearTotals;

/**
 * The indicators of the province's trade targets (the {@code indicator} of events-data's trade targets) that the
 * recorded figures measure, and how: import-export turnover is imports plus exports (temporary imports for
 * re-export are not part of it); exports of local goods are their own column.
 */
enum TradeIndicator {

    IMPORT_EXPORT_TURNOVER("import-export-turnover", "importUsd + exportUsd", YearTotals::importExportTurnoverUsd),
    LOCAL_GOODS_EXPORT("local-goods-export", MonthlyFigures.LOCAL_GOODS_EXPORT_USD, YearTotals::localGoodsExportUsd);

    private final String key;
    private final String measure;
    private final Function<YearTotals, BigDecimal> value;

    TradeIndicator(String key, String measure, Function<YearTotals, BigDecimal> value) {
        this.key = key;
        this.measure = measure;
        this.value = value;
    }

    /** The indicator of a trade target; empty for one that the figures do not measure. */
    static Optional<TradeIndicator> of(String key) {
        return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
    }

    /** Which figures make the indicator, such as {@code importUsd + exportUsd}. */
    String measure() {
        return measure;
    }

    /** The indicator's value in a year's totals. */
    BigDecimal valueOf(YearTotals totals) {
        return value.apply(totals);
    }
}
