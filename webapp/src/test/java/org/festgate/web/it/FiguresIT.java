package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.festgate.web.it.JsonRows.byKey;
import static org.festgate.web.it.Problems.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.festgate.web.it.FairFixtures.StallSpec;
import org.festgate.web.it.FairFixtures.Vendor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The department's figures on a running Payara Micro, over HTTP: a ticketed event and a fair seeded through the
 * API as organizers, visitors, gate keepers and vendors would (ticket claims, admitted and refused scans, exits,
 * a stall assignment and a sales report), then each figure equal to what was recorded; only ADMIN and ORGANIZER
 * read them, and unknown events and fairs are 404 problems; the organizer's dashboard in headless Chromium draws
 * the same figures (read from its Chart.js charts) and leaves target/screenshots/dashboard.png for review. The
 * figures the festival reports share with the dashboard: visitors per festival in a year and a fair's sales per
 * former district. One deployment for the whole class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FiguresIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final LocalDate DAY = LocalDate.now().plusDays(30);

    @RegisterExtension
    static final FreshBrowser BROWSER = new FreshBrowser();

    private static ApiClient admin;
    private static ApiClient organizer;
    private static String organizerName;
    private static ApiClient vendorUser;
    private static ApiClient scanner;
    private static long eventId;
    private static String device;
    private static String fairKey;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FestgateServer.war();
    }

    /**
     * An event with two ticket types (3 of 10 and 2 of 5 issued) and these scans, in local time on its day:
     * 09:10 single entry at main (admitted), 09:40 another at river-side (admitted), 10:05 the first again
     * (refused), 10:20 multiple entry at main (admitted), 10:30 its exit, 10:50 its entry again (admitted). A fair
     * of two days with two cuisine stalls and one general stall, one of them booked, and one sales report.
     */
    @BeforeAll
    static void seeded() {
        admin = ApiClient.admin();
        organizerName = "figures-organizer-" + RUN;
        organizer = ApiClient.newUser(admin, organizerName, "password-" + RUN, "ORGANIZER");
        vendorUser = ApiClient.newUser(admin, "figures-vendor-" + RUN, "password-" + RUN, "VENDOR");
        scanner = ApiClient.newUser(admin, "figures-scanner-" + RUN, "password-" + RUN, "SCANNER");
        eventId = event("figures-" + RUN);
        device = EventFixtures.device(scanner, eventId, "main", "river-side");
        List<String> single = claim(eventId, type(eventId, "Single", 10, "SINGLE_ENTRY"), 3);
        List<String> multiple = claim(eventId, type(eventId, "Multiple", 5, "MULTIPLE_ENTRY"), 2);
        assertThat(scan(single.get(0), "main", "IN", "02:10")).isEqualTo("ADMIT");
        assertThat(scan(single.get(1), "river-side", "IN", "02:40")).isEqualTo("ADMIT");
        assertThat(scan(single.get(0), "main", "IN", "03:05")).isEqualTo("REFUSE");
        assertThat(scan(multiple.get(0), "main", "IN", "03:20")).isEqualTo("ADMIT");
        assertThat(scan(multiple.get(0), "main", "OUT", "03:30")).isEqualTo("ADMIT");
        assertThat(scan(multiple.get(0), "main", "IN", "03:50")).isEqualTo("ADMIT");
        fairKey = fairWithSales();
    }

    // --- roles and missing objects --------------------------------------------------------------------------

    @Test
    void onlyTheDepartmentReadsFigures() {
        for (String path : paths()) {
            assertProblem(ApiClient.anonymous().get(path), 401);
            assertProblem(vendorUser.get(path), 403);
            assertProblem(scanner.get(path), 403);
            assertThat(admin.get(path).status()).as(path).isEqualTo(200);
            assertThat(organizer.get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void unknownEventsAndFairsAreNotFound() {
        for (String path : List.of("tickets", "entries/days", "entries/hours", "entries/entrances")) {
            assertProblem(organizer.get("api/figures/events/999999999/" + path), 404);
            assertProblem(organizer.get("api/figures/events/not-a-number/" + path), 404);
        }
        assertProblem(organizer.get("api/figures/fairs/no-such-fair-" + RUN + "/occupancy"), 404);
        assertProblem(organizer.get("api/figures/fairs/no-such-fair-" + RUN + "/sales"), 404);
        assertProblem(organizer.get("api/figures/fairs/no-such-fair-" + RUN + "/sales/districts"), 404);
    }

    @Test
    void aYearOfFestivalsNeedsAGoodYear() {
        for (String year : List.of("", "?year=", "?year=twenty", "?year=1999", "?year=2101")) {
            ApiClient.Reply reply = organizer.get("api/figures/festivals/visitors" + year);
            assertProblem(reply, 400);
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("year");
        }
    }

    // --- the festivals of a year ---------------------------------------------------------------------------

    @Test
    void visitorsAndEntriesPerFestivalOfAYear() {
        JsonObject festival = byKey(figures("festivals/visitors?year=" + DAY.getYear()),
                f -> f.getString("festivalKey")).get("figures-" + RUN);
        assertThat(festival.getJsonObject("name").getString("en")).isEqualTo("Festival figures-" + RUN);
        assertThat(festival.getInt("events")).isEqualTo(1);
        assertThat(festival.getInt("visitors")).isEqualTo(3);
        assertThat(festival.getInt("entries")).isEqualTo(4);
        assertThat(byKey(figures("festivals/visitors?year=" + (DAY.getYear() + 1)), f -> f.getString("festivalKey")))
                .doesNotContainKey("figures-" + RUN);
    }

    /**
     * Visitors are the tickets admitted in, each once: a multiple-entry ticket in, out and in again is one visitor
     * of two entries; a refused second entry of a single-entry ticket, an exit and a refused exit add none. The
     * figure follows the scans recorded after an earlier call of it.
     */
    @Test
    void visitorsCountEachTicketAdmittedInOnce() {
        String festival = "figures-visitors-" + RUN;
        long event = event(festival);
        String gate = EventFixtures.device(scanner, event, "main");
        List<String> single = claim(event, type(event, "Single", 10, "SINGLE_ENTRY"), 2);
        String multiple = claim(event, type(event, "Multiple", 5, "MULTIPLE_ENTRY"), 1).get(0);
        assertThat(attendanceOf(festival)).containsExactly(1, 0, 0);

        Instant at = Instant.parse(DAY + "T02:10:00Z");
        assertThat(EventFixtures.scan(gate, multiple, "main", "IN", at)).isEqualTo("ADMIT");
        assertThat(EventFixtures.scan(gate, single.get(0), "main", "IN", at.plusSeconds(60))).isEqualTo("ADMIT");
        assertThat(attendanceOf(festival)).containsExactly(1, 2, 2);

        assertThat(EventFixtures.scan(gate, multiple, "main", "OUT", at.plusSeconds(120))).isEqualTo("ADMIT");
        assertThat(EventFixtures.scan(gate, multiple, "main", "IN", at.plusSeconds(180))).isEqualTo("ADMIT");
        assertThat(EventFixtures.scan(gate, single.get(0), "main", "IN", at.plusSeconds(240))).isEqualTo("REFUSE");
        assertThat(EventFixtures.scan(gate, single.get(1), "main", "OUT", at.plusSeconds(300))).isEqualTo("REFUSE");
        assertThat(attendanceOf(festival)).containsExactly(1, 2, 3);
    }

    /** A festival's events, visitors and entries in the visitors figure of {@link #DAY}'s year. */
    private static List<Integer> attendanceOf(String festival) {
        JsonObject row = byKey(figures("festivals/visitors?year=" + DAY.getYear()), f -> f.getString("festivalKey"))
                .get(festival);
        return List.of(row.getInt("events"), row.getInt("visitors"), row.getInt("entries"));
    }

    // --- an event ------------------------------------------------------------------------------------------

    @Test
    void ticketsIssuedAgainstCapacityPerType() {
        Map<String, JsonObject> byName = byKey(figures("events/" + eventId + "/tickets"),
                t -> t.getJsonObject("name").getString("en"));
        assertThat(byName).containsOnlyKeys("Single", "Multiple");
        assertThat(byName.get("Single").getInt("capacity")).isEqualTo(10);
        assertThat(byName.get("Single").getInt("issued")).isEqualTo(3);
        assertThat(byName.get("Multiple").getInt("capacity")).isEqualTo(5);
        assertThat(byName.get("Multiple").getInt("issued")).isEqualTo(2);
    }

    @Test
    void admittedEntriesPerLocalDayHourAndEntrance() {
        assertThat(counts(figures("events/" + eventId + "/entries/days"), "day"))
                .isEqualTo(Map.of(DAY.toString(), 4));
        assertThat(counts(figures("events/" + eventId + "/entries/hours"), "hour"))
                .isEqualTo(Map.of(DAY + "T09:00:00", 2, DAY + "T10:00:00", 2));
        assertThat(counts(figures("events/" + eventId + "/entries/entrances"), "entranceKey"))
                .isEqualTo(Map.of("main", 3, "river-side", 1));
    }

    // --- a fair --------------------------------------------------------------------------------------------

    @Test
    void stallOccupancyInBookedStallDays() {
        ApiClient.Reply reply = organizer.get("api/figures/fairs/" + fairKey + "/occupancy");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject occupancy = reply.json();
        assertThat(occupancy.getInt("stallDays")).isEqualTo(6);
        assertThat(occupancy.getInt("booked")).isEqualTo(2);
        Map<String, JsonObject> byCategory = byKey(occupancy.getJsonArray("byCategory"),
                c -> c.getString("category"));
        assertThat(byCategory.get("CUISINE").getInt("stallDays")).isEqualTo(4);
        assertThat(byCategory.get("CUISINE").getInt("booked")).isEqualTo(2);
        assertThat(byCategory.get("GENERAL").getInt("stallDays")).isEqualTo(2);
        assertThat(byCategory.get("GENERAL").getInt("booked")).isZero();
    }

    @Test
    void salesValuePerCategoryAndProduct() {
        ApiClient.Reply reply = organizer.get("api/figures/fairs/" + fairKey + "/sales");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject sales = reply.json();
        assertThat(sales.getJsonNumber("valueVnd").longValue()).isEqualTo(1_050_000);
        JsonObject category = sales.getJsonArray("byCategory").getJsonObject(0);
        assertThat(category.getString("category")).isEqualTo("CUISINE");
        assertThat(category.getJsonNumber("valueVnd").longValue()).isEqualTo(1_050_000);
        JsonObject product = sales.getJsonArray("byProduct").getJsonObject(0);
        assertThat(product.getInt("quantity")).isEqualTo(3);
        assertThat(product.getJsonNumber("valueVnd").longValue()).isEqualTo(1_050_000);
    }

    @Test
    void salesPerFormerDistrictOfTheProducts() {
        JsonArray districts = figures("fairs/" + fairKey + "/sales/districts");
        assertThat(districts).hasSize(1);
        JsonObject district = districts.getJsonObject(0);
        assertThat(district.getString("formerDistrict")).isEqualTo("Tam Đường");
        assertThat(district.isNull("commune")).isTrue();
        assertThat(district.getInt("quantity")).isEqualTo(3);
        assertThat(district.getJsonNumber("valueVnd").longValue()).isEqualTo(1_050_000);
    }

    // --- the dashboard page ---------------------------------------------------------------------------------

    @Test
    void theDashboardChartsTheRecordedFigures() {
        WebDriver driver = BROWSER.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(FestgateServer.BASE_URL + "login.html?next=" + "/organizer/dashboard.html%3Fevent%3D" + eventId
                + "%26fair%3D" + fairKey + "%26year%3D" + DAY.getYear() + "%26lang%3Den");
        driver.findElement(By.id("username")).sendKeys(organizerName);
        driver.findElement(By.id("password")).sendKeys("password-" + RUN);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("main"), "data-ready", "true"));

        assertThat(chart(driver, "tickets", "labels")).isEqualTo(List.of("Single", "Multiple"));
        assertThat(chart(driver, "tickets", "datasets.map(d => d.data)"))
                .isEqualTo(List.of(List.of(10L, 5L), List.of(3L, 2L)));
        assertThat(chart(driver, "hours", "datasets[0].data")).isEqualTo(List.of(2L, 2L));
        assertThat(chart(driver, "entrances", "datasets[0].data")).isEqualTo(List.of(3L, 1L));
        assertThat(chart(driver, "occupancy", "datasets.map(d => d.data)"))
                .isEqualTo(List.of(List.of(4L, 2L), List.of(2L, 0L)));
        assertThat(chart(driver, "sales", "datasets[0].data")).isEqualTo(List.of(1_050_000L));
        assertThat(chart(driver, "districts", "labels")).isEqualTo(List.of("Tam Đường (district, former)"));
        assertThat(chart(driver, "districts", "datasets[0].data")).isEqualTo(List.of(1_050_000L));
        int festival = ((List<?>) chart(driver, "visitors", "labels")).indexOf("Festival figures-" + RUN);
        assertThat(festival).isNotNegative();
        assertThat(chart(driver, "visitors", "datasets.map(d => d.data[" + festival + "])"))
                .isEqualTo(List.of(3L, 4L));
        assertThat(driver.findElement(By.id("report-link")).getAttribute("href"))
                .endsWith("/organizer/report.html?year=" + DAY.getYear());
        assertThat(driver.findElement(By.id("tickets-summary")).getText())
                .isEqualTo("5 tickets issued of a capacity of 15.");
        assertThat(driver.findElements(By.cssSelector("[data-chart='entrances'] tbody tr"))).hasSize(2);
        BROWSER.screenshot("dashboard.png");
    }

    /** A property of the data of the chart in a section, as Chart.js holds it. */
    private static Object chart(WebDriver driver, String name, String property) {
        return ((JavascriptExecutor) driver).executeScript("return Chart.getChart(document.querySelector("
                + "'[data-chart=\"" + name + "\"] canvas')).data." + property + ";");
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static List<String> paths() {
        String event = "api/figures/events/" + eventId + "/";
        String fair = "api/figures/fairs/" + fairKey + "/";
        return List.of(event + "tickets", event + "entries/days", event + "entries/hours",
                event + "entries/entrances", fair + "occupancy", fair + "sales", fair + "sales/districts",
                "api/figures/festivals/visitors?year=" + DAY.getYear());
    }

    /** Creates a festival held once on {@link #DAY} and makes it a ticketed event; answers the event's id. */
    private static long event(String festival) {
        ApiClient.Reply created = organizer.post("api/festivals", Festivals.body(festival, "once:" + DAY).toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return EventFixtures.event(organizer, festival, DAY);
    }

    private static long type(long event, String name, int capacity, String policy) {
        return EventFixtures.type(organizer, event, EventFixtures.freeType(name, capacity, policy));
    }

    private static List<String> claim(long event, long type, int quantity) {
        return EventFixtures.claim(event, type, quantity).stream().map(t -> t.getString("token")).toList();
    }

    /** Scans a ticket at a UTC time of the event's day; answers the outcome. */
    private static String scan(String token, String entrance, String direction, String utcTime) {
        return EventFixtures.scan(device, token, entrance, direction, Instant.parse(DAY + "T" + utcTime + ":00Z"));
    }

    private static String fairWithSales() {
        String key = "figures-" + RUN;
        List<StallSpec> stalls = List.of(FairFixtures.stall("A-01", "CUISINE", false, 0),
                FairFixtures.stall("A-02", "CUISINE", false, 400), FairFixtures.stall("A-03", "GENERAL", false, 800));
        FairFixtures.createFair(organizer, FairFixtures.fair(key, stalls, JsonValue.EMPTY_JSON_OBJECT));
        Vendor cook = FairFixtures.vendor(organizer, "figures-cook-" + RUN, "Phở chua", true);
        long application = FairFixtures.approved(organizer, cook, key, "CUISINE", false, List.of());
        ApiClient.Reply assigned = FairFixtures.assign(organizer, application, "A-01");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        FairFixtures.sold(cook, application, FairFixtures.TODAY, 3, 1_050_000);
        return key;
    }

    private static JsonArray figures(String path) {
        ApiClient.Reply reply = organizer.get("api/figures/" + path);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.array();
    }

    private static Map<String, Integer> counts(JsonArray rows, String key) {
        return rows.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString(key), r -> r.getInt("entries")));
    }

}
