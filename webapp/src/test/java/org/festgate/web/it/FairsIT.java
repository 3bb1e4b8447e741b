package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.festgate.web.it.FairFixtures.stall;
import static org.festgate.web.it.FairFixtures.TODAY;
import static org.festgate.web.it.FairFixtures.act;
import static org.festgate.web.it.FairFixtures.approved;
import static org.festgate.web.it.FairFixtures.assign;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.festgate.web.it.FairFixtures.StallSpec;
import org.festgate.web.it.FairFixtures.Vendor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cultural-trade fairs on a running Payara Micro, over HTTP, with every role: organizers create fairs, verified
 * vendors apply, the workflow refuses wrong moves with 409 problems, a vendor can neither read nor move another's
 * application, the allocation preview writes nothing and its commit books the stalls, manual changes are checked by
 * the allocation rules, two organizers giving the last stall at once get one booking and one 409, fee notices
 * carry the hand-computed fee, payment and check-in are audited, the public stall map shows only public data, and
 * the sales export is guarded against spreadsheet formulas. One deployment for the whole class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FairsIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final JsonObject NO_QUOTAS = JsonValue.EMPTY_JSON_OBJECT;

    private static ApiClient admin;
    private static ApiClient organizer;
    private static ApiClient secondOrganizer;
    private static Vendor tea;
    private static Vendor brocade;
    private static Vendor rice;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FestgateServer.war();
    }

    @BeforeAll
    static void organizersAndVendors() {
        admin = ApiClient.admin();
        organizer = ApiClient.newUser(admin, "fair-org-" + RUN, "password-" + RUN, "ORGANIZER");
        secondOrganizer = ApiClient.newUser(admin, "fair-org2-" + RUN, "password-" + RUN, "ORGANIZER");
        tea = FairFixtures.vendor(organizer, "tea-" + RUN, "Chè Shan tuyết Tả Phìn", true);
        brocade = FairFixtures.vendor(organizer, "brocade-" + RUN, "Thổ cẩm Dao đỏ", true);
        rice = FairFixtures.vendor(organizer, "rice-" + RUN, "Gạo Séng Cù", true);
    }

    private static String fair(String name, List<StallSpec> stalls, JsonObject quotas) {
        String key = name + "-" + RUN;
        FairFixtures.createFair(organizer, FairFixtures.fair(key, stalls, quotas));
        return key;
    }

    // --- fairs ----------------------------------------------------------------------------------------------

    @Test
    void organizersCreateFairsAnyoneReadsThem() {
        String key = "open-" + RUN;
        String body = FairFixtures.fair(key, List.of(stall("A-01", "CUISINE", true, 0)), NO_QUOTAS).toString();
        assertThat(ApiClient.anonymous().post("api/fairs", body).status()).isEqualTo(401);
        assertThat(tea.client().post("api/fairs", body).status()).isEqualTo(403);
        ApiClient.Reply created = organizer.post("api/fairs", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(organizer.post("api/fairs", body).status()).isEqualTo(409);

        JsonObject fair = ApiClient.anonymous().get("api/fairs/" + key).json();
        assertThat(fair.getString("venueKey")).isEqualTo("khong-lao-festival-ground");
        assertThat(fair.getJsonArray("days")).hasSize(2);
        JsonObject stall = fair.getJsonObject("map").getJsonArray("stalls").getJsonObject(0);
        assertThat(stall.getString("code")).isEqualTo("A-01");
        assertThat(stall.getJsonNumber("areaM2").doubleValue()).isEqualTo(9.0);
        assertThat(fair.getJsonArray("categories").getValuesAs(JsonObject.class))
                .anySatisfy(c -> assertThat(c.getJsonNumber("vndPerM2PerDay").longValue()).isEqualTo(15_001));
        assertThat(ApiClient.anonymous().get("api/fairs").body()).contains(key);

        JsonObject overlapping = FairFixtures.fair("overlap-" + RUN, List.of(stall("A-01", "CUISINE", false, 0),
                stall("A-02", "CUISINE", false, 100)), NO_QUOTAS);
        ApiClient.Reply refused = organizer.post("api/fairs", overlapping.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("map");

        ApiClient.Reply unknownFestival = organizer.post("api/fairs", Json.createObjectBuilder(
                FairFixtures.fair("lost-" + RUN, List.of(), NO_QUOTAS)).add("festivalKey", "no-such-festival")
                .build().toString());
        assertThat(unknownFestival.status()).isEqualTo(400);
        assertThat(unknownFestival.body()).contains("festivalKey");
    }

    // --- applications and their workflow --------------------------------------------------------------------

    @Test
    void workflowChecksRolesStatesAndOwners() {
        String key = fair("flow", List.of(stall("A-01", "CUISINE", true, 0)), NO_QUOTAS);
        long id = FairFixtures.submitted(tea, key, "CUISINE", true, List.of("A-01"));
        String path = "api/applications/" + id;

        assertThat(brocade.client().get(path).status()).isEqualTo(403);
        assertThat(brocade.client().get(path + "/fee").status()).isEqualTo(403);
        ApiClient.Reply othersCancel = act(brocade.client(), id, "CANCEL");
        assertThat(othersCancel.status()).isEqualTo(403);
        assertThat(othersCancel.contentType()).startsWith("application/problem+json");
        assertThat(assign(brocade.client(), id, "A-01").status()).isEqualTo(403);
        assertThat(ApiClient.anonymous().get(path).status()).isEqualTo(401);

        ApiClient.Reply selfApproval = act(tea.client(), id, "APPROVE");
        assertThat(selfApproval.status()).isEqualTo(409);
        assertThat(selfApproval.contentType()).startsWith("application/problem+json");
        assertThat(selfApproval.json().getString("detail")).contains("VENDOR", "APPROVE", "SUBMITTED");
        ApiClient.Reply earlyCheckIn = act(organizer, id, "CHECK_IN");
        assertThat(earlyCheckIn.status()).isEqualTo(409);
        assertThat(earlyCheckIn.json().getString("detail")).contains("CHECK_IN", "SUBMITTED");
        assertThat(act(tea.client(), id, "SUBMIT").status()).isEqualTo(409);

        JsonObject own = tea.client().get(path).json();
        assertThat(own.getString("state")).isEqualTo("SUBMITTED");
        assertThat(own.getJsonArray("allowedActions").toString()).isEqualTo("[\"CANCEL\"]");
        assertThat(tea.client().get("api/applications").body()).contains("\"id\":" + id);

        assertThat(organizer.get("api/fairs/" + key + "/applications?state=SUBMITTED").body())
                .contains("\"id\":" + id);
        assertThat(organizer.get("api/fairs/" + key + "/applications?state=APPROVED").array()).isEmpty();
        assertThat(organizer.get("api/fairs/" + key + "/applications?state=LOST").status()).isEqualTo(400);
        assertThat(tea.client().get("api/fairs/" + key + "/applications").status()).isEqualTo(403);

        assertThat(act(organizer, id, "WAIT_LIST").json().getString("state")).isEqualTo("WAIT_LISTED");
        assertThat(act(organizer, id, "APPROVE").json().getString("state")).isEqualTo("APPROVED");
        assertThat(act(tea.client(), id, "CANCEL").json().getString("state")).isEqualTo("CANCELLED");
        assertThat(act(organizer, id, "APPROVE").status()).isEqualTo(409);

        Vendor unverified = FairFixtures.vendor(organizer, "new-" + RUN, "Mật ong bạc hà", false);
        ApiClient.Reply notYet = unverified.client().post("api/fairs/" + key + "/applications",
                application("CUISINE", List.of(TODAY.toString()), List.of()));
        assertThat(notYet.status()).isEqualTo(403);
        assertThat(notYet.json().getString("detail")).contains("not verified");

        ApiClient.Reply wrongDay = tea.client().post("api/fairs/" + key + "/applications",
                application("CUISINE", List.of(TODAY.plusDays(9).toString()), List.of(tea.productKey())));
        assertThat(wrongDay.status()).isEqualTo(400);
        assertThat(wrongDay.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("days");
        ApiClient.Reply othersProduct = tea.client().post("api/fairs/" + key + "/applications",
                application("CUISINE", List.of(TODAY.toString()), List.of(brocade.productKey())));
        assertThat(othersProduct.status()).isEqualTo(400);
        assertThat(othersProduct.body()).contains("productKeys");
    }

    @Test
    void aVendorWhoseVerificationIsWithdrawnKeepsItsApplicationsButSubmitsNoMore() {
        String key = fair("withdrawn", List.of(stall("A-01", "CUISINE", true, 0)), NO_QUOTAS);
        Vendor honey = FairFixtures.vendor(organizer, "honey-" + RUN, "Mật ong Mường Tè", true);
        long submitted = FairFixtures.submitted(honey, key, "CUISINE", true, List.of());
        ApiClient.Reply draft = honey.client().post("api/fairs/" + key + "/applications",
                application("CUISINE", List.of(TODAY.toString()), List.of(honey.productKey())));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        long drafted = draft.json().getJsonNumber("id").longValue();
        ApiClient.Reply unverified = organizer.post("api/vendors/" + honey.account().id() + "/unverify",
                "{\"reason\":\"the cooperative's licence has lapsed\"}");
        assertThat(unverified.status()).as(unverified.body()).isEqualTo(200);

        assertThat(honey.client().get("api/applications").body())
                .contains("\"id\":" + submitted, "\"id\":" + drafted);
        assertThat(honey.client().get("api/applications/" + submitted).json().getString("state"))
                .isEqualTo("SUBMITTED");
        ApiClient.Reply submit = act(honey.client(), drafted, "SUBMIT");
        assertThat(submit.status()).isEqualTo(403);
        assertThat(submit.json().getString("detail")).contains("not verified", "licence has lapsed");
        assertThat(honey.client().get("api/applications/" + drafted).json().getString("state")).isEqualTo("DRAFT");
        assertThat(act(honey.client(), submitted, "CANCEL").json().getString("state")).isEqualTo("CANCELLED");
        assertThat(brocade.client().get("api/applications/" + drafted).status()).isEqualTo(403);
    }

    private static String application(String category, List<String> days, List<String> products) {
        JsonArrayBuilder dayArray = Json.createArrayBuilder();
        days.forEach(dayArray::add);
        JsonArrayBuilder productArray = Json.createArrayBuilder();
        products.forEach(productArray::add);
        return Json.createObjectBuilder().add("category", category).add("days", dayArray)
                .add("productKeys", productArray).build().toString();
    }

    // --- allocation, manual changes, fees, payment and check-in ---------------------------------------------

    @Test
    void allocationPreviewCommitManualChangesFeesPaymentAndCheckIn() {
        List<StallSpec> stalls = List.of(new StallSpec("A-01", "CUISINE", 333, 250, true, 0, 0),
                stall("A-02", "CUISINE", false, 400), stall("B-01", "CRAFTS_AND_BROCADE", false, 800));
        JsonObject quotas = Json.createObjectBuilder().add("CUISINE", 1).build();
        String key = fair("alloc", stalls, quotas);
        long teaApp = approved(organizer, tea, key, "CUISINE", true, List.of("A-01"));
        long brocadeApp = approved(organizer, brocade, key, "CRAFTS_AND_BROCADE", false, List.of("B-01"));
        long riceApp = approved(organizer, rice, key, "CUISINE", false, List.of());

        ApiClient.Reply previewed = organizer.post("api/fairs/" + key + "/allocation/preview", "");
        assertThat(previewed.status()).as(previewed.body()).isEqualTo(200);
        JsonObject preview = previewed.json();
        assertThat(preview.getJsonArray("assignments").getValuesAs(JsonObject.class))
                .extracting(a -> a.getJsonNumber("applicationId").longValue() + "@" + a.getString("stallCode"))
                .containsExactlyInAnyOrder(teaApp + "@A-01", brocadeApp + "@B-01");
        JsonObject leftOut = preview.getJsonArray("leftOut").getJsonObject(0);
        assertThat(leftOut.getJsonNumber("applicationId").longValue()).isEqualTo(riceApp);
        assertThat(leftOut.getString("reason")).isEqualTo("QUOTA_FULL");
        assertThat(leftOut.getJsonObject("explanation").getString("zh")).isNotBlank();
        assertThat(tea.client().get("api/applications/" + teaApp).json().getString("state")).isEqualTo("APPROVED");
        assertThat(tea.client().post("api/fairs/" + key + "/allocation/preview", "").status()).isEqualTo(403);

        JsonArrayBuilder commit = Json.createArrayBuilder();
        preview.getJsonArray("assignments").getValuesAs(JsonObject.class).forEach(a -> commit.add(
                Json.createObjectBuilder().add("applicationId", a.getJsonNumber("applicationId"))
                        .add("stallCode", a.getString("stallCode"))));
        ApiClient.Reply committed = organizer.post("api/fairs/" + key + "/allocation",
                Json.createObjectBuilder().add("assignments", commit).build().toString());
        assertThat(committed.status()).as(committed.body()).isEqualTo(200);
        assertThat(committed.array().getValuesAs(JsonObject.class))
                .allSatisfy(a -> assertThat(a.getString("state")).isEqualTo("ALLOCATED"));

        ApiClient.Reply wrongCategory = assign(organizer, riceApp, "B-01");
        assertThat(wrongCategory.status()).isEqualTo(422);
        assertThat(wrongCategory.contentType()).startsWith("application/problem+json");
        assertThat(wrongCategory.json().getString("detail")).contains("CRAFTS_AND_BROCADE");
        ApiClient.Reply quotaFull = assign(organizer, riceApp, "A-02");
        assertThat(quotaFull.status()).isEqualTo(409);
        assertThat(quotaFull.json().getString("detail")).contains("quota");
        ApiClient.Reply taken = assign(organizer, riceApp, "A-01");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("reason")).contains("A-01", "taken"));
        assertThat(assign(organizer, riceApp, "Z-99").status()).isEqualTo(422);

        ApiClient.Reply bookedStallRemoved = organizer.put("api/fairs/" + key,
                FairFixtures.fair(key, stalls.subList(1, 3), quotas).toString());
        assertThat(bookedStallRemoved.status()).isEqualTo(409);
        assertThat(bookedStallRemoved.json().getString("detail")).contains("A-01", "booked");
        ApiClient.Reply renamed = organizer.put("api/fairs/" + key, Json.createObjectBuilder(
                FairFixtures.fair(key, stalls, quotas)).add("name", Festivals.text("Chợ phiên", "Market", "集市"))
                .build().toString());
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().getJsonObject("name").getString("en")).isEqualTo("Market");

        JsonObject fee = tea.client().get("api/applications/" + teaApp + "/fee").json();
        // 333 cm x 250 cm = 8.325 m2; ceil(8.325 m2 x 15,001 VND x 2 days) = 249,767; power 50,000 x 2 days
        assertThat(fee.getJsonNumber("amountVnd").longValue()).isEqualTo(249_767 + 100_000);
        assertThat(fee.getString("stallCode")).isEqualTo("A-01");
        assertThat(fee.getBoolean("paid")).isFalse();
        assertThat(tea.client().get("api/applications/" + riceApp + "/fee").status()).isEqualTo(403);
        assertThat(rice.client().get("api/applications/" + riceApp + "/fee").status()).isEqualTo(409);

        assertThat(act(tea.client(), teaApp, "CONFIRM_PAYMENT").status()).isEqualTo(409);
        assertThat(act(organizer, teaApp, "CONFIRM_PAYMENT").json().getString("state")).isEqualTo("PAID");
        assertThat(tea.client().get("api/applications/" + teaApp + "/fee").json().getBoolean("paid")).isTrue();
        assertThat(act(organizer, teaApp, "CHECK_IN").json().getString("state")).isEqualTo("CHECKED_IN");

        assertThat(act(organizer, brocadeApp, "RELEASE").json().getString("state")).isEqualTo("APPROVED");
        assertThat(assign(organizer, brocadeApp, "B-01").json().getString("stallCode")).isEqualTo("B-01");

        assertThat(admin.get("api/admin/audit").body()).contains("fair.application.allocated",
                "fair.application.confirm-payment", "fair.application.check-in", "application:" + teaApp);
    }

    // --- no double booking ----------------------------------------------------------------------------------

    @Test
    void twoOrganizersGivingTheLastStallAtOnceGetOneBookingAndOneConflict() throws Exception {
        for (int round = 0; round < 3; round++) {
            String key = fair("race" + round, List.of(stall("A-01", "CUISINE", false, 0)), NO_QUOTAS);
            long first = approved(organizer, tea, key, "CUISINE", false, List.of());
            long second = approved(organizer, rice, key, "CUISINE", false, List.of());
            List<ApiClient> organizers = List.of(organizer, secondOrganizer);
            List<Long> applications = List.of(first, second);
            List<ApiClient.Reply> replies = Race.of(2, i -> assign(organizers.get(i), applications.get(i), "A-01"));

            assertThat(replies).extracting(ApiClient.Reply::status).containsExactlyInAnyOrder(200, 409);
            ApiClient.Reply conflict = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertThat(conflict.contentType()).startsWith("application/problem+json");
            assertThat(conflict.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                    .anySatisfy(e -> assertThat(e.getString("reason")).contains("stall A-01 is taken on " + TODAY));
            List<String> states = applications.stream().map(id -> organizer.get("api/applications/" + id).json()
                    .getString("state")).toList();
            assertThat(states).containsExactlyInAnyOrder("ALLOCATED", "APPROVED");
            assertThat(ApiClient.anonymous().get("api/fairs/" + key + "/stalls").json().getJsonArray("occupants"))
                    .hasSize(1);
        }
    }

    @Test
    void concurrentAssignmentsOfDifferentStallsBothGoThroughUnlessTheQuotaIsFull() throws Exception {
        List<StallSpec> stalls = List.of(stall("A-01", "CUISINE", false, 0), stall("A-02", "CUISINE", false, 400));
        List<ApiClient> organizers = List.of(organizer, secondOrganizer);
        List<String> codes = List.of("A-01", "A-02");
        for (int round = 0; round < 2; round++) {
            String free = fair("both" + round, stalls, NO_QUOTAS);
            List<Long> apps = List.of(approved(organizer, tea, free, "CUISINE", false, List.of()),
                    approved(organizer, rice, free, "CUISINE", false, List.of()));
            assertThat(Race.of(2, i -> assign(organizers.get(i), apps.get(i), codes.get(i))))
                    .extracting(ApiClient.Reply::status).containsExactly(200, 200);

            String limited = fair("quota" + round, stalls, Json.createObjectBuilder().add("CUISINE", 1).build());
            List<Long> limitedApps = List.of(approved(organizer, tea, limited, "CUISINE", false, List.of()),
                    approved(organizer, rice, limited, "CUISINE", false, List.of()));
            List<ApiClient.Reply> replies = Race.of(2, i -> assign(organizers.get(i), limitedApps.get(i),
                    codes.get(i)));
            assertThat(replies).extracting(ApiClient.Reply::status).containsExactlyInAnyOrder(200, 409);
            assertThat(replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow().body())
                    .contains("quota of CUISINE");
        }
    }

    // --- the public stall map and sales ---------------------------------------------------------------------

    @Test
    void publicStallMapShowsPublicDataAndSearchFindsStalls() {
        String key = fair("map", List.of(stall("A-01", "CUISINE", false, 0),
                stall("B-01", "CRAFTS_AND_BROCADE", false, 400)), NO_QUOTAS);
        assertThat(assign(organizer, approved(organizer, tea, key, "CUISINE", false, List.of()), "A-01").status())
                .isEqualTo(200);
        assertThat(assign(organizer, approved(organizer, brocade, key, "CRAFTS_AND_BROCADE", false, List.of()),
                "B-01").status()).isEqualTo(200);

        ApiClient.Reply map = ApiClient.anonymous().get("api/fairs/" + key + "/stalls");
        assertThat(map.body()).contains(tea.name(), tea.productKey(), "/products/" + tea.productKey())
                .doesNotContain(tea.account().phone(), tea.account().email(), tea.account().taxCode(),
                        tea.account().username());
        ApiClient.Reply search = ApiClient.anonymous().get("api/fairs/" + key + "/stalls?q=che%20ta%20phin");
        assertThat(search.json().getJsonArray("matches").toString()).isEqualTo("[\"A-01\"]");
        assertThat(ApiClient.anonymous().get("api/fairs/" + key + "/stalls?category=TEA").json()
                .getJsonArray("matches")).hasSize(2);
        assertThat(ApiClient.anonymous().get("api/fairs/" + key + "/stalls?category=NOPE").status()).isEqualTo(400);
    }

    @Test
    void vendorsReportSalesOrganizersExportThemGuarded() {
        String key = fair("sales", List.of(stall("A-01", "CUISINE", false, 0)), NO_QUOTAS);
        Vendor sly = FairFixtures.vendor(organizer, "sly-" + RUN, "=HYPERLINK(\"http://x\",\"Chè\")", true);
        long id = approved(organizer, sly, key, "CUISINE", false, List.of());
        String sales = "api/applications/" + id + "/sales";
        assertThat(sly.client().post(sales, sale(TODAY.toString(), sly.productKey(), 3, 1_050_000)).status())
                .isEqualTo(409);
        assertThat(assign(organizer, id, "A-01").status()).isEqualTo(200);

        ApiClient.Reply reported = sly.client().post(sales, sale(TODAY.toString(), sly.productKey(), 3, 1_050_000));
        assertThat(reported.status()).as(reported.body()).isEqualTo(200);
        assertThat(sly.client().post(sales, sale(TODAY.toString(), sly.productKey(), 4, 1_400_000)).array())
                .hasSize(1);
        assertThat(sly.client().post(sales, sale(TODAY.plusDays(1).toString(), sly.productKey(), 1, 1)).status())
                .isEqualTo(400);
        assertThat(sly.client().post(sales, sale(TODAY.toString(), tea.productKey(), 1, 1)).status())
                .isEqualTo(400);
        assertThat(tea.client().post(sales, sale(TODAY.toString(), sly.productKey(), 1, 1)).status())
                .isEqualTo(403);

        JsonObject totals = organizer.get("api/fairs/" + key + "/sales").json();
        assertThat(totals.getJsonNumber("quantity").longValue()).isEqualTo(4);
        assertThat(totals.getJsonNumber("valueVnd").longValue()).isEqualTo(1_400_000);
        assertThat(totals.getJsonArray("byCategory").getJsonObject(0).getString("category")).isEqualTo("CUISINE");
        assertThat(sly.client().get("api/fairs/" + key + "/sales").status()).isEqualTo(403);

        ApiClient.Reply csv = organizer.get("api/fairs/" + key + "/sales/csv?lang=en");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"Chè\"\")\"", ",4,1400000\r\n")
                .doesNotContain(",=HYPERLINK");
    }

    private static String sale(String date, String productKey, int quantity, long valueVnd) {
        return Json.createObjectBuilder().add("date", date).add("lines", Json.createArrayBuilder().add(
                Json.createObjectBuilder().add("productKey", productKey).add("quantity", quantity)
                        .add("valueVnd", valueVnd))).build().toString();
    }
}
