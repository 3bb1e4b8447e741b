package org.festgate.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.festgate.core.schedule.LeapMonthPolicy;
import org.festgate.core.schedule.LunarYearly;
import org.festgate.core.schedule.NthWeekdayYearly;
import org.festgate.core.schedule.ShortMonthPolicy;
import org.junit.jupiter.api.Test;

class DataSetReaderTest {

    private static final String T = "{\"vi\":\"x\",\"en\":\"x\",\"zh\":\"字\"}";
    private static final String VENUE = "{\"key\":\"v1\",\"name\":" + T + ",\"commune\":{\"name\":\"Khổng Lào\","
            + "\"formerDistrict\":\"Phong Thổ\"},\"location\":{\"lat\":22.5,\"lon\":103.3},"
            + "\"entrances\":[{\"key\":\"main\",\"name\":" + T + "}],\"source\":\"s1\"}";

    private static String festival(String key, String venue, String rule) {
        return "{\"key\":\"" + key + "\",\"name\":" + T + ",\"ethnicGroups\":[\"thai\"],\"venue\":\"" + venue
                + "\",\"schedule\":{\"rule\":\"" + rule + "\",\"durationDays\":1},\"description\":" + T
                + ",\"source\":\"s1\"}";
    }

    private static String doc(String venues, String festivals) {
        return "{\"format\":1,\"province\":{\"key\":\"lai-chau\",\"name\":" + T + "},"
                + "\"sources\":[{\"id\":\"s1\",\"title\":\"t\",\"issuer\":\"i\"}],"
                + "\"gates\":[],\"products\":[],\"tradeTargets\":[],"
                + "\"venues\":[" + venues + "],\"festivals\":[" + festivals + "]}";
    }

    private static ProvinceDataSet read(String json) {
        return DataSetReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAMinimalValidDocument() {
        ProvinceDataSet d = read(doc(VENUE, festival("f1", "v1", "lunar:01-15;leap=both")));
        assertThat(d.festivals()).singleElement().satisfies(f -> {
            assertThat(f.venueKey()).isEqualTo("v1");
            assertThat(f.provenance().source()).isEqualTo("s1");
            assertThat(f.schedule().rule())
                    .isEqualTo(LunarYearly.of(1, 15, LeapMonthPolicy.BOTH_MONTHS, ShortMonthPolicy.LAST_DAY));
            assertThat(f.schedule().durationDays()).isEqualTo(1);
            assertThat(f.schedule().sessions()).isEmpty();
        });
    }

    @Test
    void malformedJson() {
        assertThatThrownBy(() -> read("{\"format\": 1, \"province\": "))
                .isInstanceOf(DataSetException.class).hasMessageContaining("malformed JSON");
    }

    @Test
    void missingField() {
        String noName = festival("f1", "v1", "lunar:01-15").replace("\"name\":" + T + ",", "");
        assertThatThrownBy(() -> read(doc(VENUE, noName)))
                .isInstanceOf(DataSetException.class)
                .hasMessage("festivals[0] (key 'f1'): field 'name': required field is missing");
    }

    @Test
    void missingChineseName() {
        String noZh = VENUE.replaceFirst(",\"zh\":\"字\"", "");
        assertThatThrownBy(() -> read(doc(noZh, "")))
                .isInstanceOf(DataSetException.class)
                .hasMessage("venues[0] (key 'v1'): field 'name.zh': required field is missing");
    }

    @Test
    void unknownSourceId() {
        String f = festival("f1", "v1", "lunar:01-15").replace("\"source\":\"s1\"", "\"source\":\"nope\"");
        assertThatThrownBy(() -> read(doc(VENUE, f)))
                .isInstanceOf(DataSetException.class)
                .hasMessage("festivals[0] (key 'f1'): field 'source': unknown source id 'nope'");
    }

    @Test
    void neitherSourceNorSample() {
        String f = festival("f1", "v1", "lunar:01-15").replace(",\"source\":\"s1\"", "");
        assertThatThrownBy(() -> read(doc(VENUE, f)))
                .isInstanceOf(DataSetException.class)
                .hasMessageContaining("festivals[0] (key 'f1'): field 'source'");
    }

    @Test
    void sampleNeedsANote() {
        String f = festival("f1", "v1", "lunar:01-15").replace("\"source\":\"s1\"", "\"sample\":true");
        assertThatThrownBy(() -> read(doc(VENUE, f)))
                .isInstanceOf(DataSetException.class)
                .hasMessageContaining("festivals[0] (key 'f1'): field 'note'");
        String withNote = f.replace("\"sample\":true", "\"sample\":true,\"note\":\"illustrative date\"");
        assertThat(read(doc(VENUE, withNote)).festivals().get(0).provenance().sample()).isTrue();
    }

    @Test
    void duplicateKey() {
        assertThatThrownBy(() -> read(doc(VENUE, festival("f1", "v1", "lunar:01-15") + ","
                + festival("f1", "v1", "lunar:02-15"))))
                .isInstanceOf(DataSetException.class)
                .hasMessage("festivals[1] (key 'f1'): field 'key': duplicate key 'f1' in festivals");
    }

    @Test
    void danglingVenueKey() {
        assertThatThrownBy(() -> read(doc(VENUE, festival("f1", "nowhere", "lunar:01-15"))))
                .isInstanceOf(DataSetException.class)
                .hasMessage("festivals[0] (key 'f1'): field 'venue': no venue with key 'nowhere'");
    }

    @Test
    void badSchedule() {
        assertThatThrownBy(() -> read(doc(VENUE, festival("hoa-ban", "v1", "lunar:13-01"))))
                .isInstanceOf(DataSetException.class)
                .hasMessageStartingWith("festivals[0] (key 'hoa-ban'): field 'schedule.rule': unknown rule 'lunar:13-01'");
        assertThatThrownBy(() -> read(doc(VENUE, festival("f2", "v1", "solar:02-30"))))
                .isInstanceOf(DataSetException.class).hasMessageContaining("unknown rule 'solar:02-30'");
        assertThatThrownBy(() -> read(doc(VENUE, festival("f3", "v1", "lunar:01-15;leap=never"))))
                .isInstanceOf(DataSetException.class)
                .hasMessage("festivals[0] (key 'f3'): field 'schedule.rule': unknown rule 'lunar:01-15;leap=never': "
                        + "unknown value in option 'leap=never'");
        assertThatThrownBy(() -> read(doc(VENUE, festival("f5", "v1", "lunar:01-15;short=skip;short=skip"))))
                .isInstanceOf(DataSetException.class).hasMessageContaining("repeated option 'short=skip'");
        // one grammar, core-lib's: two-digit weekday month
        assertThatThrownBy(() -> read(doc(VENUE, festival("f6", "v1", "weekday:9-1-MONDAY"))))
                .isInstanceOf(DataSetException.class).hasMessageContaining("unknown rule 'weekday:9-1-MONDAY'");
        assertThat(read(doc(VENUE, festival("f4", "v1", "weekday:10-LAST-SUNDAY"))).festivals().get(0)
                .schedule().rule()).isInstanceOf(NthWeekdayYearly.class).hasToString("weekday:10-LAST-SUNDAY");
        assertThat(read(doc(VENUE, festival("f7", "v1", "lunar:12-30;short=skip;leap=regular"))).festivals().get(0)
                .schedule().rule()).isEqualTo(
                        LunarYearly.of(12, 30, LeapMonthPolicy.REGULAR_MONTH_ONLY, ShortMonthPolicy.SKIP));
    }

    @Test
    void venueWithoutEntrance() {
        String v = VENUE.replaceFirst("\\[\\{\"key\":\"main\",\"name\":" + java.util.regex.Pattern.quote(T) + "}]", "[]");
        assertThatThrownBy(() -> read(doc(v, "")))
                .isInstanceOf(DataSetException.class)
                .hasMessage("venues[0] (key 'v1'): field 'entrances': a venue needs at least one entrance");
    }

    @Test
    void unknownEthnicGroupAndBadKey() {
        String f = festival("f1", "v1", "lunar:01-15").replace("\"thai\"", "\"martian\"");
        assertThatThrownBy(() -> read(doc(VENUE, f)))
                .isInstanceOf(DataSetException.class)
                .hasMessageStartingWith("festivals[0] (key 'f1'): field 'ethnicGroups[0]'");
        assertThatThrownBy(() -> read(doc(VENUE, festival("Hoa Ban", "v1", "lunar:01-15"))))
                .isInstanceOf(DataSetException.class)
                .hasMessageContaining("field 'key': must be a lowercase slug");
    }

    @Test
    void wrongFormatVersion() {
        assertThatThrownBy(() -> read(doc(VENUE, "").replace("\"format\":1", "\"format\":2")))
                .isInstanceOf(DataSetException.class)
                .hasMessageContaining("top level: field 'format': unsupported format 2");
    }
}
