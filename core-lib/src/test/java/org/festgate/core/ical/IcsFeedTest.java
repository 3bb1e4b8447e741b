package org.festgate.core.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.festgate.core.calendar.LunarDate;
import org.junit.jupiter.api.Test;

class IcsFeedTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T03:04:05.678Z"), ZoneOffset.UTC);
    private static final URI ORGANIZER = URI.create("mailto:lehoi@example.org");

    private static IcsFeed.Builder builder(String language) {
        return IcsFeed.builder("festgate.example.org", ORGANIZER, CLOCK).language(language)
                .venues(List.of(SampleFestivals.SQUARE))
                .festivals(List.of(SampleFestivals.NEW_RICE, SampleFestivals.GAU_TAO));
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String name) {
        Optional<Property> property = event.getProperty(name);
        return property.map(Property::getValue).orElse(null);
    }

    @Test
    void test_render_validAndParsesBack() throws Exception {
        String ics = builder("vi").baseUrl(URI.create("https://example.org/le-hoi/")).build().render(2026);
        Calendar calendar = parse(ics);
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("PUBLISH");
        assertThat(calendar.getProperty("CALSCALE").map(Property::getValue)).contains("GREGORIAN");
        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("Lễ hội Lai Châu");
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> value(e, "UID")).containsExactly(
                "gau-tao-20260303@festgate.example.org", "gau-tao-20260303-s1@festgate.example.org",
                "gau-tao-20260303-s2@festgate.example.org", "com-moi-20260925@festgate.example.org");
        VEvent day = events.get(0);
        assertThat(value(day, "SUMMARY")).isEqualTo("Lễ hội Gầu Tào");
        assertThat(value(day, "DTSTART")).isEqualTo("20260303");
        assertThat(value(day, "DTEND")).isEqualTo("20260305");
        assertThat(value(day, "DESCRIPTION")).endsWith("\nÂm lịch: 15/1 năm Bính Ngọ");
        assertThat(value(day, "LOCATION")).isEqualTo("Quảng trường, trung tâm; tỉnh, Tân Phong");
        assertThat(value(day, "GEO")).isEqualTo("22.3964;103.4582");
        assertThat(value(day, "CATEGORIES")).isEqualTo("Mông,Dao");
        assertThat(value(day, "URL")).isEqualTo("https://example.org/le-hoi/gau-tao");
        assertThat(value(day, "DTSTAMP")).isEqualTo("20260105T030405Z");
        assertThat(value(day, "RRULE")).isNull();
        VEvent opening = events.get(1);
        assertThat(value(opening, "SUMMARY")).isEqualTo("Lễ hội Gầu Tào: Khai mạc");
        assertThat(opening.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(value(opening, "DTSTART")).isEqualTo("20260303T080000");
        assertThat(value(events.get(2), "DTEND")).isEqualTo("20260304T163000");
    }

    @Test
    void test_render_fullMoonOfFirstMonth_2025to2030() throws Exception {
        IcsFeed feed = IcsFeed.builder("festgate.example.org", ORGANIZER, CLOCK)
                .venues(List.of(SampleFestivals.SQUARE)).festivals(List.of(SampleFestivals.NEW_RICE,
                        SampleFestivals.GAU_TAO)).build();
        List<VEvent> events = parse(feed.render(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)))
                .getComponents("VEVENT");
        List<String> starts = events.stream().filter(e -> value(e, "UID").matches("gau-tao-\\d{8}@.*"))
                .map(e -> value(e, "DTSTART")).toList();
        List<String> viaLunarDate = java.util.stream.IntStream.rangeClosed(2025, 2030)
                .mapToObj(y -> LunarDate.of(y, 1, 15, false).toLocalDate().toString().replace("-", "")).toList();
        assertThat(starts).isEqualTo(viaLunarDate).containsExactly("20250212", "20260303", "20270220",
                "20280209", "20290227", "20300216");
    }

    @Test
    void test_render_languages() throws Exception {
        VEvent en = parse(builder("en").build().render(2026)).<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(en, "SUMMARY")).isEqualTo("Gau Tao festival");
        assertThat(value(en, "DESCRIPTION")).endsWith("\nLunar date: 15/1 (Bính Ngọ year)");
        assertThat(value(en, "CATEGORIES")).isEqualTo("Hmong,Dao");
        Calendar zh = parse(builder("zh-CN").build().render(2026));
        VEvent zhEvent = zh.<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(zhEvent, "SUMMARY")).isEqualTo("高跳节");
        assertThat(value(zhEvent, "DESCRIPTION")).endsWith("\n农历: 1月15日");
        assertThat(zh.getProperty("PRODID").map(Property::getValue)).contains("-//Festgate//festgate.example.org//ZH");
    }

    @Test
    void test_render_foldsAt75Octets_andEscapes() {
        String ics = builder("zh").build().render(2026);
        assertThat(ics).contains("\r\n").doesNotContain("\n\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\n").doesNotContain("\uFFFD");
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("LOCATION:广场，中心；省\\, Tân Phong")
                .contains("SUMMARY:高跳节: 抛绣球，拔河");
        String vi = builder("vi").build().render(2026).replace("\r\n ", "");
        assertThat(vi).contains("LOCATION:Quảng trường\\, trung tâm\\; tỉnh\\, Tân Phong")
                .contains("SUMMARY:Lễ hội Gầu Tào: Ném pao\\, kéo co")
                .contains("\\nÂm lịch: 15/1 năm Bính Ngọ");
    }

    @Test
    void test_render_deterministic() {
        IcsFeed feed = builder("vi").build();
        String first = feed.render(2026);
        assertThat(feed.render(2026)).isEqualTo(first);
        IcsFeed reordered = IcsFeed.builder("festgate.example.org", ORGANIZER, CLOCK)
                .festivals(List.of(SampleFestivals.GAU_TAO, SampleFestivals.NEW_RICE))
                .venues(List.of(SampleFestivals.SQUARE)).build();
        assertThat(reordered.render(2026)).isEqualTo(first);
    }

    @Test
    void test_render_leapMonthLabel() {
        assertThat(LunarLabel.of(LunarDate.of(2028, 5, 5, true), java.util.Locale.forLanguageTag("vi")))
                .isEqualTo("Âm lịch: 5/5 nhuận năm Mậu Thân");
        assertThat(LunarLabel.of(LunarDate.of(2028, 5, 5, true), java.util.Locale.CHINESE))
                .isEqualTo("农历: 闰5月5日");
    }

    @Test
    void test_build_unknownVenue() {
        assertThatThrownBy(() -> IcsFeed.builder("d", ORGANIZER, CLOCK).festivals(List.of(SampleFestivals.GAU_TAO))
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quang-truong");
    }
}
