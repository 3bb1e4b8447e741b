package org.festgate.web.province;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.festgate.core.gate.BorderGate;
import org.festgate.core.gate.TradeTarget;
import org.festgate.core.goods.LocalProduct;
import org.festgate.web.festival.FestivalViews.Text;

/** What the API shows of gates, products and trade targets. */
public final class ProvinceViews {

    private ProvinceViews() {
    }

    /** A border gate, opening or border market. */
    public record GateView(String key, Text name, String kind, Text kindName, Text partnerGate, String commune,
                           String formerDistrict, double latitude, double longitude, LocalTime opens,
                           LocalTime closes, String source, boolean sample) {
        static GateView of(BorderGate gate) {
            return new GateView(gate.key(), Text.of(gate.name()), gate.kind().name(),
                    Text.of(gate.kind().label()), gate.partnerGate().map(Text::of).orElse(null),
                    gate.commune().name(), gate.commune().formerDistrictLabel().orElse(null),
                    gate.location().latitude(), gate.location().longitude(), gate.openingHours().opens(),
                    gate.openingHours().closes(), gate.provenance().source(), gate.provenance().sample());
        }
    }

    /** A local product of the province. */
    public record ProductView(String key, Text name, String category, Text categoryName, String commune,
                              String formerDistrict, String producer, Integer ocopStars,
                              String geographicalIndication, Text unit, String source, boolean sample) {
        static ProductView of(LocalProduct product) {
            return new ProductView(product.key(), Text.of(product.name()), product.category().name(),
                    Text.of(product.category().label()), product.origin().name(),
                    product.origin().formerDistrictLabel().orElse(null), product.producer(),
                    product.ocop().map(o -> o.stars()).orElse(null), product.geographicalIndication().orElse(null),
                    Text.of(product.unit()), product.provenance().source(), product.provenance().sample());
        }
    }

    /** A trade indicator's baseline and target growth. */
    public record TradeTargetView(String indicator, int baseYear, BigDecimal baseValueUsd,
                                  BigDecimal annualGrowthRate, int targetYear, BigDecimal targetValueUsd,
                                  String source, boolean sample) {
        static TradeTargetView of(TradeTarget target) {
            return new TradeTargetView(target.indicator(), target.baseYear(), target.baseValueUsd(),
                    target.annualGrowthRate(), target.targetYear(), target.targetFor(target.targetYear()),
                    target.provenance().source(), target.provenance().sample());
        }
    }
}
