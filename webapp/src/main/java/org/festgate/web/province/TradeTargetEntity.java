package org.festgate.web.province;

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
import org.festgate.core.gate.TradeTarget;
import org.festgate.core.text.Provenance;

/** A trade indicator's baseline and growth target, as stored; the persistent form of {@link TradeTarget}. */
@Entity
@Table(name = "trade_target")
@NamedQuery(name = "TradeTargetEntity.findAll", query = "SELECT t FROM TradeTargetEntity t ORDER BY t.indicator")
@NamedQuery(name = "TradeTargetEntity.findByIndicator",
        query = "SELECT t FROM TradeTargetEntity t WHERE t.indicator = :indicator")
public class TradeTargetEntity {

    @Id
    @SequenceGenerator(name = "trade_target_seq", sequenceName = "trade_target_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trade_target_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String indicator;

    @Column(name = "base_year", nullable = false)
    private int baseYear;

    @Column(name = "base_value_usd", nullable = false)
    private BigDecimal baseValueUsd;

    @Column(name = "annual_growth_rate", nullable = false)
    private BigDecimal annualGrowthRate;

    @Column(name = "target_year", nullable = false)
    private int targetYear;

    @Column(nullable = false)
    private String source;

    private boolean sample;

    @Version
    private long version;

    protected TradeTargetEntity() {
    }

    TradeTargetEntity(TradeTarget target) {
        this.indicator = target.indicator();
        update(target);
    }

    /** Takes every value of the target except its indicator. */
    void update(TradeTarget target) {
        this.baseYear = target.baseYear();
        this.baseValueUsd = target.baseValueUsd();
        this.annualGrowthRate = target.annualGrowthRate();
        this.targetYear = target.targetYear();
        this.source = target.provenance().source();
        this.sample = target.provenance().sample();
    }

    public TradeTarget toTarget() {
        return TradeTarget.of(indicator, baseYear, baseValueUsd, annualGrowthRate, targetYear,
                new Provenance(source, sample));
    }
}
