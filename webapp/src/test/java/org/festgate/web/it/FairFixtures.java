package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Fairs, vendors and stall applications for the fair tests, made through the API as their users would: a fair by
 * an organizer, a vendor by self-registration and an organizer's verification, its products and applications by
 * the vendor.
 */
final class FairFixtures {

    /** Today in the province: the fairs of the tests are on today and tomorrow, so check-in and sales work. */
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** A registered vendor with the key of its one product. */
    record Vendor(VendorFixtures.Vendor account, String productKey) {
        ApiClient client() {
            return account.client();
        }

        String name() {
            return account.businessName();
        }
    }

    /** A stall of a fair body: code, category, width and depth in cm, power, position. */
    record StallSpec(String code, String category, int widthCm, int depthCm, boolean power, int x, int y) {
    }

    private FairFixtures() {
    }

    /** A stall of 3 by 3 metres in the first row, {@code x} cm from the left, with or without power. */
    static StallSpec stall(String code, String category, boolean power, int x) {
        return new StallSpec(code, category, 300, 300, power, x, 0);
    }

    /** A fair on today and tomorrow at a venue of the data set, with the given stalls in zone "a". */
    static JsonObject fair(String key, List<StallSpec> stalls, JsonObject quotas) {
        JsonArrayBuilder stallArray = Json.createArrayBuilder();
        stalls.forEach(s -> stallArray.add(Json.createObjectBuilder().add("code", s.code()).add("zone", "a")
                .add("category", s.category()).add("widthCm", s.widthCm()).add("depthCm", s.depthCm())
                .add("power", s.power()).add("x", s.x()).add("y", s.y())));
        JsonObjectBuilder rates = Json.createObjectBuilder();
        for (String category : List.of("AGRICULTURAL_PRODUCTS", "PROCESSED_FOOD", "CRAFTS_AND_BROCADE", "CUISINE",
                "BORDER_TRADE_GOODS", "GENERAL")) {
            rates.add(category, category.equals("CUISINE") ? 15_001 : 10_000);
        }
        return Json.createObjectBuilder()
                .add("key", key)
                .add("name", Festivals.text("Hội chợ " + key, "Fair " + key, "集市 " + key))
                .add("venueKey", "khong-lao-festival-ground")
                .add("days", Json.createArrayBuilder().add(day(TODAY)).add(day(TODAY.plusDays(1))))
                .add("map", Json.createObjectBuilder().add("widthCm", 5000).add("depthCm", 3000)
                        .add("zones", Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "a")
                                .add("name", Festivals.text("Khu A", "Zone A", "A区"))))
                        .add("stalls", stallArray))
                .add("feeRates", rates)
                .add("powerVndPerDay", 50_000)
                .add("quotas", quotas)
                .build();
    }

    /** A fair day body: the date, open from 08:00 to 21:00. */
    static JsonObject day(LocalDate date) {
        return Json.createObjectBuilder().add("date", date.toString()).add("opens", "08:00").add("closes", "21:00")
                .build();
    }

    /** Creates a fair as the organizer. */
    static void createFair(ApiClient organizer, JsonObject body) {
        ApiClient.Reply created = organizer.post("api/fairs", body.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    /** Registers a vendor, has the organizer verify it (unless not), and lists one product of that name. */
    static Vendor vendor(ApiClient organizer, String username, String productName, boolean verified) {
        VendorFixtures.Vendor account = VendorFixtures.register(username,
                "HTX " + username.toUpperCase(Locale.ROOT));
        if (verified) {
            VendorFixtures.verify(organizer, account);
        }
        return new Vendor(account, VendorFixtures.createProduct(account, VendorFixtures.product(productName)));
    }

    /** The vendor applies for both days of a fair and submits; answers the application's id. */
    static long submitted(Vendor vendor, String fairKey, String category, boolean power, List<String> preferred) {
        JsonArrayBuilder prefs = Json.createArrayBuilder();
        preferred.forEach(prefs::add);
        ApiClient.Reply applied = vendor.client().post("api/fairs/" + fairKey + "/applications",
                Json.createObjectBuilder().add("category", category)
                        .add("days", Json.createArrayBuilder().add(TODAY.toString()).add(TODAY.plusDays(1).toString()))
                        .add("needsPower", power).add("preferredStalls", prefs)
                        .add("productKeys", Json.createArrayBuilder().add(vendor.productKey())).build().toString());
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        long id = applied.json().getJsonNumber("id").longValue();
        assertThat(act(vendor.client(), id, "SUBMIT").status()).isEqualTo(200);
        return id;
    }

    /** An approved application. */
    static long approved(ApiClient organizer, Vendor vendor, String fairKey, String category, boolean power,
                         List<String> preferred) {
        long id = submitted(vendor, fairKey, category, power, preferred);
        ApiClient.Reply approved = act(organizer, id, "APPROVE");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return id;
    }

    static ApiClient.Reply act(ApiClient client, long applicationId, String action) {
        return client.post("api/applications/" + applicationId + "/actions",
                Json.createObjectBuilder().add("action", action).build().toString());
    }

    static ApiClient.Reply assign(ApiClient organizer, long applicationId, String stallCode) {
        return organizer.put("api/applications/" + applicationId + "/stall",
                Json.createObjectBuilder().add("stallCode", stallCode).build().toString());
    }

    /** Reports, as the vendor, the sales of its product on a day of the fair of an application. */
    static void sold(Vendor vendor, long applicationId, LocalDate day, int quantity, long valueVnd) {
        ApiClient.Reply reported = vendor.client().post("api/applications/" + applicationId + "/sales",
                Json.createObjectBuilder().add("date", day.toString()).add("lines", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("productKey", vendor.productKey()).add("quantity", quantity)
                                .add("valueVnd", valueVnd))).build().toString());
        assertThat(reported.status()).as(reported.body()).isEqualTo(200);
    }
}
