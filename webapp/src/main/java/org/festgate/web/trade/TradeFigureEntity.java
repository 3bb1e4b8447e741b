package org.festgate.web.trade;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The trade figures of one gate in one month, as stored, with who wrote them last and when. The gate is named by
 * its key (a foreign key to the province's gates), so this feature needs none of the province feature's entities.
 */
@Entity
@Table(name = "trade_figure")
@NamedQuery(name = "TradeFigureEntity.find", query = "SELECT f FROM TradeFigureEntity f WHERE f.gateKey = :gate"
        + " AND f.figureYear = :year AND f.figureMonth = :month")
@NamedQuery(name = "TradeFigureEntity.ofYears", query = "SELECT f FROM TradeFigureEntity f"
        + " WHERE f.figureYear BETWEEN :from AND :to ORDER BY f.figureYear, f.figureMonth, f.gateKey")
@NamedQuery(name = "TradeFigureEntity.ofYearAndGate", query = "SELECT f FROM TradeFigureEntity f"
        + " WHERE f.figureYear = :year AND f.gateKey = :gate ORDER BY f.figureMonth")
@NamedQuery(name = "TradeFigureEntity.totalsByGateAndYear", query = "SELECT f.gateKey, f.figureYear, COUNT(f),"
        + " SUM(f.importUsd), SUM(f.exportUsd), SUM(f.localGoodsExportUsd), SUM(f.temporaryImportUsd),"
        + " SUM(f.peopleCrossing), SUM(f.vehiclesCrossing) FROM TradeFigureEntity f"
        + " WHERE f.figureYear BETWEEN :from AND :to GROUP BY f.figureYear, f.gateKey"
        + " ORDER BY f.figureYear, f.gateKey")
@NamedQuery(name = "TradeFigureEntity.monthsByYear", query = "SELECT f.figureYear, COUNT(DISTINCT f.figureMonth)"
        + " FROM TradeFigureEntity f WHERE f.figureYear BETWEEN :from AND :to GROUP BY f.figureYear")
public class TradeFigureEntity {

    @Id
    @SequenceGenerator(name = "trade_figure_seq", sequenceName = "trade_figure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trade_figure_seq")
    private Long id;

    @Column(name = "gate_key", nullable = false)
    private String gateKey;

    @Column(name = "figure_year", nullable = false)
    private int figureYear;

    @Column(name = "figure_month", nullable = false)
    private int figureMonth;

    @Column(name = "import_usd", nullable = false)
    private BigDecimal importUsd;

    @Column(name = "export_usd", nullable = false)
    private BigDecimal exportUsd;

    @Column(name = "local_goods_export_usd", nullable = false)
    private BigDecimal localGoodsExportUsd;

    @Column(name = "temporary_import_usd", nullable = false)
    private BigDecimal temporaryImportUsd;

    @Column(name = "people_crossing", nullable = false)
    private long peopleCrossing;

    @Column(name = "vehicles_crossing", nullable = false)
    private long vehiclesCrossing;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected TradeFigureEntity() {
    }

    TradeFigureEntity(GateMonth key, MonthlyFigures figures, Instant at, String actor) {
        this.gateKey = key.gate();
        this.figureYear = key.month().getYear();
        this.figureMonth = key.month().getMonthValue();
        update(figures, at, actor);
    }

    /** Takes the figures as corrected by someone at some time (to the microsecond, as both databases keep it). */
    void update(MonthlyFigures figures, Instant at, String actor) {
        this.importUsd = figures.importUsd();
        this.exportUsd = figures.exportUsd();
        this.localGoodsExportUsd = figures.localGoodsExportUsd();
        this.temporaryImportUsd = figures.temporaryImportForReexportUsd();
        this.peopleCrossing = figures.peopleCrossing();
        this.vehiclesCrossing = figures.vehiclesCrossing();
        this.updatedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.updatedBy = actor;
    }

    GateMonth key() {
        return new GateMonth(gateKey, YearMonth.of(figureYear, figureMonth));
    }

    MonthlyFigures figures() {
        return new MonthlyFigures(importUsd, exportUsd, localGoodsExportUsd, temporaryImportUsd, peopleCrossing,
                vehiclesCrossing);
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
