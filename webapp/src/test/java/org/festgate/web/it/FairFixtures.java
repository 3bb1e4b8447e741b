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

    /** A vendor's signed-in client, its id and the key of its one product. */
    record Vendor(ApiClient client, long id, String name, String productKey) {
    }

    /** A stall of a fair body: code, category, width and depth in cm, power, position. */
    record StallSpec(String code, String category, int widthCm, int depthCm, boolean power, int x, int y) {
    }

    private FairFixtures() {
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

    private static JsonObject day(LocalDate date) {
        return Json.createObjectBuilder().add("date", date.toString()).add("opens", "08:00").add("closes", "21:00")
                .build();
    }

    /** Creates a fair as the organizer. */
    static void createFair(ApiClient organizer, JsonObject body) {
        ApiClient.Reply created = organizer.post("api/fairs", body.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    /** Registers a vendor, has the organizer verify it (unless not), and lists one product. */
    static Vendor vendor(ApiClient organizer, String username, String productName, boolean verified) {
        String password = "password-" + username;
        ApiClient.Reply registered = ApiClient.anonymous().post("api/vendors", Json.createObjectBuilder()
                .add("account", Json.createObjectBuilder().add("username", username).add("password", password))
                .add("profile", Json.createObjectBuilder().add("businessName", businessName(username))
                        .add("kind", "COOPERATIVE").add("commune", "Bản Bo").add("phone", "0912 345 678")
                        .add("email", username + "@example.org"))
                .build().toString());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long id = registered.json().getJsonNumber("id").longValue();
        if (verified) {
            ApiClient.Reply verify = organizer.post("api/vendors/" + id + "/verify", "");
            assertThat(verify.status()).as(verify.body()).isEqualTo(200);
        }
        ApiClient client = ApiClient.signedIn(username, password);
        ApiClient.Reply product = client.post("api/vendors/me/products", Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("vi", productName).add("en", productName))
                .add("category", "TEA").add("commune", "Bản Bo").add("producer", businessName(username))
                .add("priceVnd", 350_000).add("unit", Json.createObjectBuilder().add("vi", "hộp 200 g"))
                .build().toString());
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        return new Vendor(client, id, businessName(username), product.json().getString("key"));
    }

    /** The public name of a test vendor: unlike its user name, which must never be public. */
    private static String businessName(String username) {
        return "HTX " + username.toUpperCase(Locale.ROOT);
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
}
