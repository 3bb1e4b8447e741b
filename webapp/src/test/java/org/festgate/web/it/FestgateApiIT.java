package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API on a running Payara Micro, called over HTTP as another provincial system would: the data set
 * loaded on first start, festival CRUD with its roles, problem+json for bad input, lunar conversion and the
 * iCalendar feeds. One deployment (one server boot) for the whole class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FestgateApiIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    private static ApiClient admin;
    private static ApiClient organizer;
    private static ApiClient vendor;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FestgateServer.war();
    }

    @BeforeAll
    static void users() {
        admin = ApiClient.admin();
        organizer = userWithRole("organizer", "ORGANIZER");
        vendor = userWithRole("vendor", "VENDOR");
    }

    private static ApiClient userWithRole(String prefix, String role) {
        return ApiClient.newUser(admin, prefix + "-" + RUN, "password-" + RUN, role);
    }

    // --- sign-in and roles -------------------------------------------------------------------------------

    @Test
    void anonymousCallerGets401AsProblemJson() {
        ApiClient.Reply reply = ApiClient.anonymous().get("api/users");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).contains("ADMIN");
    }

    @Test
    void wrongPasswordIsRefused() {
        ApiClient.Reply reply = ApiClient.anonymous().post("api/auth/tokens",
                "{\"username\":\"admin\",\"password\":\"not-the-password\"}");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().containsKey("token")).isFalse();
    }

    @Test
    void repeatedWrongPasswordsBlockTheAccountForAWhile() {
        String username = "guessed-" + RUN;
        ApiClient.newUser(admin, username, "password-" + RUN, "VENDOR");
        String wrong = "{\"username\":\"" + username + "\",\"password\":\"not-the-password\"}";
        for (int i = 0; i < 6; i++) {
            assertThat(ApiClient.anonymous().post("api/auth/tokens", wrong).status()).as("guess %d", i).isEqualTo(401);
        }
        ApiClient.Reply blocked = ApiClient.anonymous().post("api/auth/tokens",
                "{\"username\":\"" + username + "\",\"password\":\"password-" + RUN + "\"}");
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.contentType()).startsWith("application/problem+json");
        assertThat(blocked.json().getString("detail")).contains("try again in");
        assertThat(Integer.parseInt(blocked.header("Retry-After").orElseThrow())).isBetween(1, 30);
        assertThat(ApiClient.signedIn("admin", FestgateServer.ADMIN_PASSWORD).get("api/users").status())
                .as("other accounts are not blocked").isEqualTo(200);
    }

    @Test
    void unknownBearerTokenIsRefused() {
        ApiClient.Reply reply = ApiClient.withToken("made-up-token").get("api/festivals");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    // --- the data set ---------------------------------------------------------------------------------------

    @Test
    void firstStartLoadedTheProvinceDataSet() {
        List<JsonObject> festivals = admin.get("api/festivals?year=2026").array().getValuesAs(JsonObject.class);
        assertThat(festivals.size()).isGreaterThanOrEqualTo(12);
        JsonObject gauTao = festivals.stream().filter(f -> f.getString("key").equals("gau-tao-nam-loong"))
                .findFirst().orElseThrow();
        assertThat(gauTao.getString("rule")).isEqualTo("lunar:01-15");
        JsonObject first = gauTao.getJsonArray("occurrences").getJsonObject(0);
        assertThat(first.getString("start")).isEqualTo("2026-03-03");
        assertThat(first.getJsonObject("lunarStart").getString("yearName")).isEqualTo("Bính Ngọ");

        List<String> gates = ApiClient.anonymous().get("api/gates").array().getValuesAs(JsonObject.class).stream()
                .map(g -> g.getString("key") + ":" + g.getString("kind")).toList();
        assertThat(gates).contains("ma-lu-thang:INTERNATIONAL");
        assertThat(ApiClient.anonymous().get("api/products").array()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(ApiClient.anonymous().get("api/venues").array()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(ApiClient.anonymous().get("api/trade-targets").body()).contains("19500000");
    }

    @Test
    void importingTheDataSetAgainUpdatesWithoutDuplicates() {
        List<String> paths = List.of("api/festivals?all=true", "api/venues", "api/gates", "api/products",
                "api/trade-targets");
        List<Integer> before = paths.stream().map(p -> admin.get(p).array().size()).toList();
        ApiClient.Reply reply = admin.post("api/admin/province-data/bundled", "");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().getInt("festivals")).isGreaterThanOrEqualTo(12);
        assertThat(paths.stream().map(p -> admin.get(p).array().size()).toList()).isEqualTo(before);
        assertThat(organizer.post("api/admin/province-data/bundled", "").status()).isEqualTo(403);
        assertThat(admin.get("api/admin/audit").body()).contains("province-data.imported");
    }

    @Test
    void festivalsAreFilteredByEthnicGroupMonthAndText() {
        List<JsonObject> mong = ApiClient.anonymous().get("api/festivals?year=2026&ethnicGroup=mong").array()
                .getValuesAs(JsonObject.class);
        assertThat(mong).isNotEmpty().allSatisfy(f -> assertThat(f.getJsonArray("ethnicGroups").toString())
                .contains("\"mong\""));
        List<JsonObject> march = ApiClient.anonymous().get("api/festivals?year=2026&month=3").array()
                .getValuesAs(JsonObject.class);
        assertThat(march).extracting(f -> f.getString("key")).contains("gau-tao-nam-loong");
        assertThat(ApiClient.anonymous().get("api/festivals?year=2026&q=gau%20tao").array().toString())
                .contains("gau-tao-nam-loong");
    }

    // --- festival CRUD -------------------------------------------------------------------------------------

    @Test
    void organizerCreatesChangesAndDeletesAFestival() {
        String key = "test-" + RUN;
        ApiClient.Reply created = organizer.post("api/festivals", Festivals.body(key, "lunar:01-15").toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        JsonObject in2027 = ApiClient.anonymous().get("api/festivals/" + key + "?year=2027").json();
        JsonObject occurrence = in2027.getJsonArray("occurrences").getJsonObject(0);
        assertThat(occurrence.getString("start")).isEqualTo("2027-02-20");
        assertThat(occurrence.getString("end")).isEqualTo("2027-02-21");
        assertThat(occurrence.getJsonObject("lunarStart").getString("text")).isEqualTo("2027-01-15");
        assertThat(occurrence.getJsonArray("sessions").getJsonObject(0).getString("start"))
                .isEqualTo("2027-02-20T08:00:00+07:00");

        ApiClient.Reply changed = admin.put("api/festivals/" + key,
                Festivals.with(Festivals.body(key, "lunar:01-15"), "rule", "solar:09-02"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getString("rule")).isEqualTo("solar:09-02");
        assertThat(changed.json().getString("source")).as("an edit keeps the provenance")
                .isEqualTo("entered by organizer-" + RUN);

        assertThat(admin.delete("api/festivals/" + key).status()).isEqualTo(204);
        assertThat(ApiClient.anonymous().get("api/festivals/" + key).status()).isEqualTo(404);

        String audit = admin.get("api/admin/audit?max=500").body();
        assertThat(audit).contains("\"festival.created\"").contains("\"festival.updated\"")
                .contains("\"festival.deleted\"").contains("festival:" + key).contains("organizer-" + RUN);
        assertThat(organizer.get("api/admin/audit").status()).isEqualTo(403);
    }

    @Test
    void writesNeedTheOrganizerOrAdminRole() {
        String body = Festivals.body("denied-" + RUN, "lunar:01-15").toString();
        ApiClient.Reply anonymous = ApiClient.anonymous().post("api/festivals", body);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        ApiClient.Reply asVendor = vendor.post("api/festivals", body);
        assertThat(asVendor.status()).isEqualTo(403);
        assertThat(asVendor.contentType()).startsWith("application/problem+json");
        assertThat(vendor.delete("api/festivals/gau-tao-nam-loong").status()).isEqualTo(403);
        assertThat(ApiClient.anonymous().get("api/festivals/denied-" + RUN).status()).isEqualTo(404);
        assertThat(ApiClient.anonymous().get("api/festivals/gau-tao-nam-loong").status()).isEqualTo(200);
    }

    // --- bad input: 4xx problem+json naming the field, nothing stored ---------------------------------

    @Test
    void badInputGetsProblemJsonNamingTheField() {
        String key = "bad-" + RUN;
        JsonObject valid = Festivals.body(key, "lunar:01-15");
        assertProblem(organizer.post("api/festivals", "{\"name\": "), 400, "body");
        assertProblem(organizer.post("api/festivals", Festivals.with(valid, "rule", "lunar:13-01")), 400, "rule");
        assertProblem(organizer.post("api/festivals", Festivals.with(valid, "venueKey", "nowhere")), 400,
                "venueKey");
        assertProblem(organizer.post("api/festivals", Json.createObjectBuilder(valid)
                .add("ethnicGroups", Json.createArrayBuilder().add("martian")).build().toString()), 400,
                "ethnicGroups");
        assertProblem(organizer.post("api/festivals", Json.createObjectBuilder(valid)
                .add("name", JsonValue.NULL).build().toString()), 400, "name");
        assertProblem(organizer.post("api/festivals", Json.createObjectBuilder(valid)
                .add("durationDays", 0).build().toString()), 400, "durationDays");
        assertProblem(organizer.post("api/festivals", Festivals.with(valid, "venueKey", "Nha Van Hoa")), 400,
                "venueKey");
        assertProblem(organizer.post("api/festivals", Json.createObjectBuilder(valid).add("durationDays", 1)
                .add("sessions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("day", 1)
                        .add("start", "08:00").add("end", "09:00")
                        .add("title", Festivals.text("a", "b", "c")))).build().toString()), 400, "sessions[0].day");
        assertProblem(organizer.post("api/festivals", Json.createObjectBuilder(valid)
                .add("sessions", JsonValue.NULL).build().toString()), 400, "sessions");
        assertProblem(organizer.post("api/festivals", Json.createObjectBuilder(valid)
                .add("name", Festivals.text("a\u0000b", "b", "c")).build().toString()), 400, "name.vi");
        assertProblem(organizer.put("api/festivals/Bad_Key", valid.toString()), 400, "key");
        assertProblem(organizer.post("api/festivals", "x".repeat(2_000_000)), 413, "body");
        assertProblem(organizer.postChunked("api/festivals",
                ("{\"description\": \"" + "x".repeat(2_000_000) + "\"}").getBytes()), 413, "body");
        assertProblem(ApiClient.anonymous().get("api/festivals?year=abc"), 400, "year");
        assertProblem(ApiClient.anonymous().get("api/festivals?month=13"), 400, "month");
        assertProblem(ApiClient.anonymous().get("api/festivals?all=yes"), 400, "all");
        assertProblem(admin.post("api/users", "{\"username\":\"nul-role\",\"password\":\"long-enough-1\","
                + "\"roles\":[null]}"), 400, "roles");
        assertProblem(ApiClient.anonymous().post("api/auth/tokens", "{\"username\":\"a\\u0000\","
                + "\"password\":\"x\"}"), 400, "username");
        assertProblem(ApiClient.anonymous().get("api/festivals?year=3000"), 400, "year");
        assertProblem(ApiClient.anonymous().get("api/lunar?lunar=2025-04L-01"), 400, "lunar");
        assertProblem(ApiClient.anonymous().get("api/lunar?lunar=2025-02-30"), 400, "lunar");
        assertThat(ApiClient.anonymous().get("api/festivals/" + key).status()).isEqualTo(404);

        ApiClient.Reply unknown = ApiClient.anonymous().get("api/festivals/no-such-festival");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(organizer.put("api/festivals/no-such-festival",
                Festivals.body("no-such-festival", "lunar:01-15").toString()).status()).isEqualTo(404);
    }

    @Test
    void aDuplicateKeyIsAConflictAndTheFirstFestivalIsKept() {
        String key = "twice-" + RUN;
        assertThat(organizer.post("api/festivals", Festivals.body(key, "lunar:03-03").toString()).status())
                .isEqualTo(201);
        assertProblem(organizer.post("api/festivals", Festivals.body(key, "solar:01-01").toString()), 409, "key");
        assertThat(ApiClient.anonymous().get("api/festivals/" + key).json().getString("rule"))
                .isEqualTo("lunar:03-03");
    }

    private static void assertProblem(ApiClient.Reply reply, int status, String field) {
        Problems.assertProblem(reply, status);
        JsonObject problem = reply.json();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).anySatisfy(f -> assertThat(f).endsWith(field));
    }

    @Test
    void theFirstAndLastListedYearsWork() {
        assertThat(ApiClient.anonymous().get("api/festivals?year=1901").status()).isEqualTo(200);
        assertThat(ApiClient.anonymous().get("api/festivals?year=2198").status()).isEqualTo(200);
        assertThat(ApiClient.anonymous().get("api/calendar/festivals.ics?year=1901").status()).isEqualTo(200);
    }

    // --- web sessions: cookie plus CSRF token ------------------------------------------------------------

    @Test
    void aBrowserSessionWritesOnlyWithItsCsrfToken() {
        ApiClient session = ApiClient.browserSession("organizer-" + RUN, "password-" + RUN);
        String key = "csrf-" + RUN;
        String body = Festivals.body(key, "lunar:04-04").toString();
        Problems.assertProblem(session.withCsrfToken(null).post("api/festivals", body), 403);
        Problems.assertProblem(session.withCsrfToken("forged-token").post("api/festivals", body), 403);
        assertThat(session.withCsrfToken(null).get("api/auth/session").json().getString("username"))
                .isEqualTo("organizer-" + RUN);
        assertThat(session.post("api/festivals", body).status()).isEqualTo(201);
        assertThat(session.delete("api/festivals/" + key).status()).isEqualTo(204);
        // signing in again while the cookie is still valid needs no CSRF token
        assertThat(session.withCsrfToken(null).post("api/auth/session", Json.createObjectBuilder()
                .add("username", "vendor-" + RUN).add("password", "password-" + RUN).build().toString()).status())
                .isEqualTo(200);
    }

    @Test
    void changingThePasswordEndsEverySignIn() {
        ApiClient scanner = userWithRole("scanner", "SCANNER");
        ApiClient.Reply changed = scanner.put("api/auth/password", Json.createObjectBuilder()
                .add("currentPassword", "password-" + RUN).add("newPassword", "new-password-" + RUN).build().toString());
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(scanner.get("api/auth/session").status()).isEqualTo(401);
        assertThat(ApiClient.signedIn("scanner-" + RUN, "new-password-" + RUN).get("api/auth/session").status())
                .isEqualTo(200);
        assertProblem(ApiClient.signedIn("scanner-" + RUN, "new-password-" + RUN).put("api/auth/password",
                Json.createObjectBuilder().add("currentPassword", "wrong").add("newPassword", "whatever-long")
                        .build().toString()), 400, "currentPassword");
    }

    @Test
    void aRevokedTokenNoLongerWorks() {
        ApiClient client = ApiClient.signedIn("admin", FestgateServer.ADMIN_PASSWORD);
        assertThat(client.get("api/users").status()).isEqualTo(200);
        assertThat(client.delete("api/auth/tokens/current").status()).isEqualTo(204);
        assertThat(client.get("api/users").status()).isEqualTo(401);
    }

    // --- lunar conversion and calendar feeds ------------------------------------------------------------

    @Test
    void convertsBetweenSolarAndLunarDates() {
        JsonObject tet = ApiClient.anonymous().get("api/lunar?solar=2026-02-17").json();
        assertThat(tet.getJsonObject("lunar").getString("text")).isEqualTo("2026-01-01");
        assertThat(tet.getJsonObject("lunar").getString("yearName")).isEqualTo("Bính Ngọ");
        JsonObject leap = ApiClient.anonymous().get("api/lunar?lunar=2025-06L-01").json();
        assertThat(leap.getString("solar")).isEqualTo("2025-07-25");
    }

    @Test
    void theFeedOfAllFestivalsValidatesAndHasOneEventPerOccurrence() throws Exception {
        ApiClient.Reply reply = ApiClient.anonymous().get("api/calendar/festivals.ics?year=2026&lang=en");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(reply.body()));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.getUid().orElseThrow().getValue()).isEqualTo("gau-tao-nam-loong-20260303@"
                    + "festgate.laichau.example");
            assertThat(e.getDescription().getValue()).contains("15/1");
        });
        assertThat(reply.body()).doesNotContain("RRULE");
    }

    @Test
    void oneFestivalsFeedAndSubscribeLinks() throws Exception {
        ApiClient.Reply feed = ApiClient.anonymous().get("api/calendar/festivals/gau-tao-nam-loong.ics?year=2027");
        assertThat(feed.status()).isEqualTo(200);
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertThat(calendar.getComponents("VEVENT")).isNotEmpty();
        assertThat(feed.body()).contains("DTSTART;VALUE=DATE:20270220");

        JsonObject links = ApiClient.anonymous().get("api/calendar/links?ethnicGroup=mong&lang=zh").json();
        assertThat(links.getString("webcal")).startsWith("webcal://").contains("ethnicGroup=mong").contains("lang=zh");
        assertThat(links.getString("ics")).startsWith("http").endsWith(links.getString("webcal").substring(6));
        assertThat(ApiClient.anonymous().get("api/calendar/festivals/nope.ics").status()).isEqualTo(404);
    }

    // --- operations --------------------------------------------------------------------------------------

    @Test
    void healthOpenApiAndMetricsAnswer() {
        ApiClient.Reply ready = ApiClient.anonymous().get("health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("UP");
        ApiClient.Reply openapi = ApiClient.anonymous().get("openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/festivals").contains("/api/calendar/festivals.ics")
                .contains("/api/lunar");
        assertThat(ApiClient.anonymous().get("metrics").status()).isEqualTo(200);
    }
}
