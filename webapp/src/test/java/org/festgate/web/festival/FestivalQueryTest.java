package org.festgate.web.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.festgate.core.event.EthnicGroup;
import org.festgate.core.event.Entrance;
import org.festgate.core.event.Festival;
import org.festgate.core.event.Venue;
import org.festgate.core.place.Commune;
import org.festgate.core.place.GeoPoint;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.core.schedule.Schedule;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.text.Provenance;
import org.junit.jupiter.api.Test;

class FestivalQueryTest {

    private static final Venue VENUE = Venue.of("nam-loong", LocalizedText.of("Sân Nậm Loỏng", "Nam Loong ground",
                    "南隆广场"), Commune.of("Tân Phong", "Thành phố Lai Châu"), GeoPoint.of(22.39, 103.45),
            List.of(Entrance.of("main", LocalizedText.of("Cổng chính", "Main gate", "正门"))), Provenance.source("x"));

    private static final Festival GAU_TAO = Festival.of("gau-tao", LocalizedText.of("Lễ hội Gầu Tào",
                    "Gau Tao festival", "踩花山节"), Set.of(EthnicGroup.MONG), "nam-loong",
            FestivalSchedule.of(Schedule.parse("lunar:01-15"), 1), LocalizedText.of("Đầu xuân", "Spring", "春"),
            Provenance.source("x"));

    private static FestivalQuery query(Optional<EthnicGroup> group, Optional<String> district, Optional<String> text) {
        return new FestivalQuery(2026, Optional.empty(), group, district, text);
    }

    @Test
    void textMatchesWithoutDiacriticsAndInEveryLanguage() {
        assertThat(query(Optional.empty(), Optional.empty(), Optional.of("le hoi gau tao")).matches(GAU_TAO, VENUE))
                .isTrue();
        assertThat(query(Optional.empty(), Optional.empty(), Optional.of("踩花山")).matches(GAU_TAO, VENUE)).isTrue();
        assertThat(query(Optional.empty(), Optional.empty(), Optional.of("xoe")).matches(GAU_TAO, VENUE)).isFalse();
    }

    @Test
    void districtMatchesTheCommuneOrTheFormerDistrict() {
        assertThat(query(Optional.empty(), Optional.of("tan phong"), Optional.empty()).matches(GAU_TAO, VENUE)).isTrue();
        assertThat(query(Optional.empty(), Optional.of("Thành phố Lai Châu"), Optional.empty()).matches(GAU_TAO, VENUE))
                .isTrue();
        assertThat(query(Optional.empty(), Optional.of("Phong Thổ"), Optional.empty()).matches(GAU_TAO, VENUE))
                .isFalse();
    }

    @Test
    void ethnicGroupFilters() {
        assertThat(query(Optional.of(EthnicGroup.MONG), Optional.empty(), Optional.empty()).matches(GAU_TAO, VENUE))
                .isTrue();
        assertThat(query(Optional.of(EthnicGroup.DAO), Optional.empty(), Optional.empty()).matches(GAU_TAO, VENUE))
                .isFalse();
    }

    @Test
    void periodIsTheYearOrOneMonthOfIt() {
        FestivalQuery march = new FestivalQuery(2026, Optional.of(3), Optional.empty(), Optional.empty(),
                Optional.empty());
        assertThat(march.from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(march.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(query(Optional.empty(), Optional.empty(), Optional.empty()).to())
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> new FestivalQuery(2026, Optional.of(13), Optional.empty(), Optional.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("13");
    }
}
