package org.festgate.core.bench;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.festgate.core.event.Entrance;
import org.festgate.core.event.EthnicGroup;
import org.festgate.core.event.Festival;
import org.festgate.core.event.Venue;
import org.festgate.core.ical.IcsFeed;
import org.festgate.core.place.Commune;
import org.festgate.core.place.GeoPoint;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.core.schedule.Schedule;
import org.festgate.core.schedule.Session;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.text.Provenance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to write one year's iCalendar feed of 15 sample festivals (lunar, solar, weekday and one-off rules, 1 to
 * 3 days, 0 to 3 sessions each) in Vietnamese: about 15 all-day and 21 timed events. Target: under 20 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IcsFeedBenchmark {

    private static final String[] RULES = {"lunar:01-15", "lunar:01-04", "lunar:02-10", "lunar:03-03",
        "lunar:05-05", "lunar:07-15", "lunar:08-15", "lunar:09-09", "lunar:10-10", "lunar:12-23",
        "lunar:12-30;short=skip", "solar:09-02", "solar:12-02", "weekday:10-3-SUNDAY", "once:2026-03-14"};

    private IcsFeed feed;

    /** Builds the sample festivals and the feed. */
    @Setup
    public void setUp() {
        Venue venue = Venue.of("quang-truong", LocalizedText.of("Quảng trường tỉnh", "Provincial square", "省广场"),
                Commune.of("Tân Phong", "Thành phố Lai Châu"), GeoPoint.of(22.3964, 103.4582),
                List.of(Entrance.of("main", LocalizedText.of("Cổng chính", "Main gate", "正门"))),
                Provenance.sample("benchmark venue"));
        EthnicGroup[] groups = EthnicGroup.values();
        List<Festival> festivals = new ArrayList<>();
        for (int i = 0; i < RULES.length; i++) {
            List<Session> sessions = new ArrayList<>();
            int days = 1 + i % 3;
            for (int s = 0; s < i % 4; s++) {
                sessions.add(Session.of(s % days, LocalTime.of(8 + 2 * s, 0), LocalTime.of(9 + 2 * s, 30),
                        LocalizedText.of("Phần " + s + ": hát, múa", "Part " + s + ": songs, dances",
                                "第" + s + "部分：歌舞")));
            }
            festivals.add(Festival.of("le-hoi-" + i,
                    LocalizedText.of("Lễ hội mẫu số " + i, "Sample festival " + i, "示例节日" + i),
                    EnumSet.of(groups[i % groups.length], groups[(i + 3) % groups.length]), venue.key(),
                    FestivalSchedule.of(Schedule.parse(RULES[i]), days, sessions),
                    LocalizedText.of("Mô tả lễ hội, có hát; múa và trò chơi dân gian của đồng bào các dân tộc.",
                            "Festival description, with songs; dances and folk games of the ethnic peoples.",
                            "节日介绍，有各民族的歌舞；民间游戏。"),
                    Provenance.sample("benchmark festival")));
        }
        feed = IcsFeed.builder("festgate.example.org", URI.create("mailto:lehoi@example.org"),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                .baseUrl(URI.create("https://example.org/le-hoi/"))
                .venues(List.of(venue)).festivals(festivals).build();
    }

    /**
     * Writes the feed of 2026.
     *
     * @return the feed text, consumed by JMH
     */
    @Benchmark
    public String yearFeed() {
        return feed.render(2026);
    }
}
