package org.festgate.data;

import java.util.List;
import java.util.Optional;

import org.festgate.core.event.Festival;
import org.festgate.core.event.Venue;
import org.festgate.core.gate.BorderGate;
import org.festgate.core.gate.TradeTarget;
import org.festgate.core.goods.LocalProduct;
import org.festgate.core.text.LocalizedText;

/**
 * An immutable, validated province data set: every list is unmodifiable, keys are unique per kind and every
 * cross-reference (source ids, festival venue keys) resolves. Records keep the order of the file.
 *
 * <p>An importer upserts each record by its key ({@code gate.key()}, {@code venue.key()}, ...; trade targets by
 * {@link #tradeTargetKeys()}), never by position. Each record's origin is its core-lib
 * {@link org.festgate.core.text.Provenance}: for a sourced record {@code provenance().source()} is a source id that
 * {@link #source(String)} resolves; for a pure sample it is the record's note. The {@code note} of a record that
 * has a source (whether or not it is also flagged sample) is not carried by the core types and stays in the file.
 *
 * @param provinceKey     slug of the province ({@code lai-chau})
 * @param provinceName    province name in vi, en, zh
 * @param sources         cited documents
 * @param gates           border gates, openings and border markets
 * @param venues          festival venues with their entrances
 * @param products        local products
 * @param festivals       festivals, each with its schedule ({@code festival.schedule().occurrences(from, to)})
 * @param tradeTargets    trade baselines and targets
 * @param tradeTargetKeys the stable key of each trade target, same order as {@code tradeTargets}
 */
public record ProvinceDataSet(String provinceKey, LocalizedText provinceName, List<Source> sources,
        List<BorderGate> gates, List<Venue> venues, List<LocalProduct> products, List<Festival> festivals,
        List<TradeTarget> tradeTargets, List<String> tradeTargetKeys) {

    /** Makes defensive copies. */
    public ProvinceDataSet {
        sources = List.copyOf(sources);
        gates = List.copyOf(gates);
        venues = List.copyOf(venues);
        products = List.copyOf(products);
        festivals = List.copyOf(festivals);
        tradeTargets = List.copyOf(tradeTargets);
        tradeTargetKeys = List.copyOf(tradeTargetKeys);
    }

    /** @param id a source id @return the source with that id */
    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** @param key a gate key @return the gate with that key */
    public Optional<BorderGate> gate(String key) {
        return gates.stream().filter(g -> g.key().equals(key)).findFirst();
    }

    /** @param key a venue key @return the venue with that key */
    public Optional<Venue> venue(String key) {
        return venues.stream().filter(v -> v.key().equals(key)).findFirst();
    }

    /** @param key a product key @return the product with that key */
    public Optional<LocalProduct> product(String key) {
        return products.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** @param key a festival key @return the festival with that key */
    public Optional<Festival> festival(String key) {
        return festivals.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** @param key a trade-target key @return the trade target with that key */
    public Optional<TradeTarget> tradeTarget(String key) {
        int i = tradeTargetKeys.indexOf(key);
        return i < 0 ? Optional.empty() : Optional.of(tradeTargets.get(i));
    }
}
