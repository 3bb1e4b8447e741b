package org.festgate.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.festgate.core.place.Commune;
import org.festgate.core.place.GeoPoint;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.text.Provenance;
import org.junit.jupiter.api.Test;

class VenueTest {

    private static final LocalizedText NAME = LocalizedText.of("Quảng trường", "Square", "广场");
    private static final Entrance MAIN = Entrance.of("main", LocalizedText.of("Cổng chính", "Main gate", "正门"));

    private static Venue venue(List<Entrance> entrances) {
        return Venue.of("square", NAME, Commune.of("Tân Phong"), GeoPoint.of(22.39, 103.46), entrances,
                Provenance.sample("test"));
    }

    @Test
    void test_of_copiesEntrances() {
        List<Entrance> entrances = new ArrayList<>(List.of(MAIN));
        Venue venue = venue(entrances);
        entrances.clear();
        assertThat(venue.entrances()).containsExactly(MAIN);
        assertThatThrownBy(() -> venue.entrances().add(MAIN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void test_of_noEntrance() {
        assertThatThrownBy(() -> venue(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("square");
    }

    @Test
    void test_of_duplicateEntranceKey() {
        assertThatThrownBy(() -> venue(List.of(MAIN, Entrance.of("main", NAME))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'main'");
    }

    @Test
    void test_entrance_badKey() {
        assertThatThrownBy(() -> Entrance.of("Main Gate", NAME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Main Gate");
    }
}
