package org.festgate.web.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.festgate.core.event.Festival;
import org.festgate.core.event.Venue;
import org.festgate.core.gate.BorderGate;
import org.festgate.core.gate.TradeTarget;
import org.festgate.core.goods.LocalProduct;
import org.festgate.core.text.Provenance;
import org.festgate.data.ProvinceDataSet;
import org.festgate.data.Source;
import org.festgate.web.festival.FestivalCatalog;
import org.festgate.web.platform.audit.AuditTrail;
import org.festgate.web.province.ProvinceCatalog;

/**
 * Writes a data set through the feature services, each record added or updated by key, within the caller's
 * transaction. A record's source id is stored as the citation it names, so pages can show where a fact comes
 * from.
 */
@ApplicationScoped
public class DataSetWriter {

    @Inject
    private FestivalCatalog festivals;

    @Inject
    private ProvinceCatalog province;

    @Inject
    private AuditTrail audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public ImportReport write(ProvinceDataSet data, String actor) {
        for (BorderGate g : data.gates()) {
            province.store(BorderGate.of(g.key(), g.name(), g.kind(), g.partnerGate().orElse(null), g.commune(),
                    g.location(), g.openingHours(), cite(data, g.provenance())));
        }
        for (LocalProduct p : data.products()) {
            province.store(LocalProduct.of(p.key(), p.name(), p.category(), p.origin(), p.producer(),
                    p.ocop().orElse(null), p.geographicalIndication().orElse(null), p.unit(),
                    cite(data, p.provenance())));
        }
        for (TradeTarget t : data.tradeTargets()) {
            province.store(TradeTarget.of(t.indicator(), t.baseYear(), t.baseValueUsd(), t.annualGrowthRate(),
                    t.targetYear(), cite(data, t.provenance())));
        }
        festivals.storeAll(
                data.venues().stream().map(v -> Venue.of(v.key(), v.name(), v.commune(), v.location(),
                        v.entrances(), cite(data, v.provenance()))).toList(),
                data.festivals().stream().map(f -> Festival.of(f.key(), f.name(), f.ethnicGroups(), f.venueKey(),
                        f.schedule(), f.description(), cite(data, f.provenance()))).toList());
        ImportReport report = new ImportReport(data.gates().size(), data.venues().size(), data.products().size(),
                data.festivals().size(), data.tradeTargets().size());
        audit.record(actor, "province-data.imported", "province:" + data.provinceKey(), report.toString());
        return report;
    }

    /** The citation that a source id names; a sample's note stays as it is. */
    private static Provenance cite(ProvinceDataSet data, Provenance provenance) {
        String citation = data.source(provenance.source()).map(DataSetWriter::citation).orElse(provenance.source());
        return new Provenance(citation.length() > 500 ? citation.substring(0, 500) : citation, provenance.sample());
    }

    private static String citation(Source source) {
        return source.title() + " — " + source.issuer() + source.dateText().map(d -> ", " + d).orElse("");
    }
}
