package org.festgate.core.ical;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.festgate.core.event.Entrance;
import org.festgate.core.event.EthnicGroup;
import org.festgate.core.event.Festival;
import org.festgate.core.event.Venue;
import org.festgate.core.place.Commune;
import org.festgate.core.place.GeoPoint;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.core.schedule.Schedule;
import org.festgate.core.schedule.Session;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.text.Provenance;

/** Sample venues and festivals for the feed tests; illustrative, not official data. */
final class SampleFestivals {

    static final Venue SQUARE = Venue.of("quang-truong", LocalizedText.of("Quảng trường, trung tâm; tỉnh",
            "Square, centre; province", "广场，中心；省"), Commune.of("Tân Phong", "Thành phố Lai Châu"),
            GeoPoint.of(22.3964, 103.4582),
            List.of(Entrance.of("main", LocalizedText.of("Cổng chính", "Main gate", "正门"))),
            Provenance.sample("illustrative venue"));

    static final Festival GAU_TAO = Festival.of("gau-tao",
            LocalizedText.of("Lễ hội Gầu Tào", "Gau Tao festival", "高跳节"),
            Set.of(EthnicGroup.MONG, EthnicGroup.DAO), SQUARE.key(),
            FestivalSchedule.of(Schedule.parse("lunar:01-15"), 2, List.of(
                    Session.of(0, LocalTime.of(8, 0), LocalTime.of(10, 0),
                            LocalizedText.of("Khai mạc", "Opening", "开幕式")),
                    Session.of(1, LocalTime.of(14, 0), LocalTime.of(16, 30),
                            LocalizedText.of("Ném pao, kéo co", "Pao throwing, tug of war", "抛绣球，拔河")))),
            LocalizedText.of("Lễ hội cầu phúc, cầu mùa của người Mông; có hát, múa, ném pao, kéo co, đua ngựa và "
                    + "nhiều trò chơi dân gian khác kéo dài suốt hai ngày.",
                    "A Hmong festival praying for luck and harvest; songs, dances, pao throwing, tug of war, "
                    + "horse racing and other folk games over two days.",
                    "苗族祈福、祈求丰收的节日；有唱歌、跳舞、抛绣球、拔河、赛马等多种民间游戏，持续两天。"),
            Provenance.sample("illustrative festival"));

    static final Festival NEW_RICE = Festival.of("com-moi",
            LocalizedText.of("Lễ cơm mới", "New rice festival", "新米节"), Set.of(EthnicGroup.THAI), SQUARE.key(),
            FestivalSchedule.of(Schedule.parse("lunar:08-15"), 1),
            LocalizedText.of("Mừng lúa mới", "Celebrating the new rice", "庆祝新米"),
            Provenance.sample("illustrative festival"));

    private SampleFestivals() {
    }
}
