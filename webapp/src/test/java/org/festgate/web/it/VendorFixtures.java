package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Vendors and products made through the API, as the registration page and a vendor would make them. */
final class VendorFixtures {

    /** Password of the vendor accounts made here. */
    static final String PASSWORD = "vendor-password-1";

    /** A registered vendor: its id, user name, contact data and a signed-in client. */
    record Vendor(long id, String username, String businessName, String phone, String email, String taxCode,
                  ApiClient client) {
    }

    private VendorFixtures() {
    }

    /** The body of a registration with a phone, an email and a tax code made from the user name's digits. */
    static JsonObject registration(String username, String businessName) {
        String digits = String.format("%09d", Math.floorMod(username.hashCode(), 1_000_000_000));
        return Json.createObjectBuilder()
                .add("account", Json.createObjectBuilder().add("username", username).add("password", PASSWORD))
                .add("profile", Json.createObjectBuilder().add("businessName", businessName)
                        .add("kind", "COOPERATIVE").add("commune", "Bản Bo").add("formerDistrict", "Tam Đường")
                        .add("phone", "0" + digits).add("email", username + "@example.org")
                        .add("taxCode", "6" + digits))
                .build();
    }

    /** Registers a vendor and signs it in. */
    static Vendor register(String username, String businessName) {
        JsonObject body = registration(username, businessName);
        ApiClient.Reply reply = ApiClient.anonymous().post("api/vendors", body.toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonObject profile = body.getJsonObject("profile");
        return new Vendor(reply.json().getJsonNumber("id").longValue(), username, businessName,
                profile.getString("phone"), profile.getString("email"), profile.getString("taxCode"),
                ApiClient.signedIn(username, PASSWORD));
    }

    /** Verifies a vendor as an organizer. */
    static void verify(ApiClient organizer, Vendor vendor) {
        ApiClient.Reply reply = organizer.post("api/vendors/" + vendor.id() + "/verify", "");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    /** A product body with only the Vietnamese name and unit, of the category TEA. */
    static JsonObjectBuilder product(String nameVi) {
        return Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("vi", nameVi))
                .add("category", "TEA").add("commune", "Bản Bo").add("formerDistrict", "Tam Đường")
                .add("producer", "Hợp tác xã Chè Tam Đường").add("ocopStars", 4)
                .add("priceVnd", 350_000).add("unit", Json.createObjectBuilder().add("vi", "hộp 200 g"));
    }

    /** Adds a product to the vendor's catalogue and gives its key. */
    static String createProduct(Vendor vendor, JsonObjectBuilder product) {
        ApiClient.Reply reply = vendor.client().post("api/vendors/me/products", product.build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getString("key");
    }
}
