package org.festgate.core.goods;

import java.util.Objects;
import java.util.Optional;
import org.festgate.core.place.Commune;
import org.festgate.core.text.Checks;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.text.Provenance;

/**
 * A local product (đặc sản) of Lai Châu, such as Sâm Lai Châu ginseng or Shan tuyết tea.
 * <p>
 * The OCOP rating and the geographical indication (chỉ dẫn địa lý) are optional: most products have neither.
 * Two products are equal when all their fields are equal. This class is immutable and thread-safe.
 */
public final class LocalProduct {

    private final String key;
    private final LocalizedText name;
    private final ProductCategory category;
    private final Commune origin;
    private final String producer;
    private final OcopRating ocop;
    private final String geographicalIndication;
    private final LocalizedText unit;
    private final Provenance provenance;

    private LocalProduct(String key, LocalizedText name, ProductCategory category, Commune origin, String producer,
            OcopRating ocop, String geographicalIndication, LocalizedText unit, Provenance provenance) {
        this.key = Checks.key(key, "key");
        this.name = Objects.requireNonNull(name, "name is required");
        this.category = Objects.requireNonNull(category, "category is required");
        this.origin = Objects.requireNonNull(origin, "origin is required");
        this.producer = Checks.nonBlank(producer, "producer");
        this.ocop = ocop;
        this.geographicalIndication = geographicalIndication == null
                ? null : Checks.nonBlank(geographicalIndication, "geographicalIndication");
        this.unit = Objects.requireNonNull(unit, "unit is required");
        this.provenance = Objects.requireNonNull(provenance, "provenance is required");
    }

    /**
     * Obtains a product.
     *
     * @param key                    the stable key, lowercase with hyphens, such as {@code sam-lai-chau}, not null
     * @param name                   the name of the product, not null
     * @param category               the category, not null
     * @param origin                 the commune the product comes from, not null
     * @param producer               the producer (cooperative, enterprise, household), not blank
     * @param ocop                   the OCOP rating, null if unrated
     * @param geographicalIndication the registered geographical indication, null if none, else not blank
     * @param unit                   the unit of sale, such as kg or gói, not null
     * @param provenance             where the record comes from, not null
     * @return the product, not null
     * @throws NullPointerException     if a required argument is null
     * @throws IllegalArgumentException if the key is not a key, or the producer or indication is blank
     */
    public static LocalProduct of(String key, LocalizedText name, ProductCategory category, Commune origin,
            String producer, OcopRating ocop, String geographicalIndication, LocalizedText unit,
            Provenance provenance) {
        return new LocalProduct(key, name, category, origin, producer, ocop, geographicalIndication, unit,
                provenance);
    }

    /**
     * Gets the stable key.
     *
     * @return the key, not null
     */
    public String key() {
        return key;
    }

    /**
     * Gets the name.
     *
     * @return the name, not null
     */
    public LocalizedText name() {
        return name;
    }

    /**
     * Gets the category.
     *
     * @return the category, not null
     */
    public ProductCategory category() {
        return category;
    }

    /**
     * Gets the commune the product comes from.
     *
     * @return the origin, not null
     */
    public Commune origin() {
        return origin;
    }

    /**
     * Gets the producer.
     *
     * @return the producer, not blank
     */
    public String producer() {
        return producer;
    }

    /**
     * Gets the OCOP rating.
     *
     * @return the rating, or empty if the product is unrated
     */
    public Optional<OcopRating> ocop() {
        return Optional.ofNullable(ocop);
    }

    /**
     * Gets the registered geographical indication.
     *
     * @return the indication, or empty if there is none
     */
    public Optional<String> geographicalIndication() {
        return Optional.ofNullable(geographicalIndication);
    }

    /**
     * Gets the unit of sale.
     *
     * @return the unit, not null
     */
    public LocalizedText unit() {
        return unit;
    }

    /**
     * Gets where the record comes from.
     *
     * @return the provenance, not null
     */
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalProduct that
                && key.equals(that.key)
                && name.equals(that.name)
                && category == that.category
                && origin.equals(that.origin)
                && producer.equals(that.producer)
                && Objects.equals(ocop, that.ocop)
                && Objects.equals(geographicalIndication, that.geographicalIndication)
                && unit.equals(that.unit)
                && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, name, category, origin, producer, ocop, geographicalIndication, unit, provenance);
    }

    /**
     * Gives the key and the category, such as {@code LocalProduct[sam-lai-chau, MEDICINAL_HERB]}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "LocalProduct[" + key + ", " + category + "]";
    }
}
