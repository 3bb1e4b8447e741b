package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.festgate.web.it.FairFixtures.StallSpec;
import org.festgate.web.it.FairFixtures.Vendor;

/**
 * The festival that ReportIT reports on, seeded through the API in two consecutive years as its organizers,
 * visitors, gate keepers and vendors would. This year (the province's today): an event with three tickets claimed
 * and one of them cancelled, three admitted entries of two tickets; a fair with three applications, two vendors
 * given a stall (one checked in) and their sales, one product from a former district and one from a commune only.
 * The year before: an event with one admitted ticket and a fair with one vendor's sale.
 */
final class ReportedFestival {

    /** The keys of this year's two products sold: the cook's (former district) and the rice grower's (commune). */
    record Products(String cook, String rice) {
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = FairFixtures.TODAY;

    private final String festival;
    private final String run;
    private final ApiClient organizer;
    private final ApiClient scanner;

    private ReportedFestival(String festival, String run, ApiClient organizer, ApiClient scanner) {
        this.festival = festival;
        this.run = run;
        this.organizer = organizer;
        this.scanner = scanner;
    }

    /**
     * Creates the festival (on today's date every year), seeds both years as the organizer and the scanner, and
     * answers the products sold this year; {@code run} makes the names of vendors and fairs unique.
     */
    static Products seed(String festival, String run, ApiClient organizer, ApiClient scanner) {
        ApiClient.Reply created = organizer.post("api/festivals", Festivals.body(festival,
                String.format("solar:%02d-%02d", TODAY.getMonthValue(), TODAY.getDayOfMonth())).toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        LocalDate lastYear = LocalDate.parse(ApiClient.anonymous().get("api/festivals/" + festival + "?year="
                + (TODAY.getYear() - 1)).json().getJsonArray("occurrences").getJsonObject(0).getString("start"));
        ReportedFestival seeding = new ReportedFestival(festival, run, organizer, scanner);
        seeding.thisYearsEvent();
        seeding.lastYearsEvent(lastYear);
        Products products = seeding.thisYearsFair();
        seeding.lastYearsFair(lastYear);
        return products;
    }

    /** Three tickets (one cancelled); ticket 1 in at 09:10, out at 09:30 and in again at 10:00, ticket 2 at 09:40. */
    private void thisYearsEvent() {
        long event = EventFixtures.event(organizer, festival, TODAY);
        String device = EventFixtures.device(scanner, event, "main");
        long type = EventFixtures.type(organizer, event, EventFixtures.freeType("Adult", 10, "MULTIPLE_ENTRY"));
        List<JsonObject> tickets = EventFixtures.claim(event, type, 3);
        ApiClient.Reply cancelled = ApiClient.anonymous().delete("api/tickets/" + tickets.get(2).getString("publicId"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        String first = tickets.get(0).getString("token");
        assertThat(EventFixtures.scan(device, first, "main", "IN", at(TODAY, "09:10"))).isEqualTo("ADMIT");
        assertThat(EventFixtures.scan(device, first, "main", "OUT", at(TODAY, "09:30"))).isEqualTo("ADMIT");
        assertThat(EventFixtures.scan(device, tickets.get(1).getString("token"), "main", "IN", at(TODAY, "09:40")))
                .isEqualTo("ADMIT");
        assertThat(EventFixtures.scan(device, first, "main", "IN", at(TODAY, "10:00"))).isEqualTo("ADMIT");
    }

    /** One ticket, valid from the day of last year's occurrence until now, admitted once on that day. */
    private void lastYearsEvent(LocalDate day) {
        long event = EventFixtures.event(organizer, festival, day);
        String device = EventFixtures.device(scanner, event, "main");
        long type = EventFixtures.type(organizer, event, EventFixtures.freeType("Adult", 20, "SINGLE_ENTRY")
                .add("validFrom", day.atStartOfDay(ZONE).toInstant().toString())
                .add("validUntil", Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(2)).toString()));
        String token = EventFixtures.claim(event, type, 1).get(0).getString("token");
        assertThat(EventFixtures.scan(device, token, "main", "IN", at(day, "09:10"))).isEqualTo("ADMIT");
    }

    /**
     * A cook (product from the former district Tam Đường) with stall A-01, paid and checked in, selling 3 for
     * 1,050,000; a rice grower (product of the commune Mường So only) with stall A-02 selling 5 for 1,000,000; a
     * third vendor's application only submitted.
     */
    private Products thisYearsFair() {
        String fair = "report-fair-" + run;
        FairFixtures.createFair(organizer, Json.createObjectBuilder(FairFixtures.fair(fair, stalls(),
                JsonValue.EMPTY_JSON_OBJECT)).add("festivalKey", festival).build());
        Vendor cook = FairFixtures.vendor(organizer, "report-cook-" + run, "Phở chua", true);
        long cooking = FairFixtures.approved(organizer, cook, fair, "CUISINE", false, List.of());
        assertThat(FairFixtures.assign(organizer, cooking, "A-01").status()).isEqualTo(200);
        assertThat(FairFixtures.act(organizer, cooking, "CONFIRM_PAYMENT").status()).isEqualTo(200);
        assertThat(FairFixtures.act(organizer, cooking, "CHECK_IN").status()).isEqualTo(200);
        FairFixtures.sold(cook, cooking, TODAY, 3, 1_050_000);

        VendorFixtures.Vendor grower = VendorFixtures.register("report-rice-" + run, "HTX Gạo " + run);
        VendorFixtures.verify(organizer, grower);
        String riceProduct = VendorFixtures.createProduct(grower, VendorFixtures.product("Gạo Séng Cù")
                .add("commune", "Mường So").remove("formerDistrict"));
        Vendor rice = new Vendor(grower, riceProduct);
        long growing = FairFixtures.approved(organizer, rice, fair, "AGRICULTURAL_PRODUCTS", false, List.of());
        assertThat(FairFixtures.assign(organizer, growing, "A-02").status()).isEqualTo(200);
        FairFixtures.sold(rice, growing, TODAY, 5, 1_000_000);

        FairFixtures.submitted(FairFixtures.vendor(organizer, "report-late-" + run, "Chè", true), fair, "GENERAL",
                false, List.of());
        return new Products(cook.productKey(), riceProduct);
    }

    /** The cook again, at last year's fair: stall A-01, 1 sold for 500,000 on its first day. */
    private void lastYearsFair(LocalDate day) {
        String fair = "report-fair-before-" + run;
        JsonObject body = FairFixtures.fair(fair, stalls(), JsonValue.EMPTY_JSON_OBJECT);
        FairFixtures.createFair(organizer, Json.createObjectBuilder(body).add("festivalKey", festival)
                .add("days", Json.createArrayBuilder().add(FairFixtures.day(day))
                        .add(FairFixtures.day(day.plusDays(1))))
                .build());
        Vendor cook = FairFixtures.vendor(organizer, "report-cook-before-" + run, "Thịt trâu gác bếp", true);
        ApiClient.Reply applied = cook.client().post("api/fairs/" + fair + "/applications", Json.createObjectBuilder()
                .add("category", "CUISINE").add("days", Json.createArrayBuilder().add(day.toString()))
                .add("needsPower", false).add("preferredStalls", Json.createArrayBuilder())
                .add("productKeys", Json.createArrayBuilder().add(cook.productKey())).build().toString());
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        long application = applied.json().getJsonNumber("id").longValue();
        assertThat(FairFixtures.act(cook.client(), application, "SUBMIT").status()).isEqualTo(200);
        assertThat(FairFixtures.act(organizer, application, "APPROVE").status()).isEqualTo(200);
        assertThat(FairFixtures.assign(organizer, application, "A-01").status()).isEqualTo(200);
        FairFixtures.sold(cook, application, day, 1, 500_000);
    }

    private static List<StallSpec> stalls() {
        return List.of(FairFixtures.stall("A-01", "CUISINE", false, 0),
                FairFixtures.stall("A-02", "AGRICULTURAL_PRODUCTS", false, 400),
                FairFixtures.stall("A-03", "GENERAL", false, 800));
    }

    /** A local time of a day in the province, as an instant. */
    private static Instant at(LocalDate day, String localTime) {
        return day.atTime(LocalTime.parse(localTime)).atZone(ZONE).toInstant();
    }
}
