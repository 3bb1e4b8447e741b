package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.festgate.core.qr.QrImages;
import org.festgate.web.it.VendorFixtures.Vendor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Vendors and their products on a running Payara Micro, over HTTP: self-registration and its conflicts,
 * verification by organizers only (also by two at once), each vendor's own catalogue and nobody else's, photos
 * checked by type, magic number and size with nothing stored when refused, the public product view that shows no
 * personal data, product search, and the product's QR code, which leads to the product's page. One deployment for the whole class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VendorsIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final int TWO_MB = 2 * 1024 * 1024;

    private static ApiClient admin;
    private static ApiClient organizer;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FestgateServer.war();
    }

    @BeforeAll
    static void accounts() {
        admin = ApiClient.admin();
        organizer = ApiClient.newUser(admin, "organizer-v" + RUN, "password-" + RUN, "ORGANIZER");
    }

    // --- registration -----------------------------------------------------------------------------------------

    @Test
    void registrationMakesAnUnverifiedVendorWithTheVendorRole() {
        Vendor vendor = VendorFixtures.register("reg-" + RUN, "HTX Chè Tam Đường " + RUN);

        JsonObject me = vendor.client().get("api/vendors/me").json();
        assertThat(me.getString("status")).isEqualTo("UNVERIFIED");
        assertThat(me.getString("businessName")).isEqualTo("HTX Chè Tam Đường " + RUN);
        assertThat(me.getString("kind")).isEqualTo("COOPERATIVE");
        assertThat(me.getString("formerDistrict")).isEqualTo("Tam Đường");
        assertThat(me.getString("phone")).isEqualTo(vendor.phone());
        ApiClient.Reply session = ApiClient.browserSession(vendor.username(), VendorFixtures.PASSWORD)
                .get("api/auth/session");
        assertThat(session.json().getJsonArray("roles").toString()).isEqualTo("[\"VENDOR\"]");

        ApiClient.Reply changed = vendor.client().put("api/vendors/me", Json.createObjectBuilder()
                .add("businessName", "HTX Chè Bản Bo " + RUN).add("kind", "COOPERATIVE").add("commune", "Bản Bo")
                .add("email", vendor.email()).build().toString());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().containsKey("phone")).isFalse();
        assertThat(admin.get("api/admin/audit").body()).contains("vendor.registered", "vendor.updated");
        assertThat(organizer.get("api/vendors/me").status()).isEqualTo(403);
    }

    @Test
    void aTakenUserNameIs409AndTwoRegistrationsAtOnceMakeOneAccount() throws Exception {
        Vendor first = VendorFixtures.register("dup-" + RUN, "First " + RUN);
        ApiClient.Reply again = ApiClient.anonymous().post("api/vendors",
                VendorFixtures.registration(first.username(), "Second " + RUN).toString());
        assertProblem(again, 409, "username");

        String raced = "race-" + RUN;
        List<Integer> statuses = Race.of(8, i -> ApiClient.anonymous().post("api/vendors",
                VendorFixtures.registration(raced, "Racer " + i).toString()).status());
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        long vendors = organizer.get("api/vendors").array().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("username").equals(raced)).count();
        assertThat(vendors).isEqualTo(1);
    }

    @Test
    void aRegistrationNamesTheFieldItGotWrong() {
        JsonObject valid = VendorFixtures.registration("bad-" + RUN, "Bad " + RUN);
        JsonObject noContact = Json.createObjectBuilder(valid).add("profile", Json.createObjectBuilder(
                valid.getJsonObject("profile")).remove("phone").remove("email")).build();
        assertProblem(ApiClient.anonymous().post("api/vendors", noContact.toString()), 400, "phone");
        JsonObject badKind = Json.createObjectBuilder(valid).add("profile", Json.createObjectBuilder(
                valid.getJsonObject("profile")).add("kind", "PIRATE")).build();
        assertProblem(ApiClient.anonymous().post("api/vendors", badKind.toString()), 400, "kind");
        JsonObject shortPassword = Json.createObjectBuilder(valid).add("account", Json.createObjectBuilder()
                .add("username", "bad-" + RUN).add("password", "short")).build();
        assertProblem(ApiClient.anonymous().post("api/vendors", shortPassword.toString()), 400, "account.password");
        JsonObject badTaxCode = Json.createObjectBuilder(valid).add("profile", Json.createObjectBuilder(
                valid.getJsonObject("profile")).add("taxCode", "12ab")).build();
        assertProblem(ApiClient.anonymous().post("api/vendors", badTaxCode.toString()), 400, "profile.taxCode");
        assertThat(ApiClient.anonymous().post("api/auth/tokens", Json.createObjectBuilder()
                .add("username", "bad-" + RUN).add("password", VendorFixtures.PASSWORD).build().toString()).status())
                .as("no account was made by a refused registration").isEqualTo(401);
    }

    // --- verification -----------------------------------------------------------------------------------------

    @Test
    void onlyOrganizersVerifyAndEveryChangeIsAudited() {
        Vendor vendor = VendorFixtures.register("verify-" + RUN, "Verify " + RUN);
        Vendor other = VendorFixtures.register("verify-other-" + RUN, "Other " + RUN);
        String verify = "api/vendors/" + vendor.id() + "/verify";
        assertThat(ApiClient.anonymous().post(verify, "").status()).isEqualTo(401);
        assertProblem(vendor.client().post(verify, ""), 403, null);
        assertProblem(other.client().get("api/vendors"), 403, null);
        assertThat(organizer.get("api/vendors?status=UNVERIFIED").array().toString()).contains(vendor.username());

        ApiClient.Reply verified = organizer.post(verify, "");
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().getString("status")).isEqualTo("VERIFIED");
        assertProblem(organizer.post(verify, ""), 409, "status");
        assertThat(organizer.get("api/vendors?status=VERIFIED").array().toString()).contains(vendor.username());
        assertProblem(organizer.get("api/vendors?status=MAYBE"), 400, "status");

        String unverify = "api/vendors/" + vendor.id() + "/unverify";
        assertProblem(organizer.post(unverify, "{}"), 400, "reason");
        ApiClient.Reply taken = admin.post(unverify, "{\"reason\":\"the phone number does not answer\"}");
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        JsonObject me = vendor.client().get("api/vendors/me").json();
        assertThat(me.getString("status")).isEqualTo("UNVERIFIED");
        assertThat(me.getString("statusReason")).isEqualTo("the phone number does not answer");
        assertProblem(organizer.post(unverify, "{\"reason\":\"again\"}"), 409, "status");
        assertProblem(organizer.post("api/vendors/999999999/verify", ""), 404, null);
        assertThat(admin.get("api/admin/audit").body()).contains("vendor.verified", "vendor.unverified",
                "the phone number does not answer");
    }

    @Test
    void twoOrganizersVerifyingAtOnceGiveOneVerificationAndOneConflict() throws Exception {
        Vendor vendor = VendorFixtures.register("both-" + RUN, "Both " + RUN);
        ApiClient second = ApiClient.newUser(admin, "organizer-w" + RUN, "password-" + RUN, "ORGANIZER");
        List<ApiClient> organizers = List.of(organizer, second);
        List<Integer> statuses = Race.of(2, i -> organizers.get(i)
                .post("api/vendors/" + vendor.id() + "/verify", "").status());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    }

    // --- products ---------------------------------------------------------------------------------------------

    @Test
    void aVendorKeepsItsCatalogueWithStableKeys() {
        Vendor vendor = VendorFixtures.register("cat-" + RUN, "Catalogue " + RUN);
        String name = "Chè Shan tuyết " + RUN;
        String first = VendorFixtures.createProduct(vendor, VendorFixtures.product(name));
        String second = VendorFixtures.createProduct(vendor, VendorFixtures.product(name));
        assertThat(first).isEqualTo("che-shan-tuyet-" + RUN);
        assertThat(second).isEqualTo(first + "-2");

        JsonObject own = vendor.client().get("api/vendors/me/products/" + first).json();
        assertThat(own.getJsonObject("name").getString("vi")).isEqualTo(name);
        assertThat(own.getJsonObject("name").containsKey("en")).as("a missing translation stays missing").isFalse();
        assertThat(own.getString("page")).isEqualTo("/products/" + first);

        ApiClient.Reply changed = vendor.client().put("api/vendors/me/products/" + first,
                VendorFixtures.product("Chè đổi tên").add("priceVnd", 420_000).add("category", "SPICE")
                        .build().toString());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getString("key")).as("the key never changes").isEqualTo(first);
        assertThat(changed.json().getJsonNumber("priceVnd").longValue()).isEqualTo(420_000);
        assertProblem(vendor.client().put("api/vendors/me/products/" + first, VendorFixtures.product("x")
                .add("ocopStars", 6).build().toString()), 400, "ocopStars");
        assertProblem(vendor.client().post("api/vendors/me/products", VendorFixtures.product("x")
                .add("category", "GOLD").build().toString()), 400, "category");

        assertThat(vendor.client().delete("api/vendors/me/products/" + second).status()).isEqualTo(204);
        assertThat(vendor.client().get("api/vendors/me/products").array().getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("key")).containsExactly(first);
        assertProblem(vendor.client().get("api/vendors/me/products/" + second), 404, null);
        String third = VendorFixtures.createProduct(vendor, VendorFixtures.product(name));
        assertThat(third).as("a withdrawn product's key is never given again").isEqualTo(first + "-3");
        assertThat(admin.get("api/admin/audit").body()).contains("product.created", "product.withdrawn");
    }

    @Test
    void aVendorCannotReadOrChangeAnotherVendorsProduct() throws IOException {
        Vendor owner = VendorFixtures.register("owner-" + RUN, "Owner " + RUN);
        Vendor intruder = VendorFixtures.register("intruder-" + RUN, "Intruder " + RUN);
        String key = VendorFixtures.createProduct(owner, VendorFixtures.product("Thảo quả " + RUN));
        long photo = owner.client().postBytes(photos(key), "image/png", png(), false).json().getJsonNumber("id")
                .longValue();
        String path = "api/vendors/me/products/" + key;

        assertProblem(intruder.client().get(path), 403, null);
        assertProblem(intruder.client().put(path, VendorFixtures.product("Stolen").build().toString()), 403, null);
        assertProblem(intruder.client().delete(path), 403, null);
        assertProblem(intruder.client().postBytes(photos(key), "image/png", png(), false), 403, null);
        assertThat(intruder.client().getBytes(photos(key) + "/" + photo).status()).isEqualTo(403);
        assertProblem(intruder.client().delete(photos(key) + "/" + photo), 403, null);
        assertProblem(organizer.get(path), 403, null);
        assertThat(ApiClient.anonymous().get(path).status()).isEqualTo(401);

        JsonObject unchanged = owner.client().get(path).json();
        assertThat(unchanged.getJsonObject("name").getString("vi")).isEqualTo("Thảo quả " + RUN);
        assertThat(unchanged.getJsonArray("photos")).hasSize(1);
    }

    // --- photos -----------------------------------------------------------------------------------------------

    @Test
    void photosOfTheRightTypeAndSizeAreStoredAndServed() throws IOException {
        Vendor vendor = VendorFixtures.register("photo-" + RUN, "Photo " + RUN);
        String key = VendorFixtures.createProduct(vendor, VendorFixtures.product("Gạo tám " + RUN));
        byte[] png = png();
        ApiClient.Reply stored = vendor.client().postBytes(photos(key), "image/png", png, false);
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        String url = stored.json().getString("url");
        assertThat(vendor.client().postBytes(photos(key), "image/jpeg", jpeg(), true).status()).isEqualTo(201);
        assertThat(vendor.client().postBytes(photos(key), "image/webp", webp(), false).status()).isEqualTo(201);
        byte[] largest = Arrays.copyOf(jpeg(), TWO_MB);
        assertThat(vendor.client().postBytes(photos(key), "image/jpeg", largest, true).status())
                .as("exactly 2 MB is allowed").isEqualTo(201);

        ApiClient.Binary image = vendor.client().getBytes(url.substring(1));
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.header("Content-Type")).isEqualTo("image/png");
        assertThat(image.body()).isEqualTo(png);
        assertThat(image.header("Cache-Control")).contains("private");
        String tag = image.header("ETag");
        assertThat(vendor.client().getBytes(url.substring(1), "If-None-Match", tag).status()).isEqualTo(304);

        assertThat(vendor.client().postBytes(photos(key), "image/png", png, false).status()).isEqualTo(201);
        assertThat(vendor.client().postBytes(photos(key), "image/png", png, false).status()).isEqualTo(201);
        assertProblem(vendor.client().postBytes(photos(key), "image/png", png, false), 409, "photos");
        long id = stored.json().getJsonNumber("id").longValue();
        assertThat(vendor.client().delete(photos(key) + "/" + id).status()).isEqualTo(204);
        assertThat(vendor.client().get("api/vendors/me/products/" + key).json().getJsonArray("photos")).hasSize(5);
        assertProblem(vendor.client().delete(photos(key) + "/" + id), 404, null);
    }

    @Test
    void oversizedOrWrongTypePhotosAreRefusedAndNothingIsStored() throws IOException {
        Vendor vendor = VendorFixtures.register("refused-" + RUN, "Refused " + RUN);
        String key = VendorFixtures.createProduct(vendor, VendorFixtures.product("Sâm " + RUN));
        byte[] tooLarge = Arrays.copyOf(jpeg(), TWO_MB + 1);

        assertThat(vendor.client().postBytes(photos(key), "image/jpeg", tooLarge, false).status())
                .as("declared too large").isEqualTo(413);
        assertProblem(vendor.client().postBytes(photos(key), "image/jpeg", tooLarge, true), 413, "body");
        assertProblem(vendor.client().postBytes(photos(key), "image/jpeg", png(), false), 415, "body");
        assertProblem(vendor.client().postBytes(photos(key), "image/png", "<svg/>".getBytes(StandardCharsets.UTF_8),
                false), 415, "body");
        assertProblem(vendor.client().postBytes(photos(key), "image/gif", "GIF89a....".getBytes(
                StandardCharsets.US_ASCII), false), 415, "Content-Type");
        assertProblem(vendor.client().postBytes(photos(key), "text/plain", png(), false), 415, "Content-Type");
        assertProblem(vendor.client().postBytes(photos(key), "image/png", new byte[0], false), 400, "body");

        assertThat(vendor.client().get("api/vendors/me/products/" + key).json().getJsonArray("photos")).isEmpty();
    }

    // --- the public view --------------------------------------------------------------------------------------

    @Test
    void thePublicViewShowsVerifiedVendorsProductsAndNoPersonalData() throws IOException {
        Vendor vendor = VendorFixtures.register("public-" + RUN, "HTX Sâm Lai Châu " + RUN);
        String key = VendorFixtures.createProduct(vendor, VendorFixtures.product("Sâm Lai Châu " + RUN)
                .add("name", Json.createObjectBuilder().add("vi", "Sâm Lai Châu " + RUN).add("en", "Lai Chau ginseng"))
                .add("geographicalIndication", "Sâm Lai Châu")
                .add("description", Json.createObjectBuilder().add("vi", "Trồng dưới tán rừng.\nThu hái năm thứ 5.")));
        byte[] png = png();
        vendor.client().postBytes(photos(key), "image/png", png, false);
        assertProblem(ApiClient.anonymous().get("api/vendor-products/" + key), 404, null);

        VendorFixtures.verify(organizer, vendor);
        ApiClient.Reply reply = ApiClient.anonymous().get("api/vendor-products/" + key);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject product = reply.json();
        assertThat(product.getString("vendorName")).isEqualTo("HTX Sâm Lai Châu " + RUN);
        assertThat(product.getJsonObject("name").getString("en")).isEqualTo("Lai Chau ginseng");
        assertThat(product.getJsonObject("name").getString("zh")).as("Vietnamese stands in")
                .isEqualTo("Sâm Lai Châu " + RUN);
        assertThat(product.getJsonObject("categoryName").getString("zh")).isEqualTo("茶叶");
        assertThat(product.getInt("ocopStars")).isEqualTo(4);
        assertThat(product.getJsonObject("description").getString("en")).contains("Thu hái năm thứ 5.");
        assertThat(reply.body()).as("no personal data on the public view")
                .doesNotContain(vendor.phone(), vendor.email(), vendor.taxCode(), vendor.username(),
                        "\"phone\"", "\"email\"", "\"taxCode\"", "\"username\"");

        String photo = product.getJsonArray("photos").getJsonObject(0).getString("url");
        assertThat(photo).startsWith("/api/vendor-products/" + key + "/photos/");
        ApiClient.Binary image = ApiClient.anonymous().getBytes(photo.substring(1));
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.header("Content-Type")).isEqualTo("image/png");
        assertThat(image.header("Cache-Control")).contains("max-age=86400");
        assertThat(image.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(image.body()).isEqualTo(png);

        admin.post("api/vendors/" + vendor.id() + "/unverify", "{\"reason\":\"check the papers again\"}");
        assertProblem(ApiClient.anonymous().get("api/vendor-products/" + key), 404, null);
        assertThat(ApiClient.anonymous().getBytes(photo.substring(1)).status()).isEqualTo(404);
    }

    @Test
    void searchFindsWordsWithoutDiacriticsAndCategoriesOfVerifiedVendorsOnly() {
        String word = "s" + RUN; // in these products' names only
        Vendor verified = VendorFixtures.register("search-" + RUN, "Search " + RUN);
        Vendor unverified = VendorFixtures.register("hidden-" + RUN, "Hidden " + RUN);
        String tea = VendorFixtures.createProduct(verified, VendorFixtures.product("Chè Tủa Sín Chải " + word));
        String spice = VendorFixtures.createProduct(verified, VendorFixtures.product("Thảo quả khô " + word)
                .add("category", "SPICE"));
        VendorFixtures.createProduct(unverified, VendorFixtures.product("Chè Tủa Sín Chải " + word));
        VendorFixtures.verify(organizer, verified);

        assertThat(keys("api/vendor-products?q=" + word + "%20tua%20chai")).containsExactly(tea);
        assertThat(keys("api/vendor-products?q=" + word + "&category=SPICE")).containsExactly(spice);
        assertThat(keys("api/vendor-products?q=" + word)).containsExactly(tea, spice);
        assertThat(keys("api/vendor-products?q=" + word + "%20%25")).as("% is a letter, not a wildcard").isEmpty();
        assertProblem(ApiClient.anonymous().get("api/vendor-products?category=GOLD"), 400, "category");
    }

    @Test
    void theQrCodeHoldsTheAddressOfTheProductPage() throws IOException {
        Vendor vendor = VendorFixtures.register("qr-" + RUN, "QR " + RUN);
        String key = VendorFixtures.createProduct(vendor, VendorFixtures.product("Gạo Séng Cù " + RUN));
        String qr = "api/vendor-products/" + key + "/qr.png";
        assertProblem(ApiClient.anonymous().get(qr), 404, null);
        VendorFixtures.verify(organizer, vendor);

        ApiClient.Binary png = ApiClient.anonymous().getBytes(qr + "?size=400");
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.header("Content-Type")).isEqualTo("image/png");
        String link = QrImages.decode(ImageIO.read(new ByteArrayInputStream(png.body()))).orElseThrow();
        assertThat(link).isEqualTo(FestgateServer.BASE_URL + "products/" + key);
        ApiClient.Reply page = ApiClient.anonymous().get(link.substring(FestgateServer.BASE_URL.length()));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("/js/product.js");

        ApiClient.Reply svg = ApiClient.anonymous().get("api/vendor-products/" + key + "/qr.svg");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg");
        assertProblem(ApiClient.anonymous().get(qr + "?size=5"), 400, "size");
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static List<String> keys(String path) {
        ApiClient.Reply reply = ApiClient.anonymous().get(path);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class).stream().map(p -> p.getString("key")).toList();
    }

    private static String photos(String key) {
        return "api/vendors/me/products/" + key + "/photos";
    }

    /** A problem+json answer of the status; naming the field, if one is given. */
    private static void assertProblem(ApiClient.Reply reply, int status, String field) {
        Problems.assertProblem(reply, status);
        if (field != null) {
            assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("field")).contains(field);
        }
    }

    private static byte[] png() throws IOException {
        return image("png");
    }

    private static byte[] jpeg() throws IOException {
        return image("jpg");
    }

    /** A WebP file's header (RIFF, length, WEBP, VP8L) and some bytes: only the magic number is checked. */
    private static byte[] webp() {
        return Arrays.copyOf("RIFF\u0020\0\0\0WEBPVP8L".getBytes(StandardCharsets.ISO_8859_1), 40);
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x2E7D32);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
