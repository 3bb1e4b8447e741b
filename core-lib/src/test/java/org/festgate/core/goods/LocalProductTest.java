package org.festgate.core.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.festgate.core.place.Commune;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.text.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalProductTest {

    private static final LocalizedText KG = LocalizedText.of("kg", "kg", "公斤");

    private static LocalProduct ginseng(OcopRating ocop, String gi) {
        return LocalProduct.of("sam-lai-chau", LocalizedText.of("Sâm Lai Châu", "Lai Chau ginseng", "莱州人参"),
                ProductCategory.MEDICINAL_HERB, Commune.of("Sìn Hồ", "Sìn Hồ"), "HTX mẫu", ocop, gi, KG,
                Provenance.sample("illustrative product"));
    }

    @Test
    void test_optionalParts() {
        assertThat(ginseng(null, null).ocop()).isEmpty();
        assertThat(ginseng(null, null).geographicalIndication()).isEmpty();
        assertThat(ginseng(OcopRating.of(5), "Sâm Lai Châu").ocop()).contains(OcopRating.of(5));
        assertThat(ginseng(OcopRating.of(5), "GI").geographicalIndication()).contains("GI");
        assertThat(ginseng(null, null)).isEqualTo(ginseng(null, null)).isNotEqualTo(ginseng(OcopRating.of(3), null))
                .hasToString("LocalProduct[sam-lai-chau, MEDICINAL_HERB]");
    }

    @Test
    void test_of_blankIndication() {
        assertThatThrownBy(() -> ginseng(null, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("geographicalIndication");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 6})
    void test_ocop_outOfRange(int stars) {
        assertThatThrownBy(() -> OcopRating.of(stars))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(stars));
    }

    @Test
    void test_ocop_order() {
        assertThat(OcopRating.of(4)).isGreaterThan(OcopRating.of(3)).hasToString("OCOP 4*");
        assertThat(ProductCategory.SPICE.label().in("en")).isEqualTo("Spice");
    }
}
