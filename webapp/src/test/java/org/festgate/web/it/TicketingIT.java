package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.imageio.ImageIO;
import org.festgate.core.ticket.PublicTicketKey;
import org.festgate.core.ticket.RevocationList;
import org.festgate.core.ticket.TicketQr;
import org.festgate.core.ticket.TicketVerification;
import org.festgate.core.ticket.TicketVerifier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ticketing and scanning on a running Payara Micro, over HTTP: ticket types with their roles, claims (free,
 * priced, per-order limit, sold out), the visitor's page, QR and PDF, cancellation into the revocation list,
 * online scans with exactly-once entry and idempotent nonces, attendance, offline packages and uploads with
 * conflicts, and the two concurrency guarantees: one ADMIT for 64 simultaneous scans of a single-entry ticket,
 * exactly the capacity for 200 simultaneous claims. One deployment for the whole class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketingIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final LocalDate DAY = LocalDate.now().plusDays(30);
    /** A scan time inside the default validity (the occurrence's days in UTC+7). */
    private static final String AT = DAY + "T03:00:00Z";

    private static ApiClient admin;
    private static ApiClient organizer;
    private static ApiClient scanner;
    private static long eventId;
    private static String device;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FestgateServer.war();
    }

    @BeforeAll
    static void eventWithDevice() {
        admin = ApiClient.admin();
        organizer = userWithRole("organizer", "ORGANIZER");
        scanner = userWithRole("scanner", "SCANNER");
        String festival = "tickets-" + RUN;
        ApiClient.Reply created = organizer.post("api/festivals",
                Festivals.body(festival, "once:" + DAY).toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        eventId = EventFixtures.event(organizer, festival, DAY);
        device = EventFixtures.device(scanner, eventId, "main", "river-side");
    }

    private static ApiClient userWithRole(String prefix, String role) {
        return ApiClient.newUser(admin, prefix + "-" + RUN, "password-" + RUN, role);
    }

    // --- ticket types and claims ----------------------------------------------------------------------------

    @Test
    void ticketTypesNeedAnOrganizerAndAnyoneListsThem() {
        String body = EventFixtures.ticketType("Standard", 0, 10, 4, "SINGLE_ENTRY").build().toString();
        assertThat(ApiClient.anonymous().post(types(), body).status()).isEqualTo(401);
        assertThat(scanner.post(types(), body).status()).isEqualTo(403);
        ApiClient.Reply created = organizer.post(types(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject type = created.json();
        assertThat(type.getJsonArray("entrances").toString()).isEqualTo("[\"main\",\"river-side\"]");
        assertThat(type.getString("validFrom")).isEqualTo(DAY.minusDays(1) + "T17:00:00Z");

        ApiClient.Reply changed = admin.put(types() + "/" + type.getJsonNumber("id"),
                EventFixtures.ticketType("Standard+", 0, 12, 4, "SINGLE_ENTRY").build().toString());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getInt("capacity")).isEqualTo(12);

        ApiClient.Reply bad = organizer.post(types(), EventFixtures.ticketType("Bad", 0, 10, 4, "SINGLE_ENTRY")
                .add("entrances", Json.createArrayBuilder().add("back-door")).build().toString());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("entrances");

        assertThat(ApiClient.anonymous().get(types()).array().getValuesAs(JsonObject.class))
                .anySatisfy(t -> assertThat(t.getString("entryPolicy")).isEqualTo("SINGLE_ENTRY"));
    }

    @Test
    void freeTicketsAreIssuedPricedOnesWaitForPayment() {
        long free = createType("Free", 0, 10, 2, "SINGLE_ENTRY");
        ApiClient.Reply claim = claim(free, "Lò Văn A", 2);
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        assertThat(claim.json().getJsonArray("tickets").getValuesAs(JsonObject.class))
                .hasSize(2).allSatisfy(t -> assertThat(t.getString("status")).isEqualTo("ISSUED"));
        ApiClient.Reply tooMany = claim(free, "Lò Văn A", 3);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("quantity");

        long priced = createType("Priced", 50_000, 10, 2, "SINGLE_ENTRY");
        JsonObject pending = claim(priced, "Vàng Thị B", 1).json();
        assertThat(pending.getJsonNumber("totalVnd").longValue()).isEqualTo(50_000);
        JsonObject ticket = pending.getJsonArray("tickets").getJsonObject(0);
        assertThat(ticket.getString("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(ticket.containsKey("token")).isFalse();
        String publicId = ticket.getString("publicId");
        assertThat(ApiClient.anonymous().get("api/tickets/" + publicId + "/qr.svg").status()).isEqualTo(409);
        String payment = "api/events/" + eventId + "/tickets/" + publicId + "/payment";
        assertThat(ApiClient.anonymous().post(payment, "").status()).isEqualTo(401);
        ApiClient.Reply paid = organizer.post(payment, "");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().getString("status")).isEqualTo("ISSUED");
        assertThat(scan(paid.json().getString("token"), "main", "IN").getString("outcome")).isEqualTo("ADMIT");
        assertThat(organizer.post(payment, "").status()).isEqualTo(409);
        assertThat(admin.get("api/admin/audit").body()).contains("ticket.claimed", "ticket.paid");
    }

    @Test
    void soldOutIsA409Problem() {
        long type = createType("Small", 0, 2, 4, "SINGLE_ENTRY");
        assertThat(claim(type, "A", 2).status()).isEqualTo(201);
        ApiClient.Reply soldOut = claim(type, "B", 1);
        assertThat(soldOut.status()).isEqualTo(409);
        assertThat(soldOut.contentType()).startsWith("application/problem+json");
        assertThat(soldOut.json().getString("detail")).contains("sold out");
        assertThat(soldOut.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("quantity");
    }

    // --- the visitor's ticket -------------------------------------------------------------------------------

    @Test
    void theVisitorPageQrAndPdfShowTheTicket() throws Exception {
        long type = createType("Page", 0, 10, 4, "SINGLE_ENTRY");
        JsonObject claimed = claim(type, "Nguyen Van Page", 1).json().getJsonArray("tickets").getJsonObject(0);
        String publicId = claimed.getString("publicId");
        assertThat(publicId).hasSize(43);
        JsonObject page = ApiClient.anonymous().get("api/tickets/" + publicId).json();
        assertThat(page.getString("holderName")).isEqualTo("Nguyen Van Page");
        assertThat(page.getJsonObject("festival").getString("en")).isEqualTo("Festival tickets-" + RUN);
        assertThat(page.getJsonObject("festival").getString("zh")).isEqualTo("节日 tickets-" + RUN);
        assertThat(page.getString("date")).isEqualTo(DAY.toString());
        assertThat(page.getJsonObject("venue").getString("key")).isEqualTo("khong-lao-festival-ground");
        assertThat(page.getJsonArray("entrances")).hasSize(2);
        assertThat(page.getJsonObject("ticketType").getJsonObject("name").getString("en")).isEqualTo("Page");
        String token = page.getString("token");

        assertThat(ApiClient.anonymous().get("api/tickets/" + publicId + "/qr.svg").body()).startsWith("<")
                .contains("<svg");
        byte[] png = bytes("api/tickets/" + publicId + "/qr.png?size=400");
        String decoded = TicketQr.decode(ImageIO.read(new ByteArrayInputStream(png))).orElseThrow();
        assertThat(decoded).isEqualTo(token);
        List<PublicTicketKey> keys = packageFrom("0").getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .map(k -> PublicTicketKey.of(k.getInt("keyId"), k.getString("publicKey"))).toList();
        TicketVerification verification = TicketVerifier.of(keys, RevocationList.empty())
                .verify(decoded, java.time.Instant.parse(AT));
        assertThat(verification.isValid()).isTrue();
        assertThat(ApiClient.anonymous().get("api/tickets/" + publicId + "/qr.png?size=5").status()).isEqualTo(400);

        byte[] pdf = bytes("api/tickets/" + publicId + "/ticket.pdf");
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).as("Vietnamese by default, with the fonts of festgate.pdf.fonts")
                .contains("Người giữ vé", "Nguyen Van Page", "Lễ hội tickets-" + RUN);
        String english = new PdfTextExtractor(new PdfReader(bytes("api/tickets/" + publicId + "/ticket.pdf?lang=en")))
                .getTextFromPage(1);
        assertThat(english).contains("Holder:", "Festival tickets-" + RUN);
        assertThat(ApiClient.anonymous().get("api/tickets/not-a-ticket").status()).isEqualTo(404);
    }

    @Test
    void cancellingReturnsThePlaceAndRevokesTheToken() {
        long type = createType("Cancel", 0, 1, 1, "SINGLE_ENTRY");
        JsonObject ticket = claim(type, "C", 1).json().getJsonArray("tickets").getJsonObject(0);
        assertThat(claim(type, "D", 1).status()).isEqualTo(409);
        ApiClient.Reply cancelled = ApiClient.anonymous().delete("api/tickets/" + ticket.getString("publicId"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(placesLeft(type)).isEqualTo(1);
        JsonObject refused = scan(ticket.getString("token"), "main", "IN");
        assertThat(refused.getString("outcome")).isEqualTo("REFUSE");
        assertThat(refused.getString("reason")).isEqualTo("REVOKED");
        assertThat(packageFrom("0").getJsonArray("revocations").toString())
                .contains(Long.toString(ticket.getJsonNumber("ticketId").longValue()));
        assertThat(claim(type, "D", 1).status()).isEqualTo(201);
        assertThat(admin.get("api/admin/audit").body()).contains("ticket.cancelled");
    }

    // --- scanning -------------------------------------------------------------------------------------------

    @Test
    void aSingleEntryTicketAdmitsOnceAndARepeatedNonceCountsOnce() {
        String token = freeTicket("Single", "SINGLE_ENTRY");
        String nonce = UUID.randomUUID().toString();
        JsonObject first = scan(nonce, token, "main", "IN", AT);
        assertThat(first.getString("outcome")).isEqualTo("ADMIT");
        assertThat(scan(nonce, token, "main", "IN", AT)).isEqualTo(first);
        JsonObject second = scan(token, "river-side", "IN");
        assertThat(second.getString("outcome")).isEqualTo("REFUSE");
        assertThat(second.getString("reason")).isEqualTo("ALREADY_USED");
        JsonObject message = second.getJsonObject("message");
        assertThat(message.getString("en")).containsIgnoringCase("already used");
        assertThat(message.getString("vi")).isNotBlank().isNotEqualTo(message.getString("en"));
        assertThat(message.getString("zh")).isNotBlank().isNotEqualTo(message.getString("en"));

        JsonObject forged = scan("NOT-A-TICKET", "main", "IN");
        assertThat(forged.getString("reason")).isEqualTo("NOT_A_FESTGATE_TICKET");
        assertThat(forged.containsKey("ticketId")).isFalse();
        assertThat(deviceClient(null).post("api/scanner/scans", scanBody(UUID.randomUUID().toString(), token,
                "main", "IN", AT)).status()).isEqualTo(401);
    }

    @Test
    void theScanLogKeepsEveryScanOnceWithItsDeviceNewestFirst() {
        String token = freeTicket("Logged", "SINGLE_ENTRY");
        String nonce = UUID.randomUUID().toString();
        long ticketId = scan(nonce, token, "main", "IN", AT).getJsonNumber("ticketId").longValue();
        scan(nonce, token, "main", "IN", AT);
        scan(token, "river-side", "IN");
        String path = "api/events/" + eventId + "/scans?ticketId=" + ticketId;
        List<JsonObject> log = organizer.get(path).array().getValuesAs(JsonObject.class);
        assertThat(log).hasSize(2);
        assertThat(log.get(0).getJsonObject("scan").getString("reason")).isEqualTo("ALREADY_USED");
        assertThat(log.get(1).getJsonObject("scan").getString("nonce")).isEqualTo(nonce);
        assertThat(log.get(1).getJsonObject("scan").getString("outcome")).isEqualTo("ADMIT");
        assertThat(log.get(0).getJsonNumber("id").longValue()).isGreaterThan(log.get(1).getJsonNumber("id").longValue());
        assertThat(log).allSatisfy(line -> assertThat(line.containsKey("deviceId") && line.containsKey("recordedAt"))
                .isTrue());
        List<JsonObject> older = organizer.get(path + "&before=" + log.get(0).getJsonNumber("id")).array()
                .getValuesAs(JsonObject.class);
        assertThat(older).containsExactly(log.get(1));

        ApiClient.Reply badMax = organizer.get("api/events/" + eventId + "/scans?max=5000");
        assertThat(badMax.status()).isEqualTo(400);
        assertThat(badMax.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("max");
        assertThat(ApiClient.anonymous().get(path).status()).isEqualTo(401);
        assertThat(scanner.get(path).status()).as("gate staff do not read the log").isEqualTo(403);
    }

    @Test
    void aRevokedDeviceNoLongerScansAndOnlyItsOwnerOrAnOrganizerRevokesIt() {
        ApiClient.Reply registered = scanner.post("api/scanner/devices", Json.createObjectBuilder()
                .add("eventId", eventId).add("entrances", Json.createArrayBuilder().add("main"))
                .add("label", "lost phone").build().toString());
        long lostId = registered.json().getJsonNumber("deviceId").longValue();
        String lost = registered.json().getString("token");
        String token = freeTicket("Lost", "MULTIPLE_ENTRY");
        assertThat(deviceClient(lost).post("api/scanner/scans", scanBody(UUID.randomUUID().toString(), token, "main",
                "IN", AT)).status()).isEqualTo(200);

        ApiClient otherScanner = userWithRole("other-scanner", "SCANNER");
        assertThat(otherScanner.delete("api/scanner/devices/" + lostId).status()).isEqualTo(404);
        ApiClient.Reply revoked = scanner.delete("api/scanner/devices/" + lostId);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().getString("revokedBy")).isEqualTo("scanner-" + RUN);
        assertThat(scanner.delete("api/scanner/devices/" + lostId).status()).isEqualTo(409);

        ApiClient.Reply refused = deviceClient(lost).post("api/scanner/scans", scanBody(UUID.randomUUID().toString(),
                token, "main", "IN", AT));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(deviceClient(lost).get("api/scanner/package?since=0").status()).isEqualTo(401);
        assertThat(packageFrom("0").getJsonNumber("eventId").longValue()).as("other devices go on").isEqualTo(eventId);

        List<JsonObject> devices = organizer.get("api/scanner/devices?eventId=" + eventId).array()
                .getValuesAs(JsonObject.class);
        assertThat(devices).anySatisfy(d -> {
            assertThat(d.getJsonNumber("deviceId").longValue()).isEqualTo(lostId);
            assertThat(d.getString("label")).isEqualTo("lost phone");
            assertThat(d.containsKey("revokedAt")).isTrue();
        });
        assertThat(scanner.get("api/scanner/devices?eventId=" + eventId).status()).isEqualTo(403);
        assertThat(admin.get("api/admin/audit").array().getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("subject")).isEqualTo("scanner-device:" + lostId));
    }

    @Test
    void exitsAndEntriesGiveTheCountInside() {
        JsonObject before = attendance();
        String a = freeTicket("Reentry", "REENTRY_AFTER_EXIT");
        String b = freeTicket("Reentry", "REENTRY_AFTER_EXIT");
        assertThat(scan(a, "main", "IN", DAY + "T03:01:00Z").getString("outcome")).isEqualTo("ADMIT");
        assertThat(scan(b, "river-side", "IN", DAY + "T03:02:00Z").getString("outcome")).isEqualTo("ADMIT");
        assertThat(scan(a, "main", "IN", DAY + "T03:03:00Z").getString("reason")).isEqualTo("ALREADY_USED");
        assertThat(scan(a, "main", "OUT", DAY + "T03:04:00Z").getString("outcome")).isEqualTo("ADMIT");
        assertThat(attendance().getInt("inside")).isEqualTo(before.getInt("inside") + 1);
        assertThat(scan(a, "river-side", "IN", DAY + "T03:05:00Z").getString("outcome")).isEqualTo("ADMIT");
        JsonObject after = attendance();
        assertThat(after.getInt("inside")).isEqualTo(before.getInt("inside") + 2);
        assertThat(inside(after, "river-side")).isEqualTo(inside(before, "river-side") + 2);
        assertThat(ApiClient.anonymous().get("api/events/" + eventId + "/attendance").status()).isEqualTo(401);
    }

    @Test
    void offlineScansAreUploadedKeptAndConflictsFlagged() {
        String version = packageFrom("0").getString("version");
        String token = freeTicket("Offline", "SINGLE_ENTRY");
        String n1 = UUID.randomUUID().toString();
        String n2 = UUID.randomUUID().toString();
        JsonArrayBuilder batch = Json.createArrayBuilder()
                .add(offline(n1, token, "main", DAY + "T04:00:00Z"))
                .add(offline(n2, token, "river-side", DAY + "T04:01:00Z"));
        ApiClient.Reply uploaded = deviceClient(device).post("api/scanner/scans/batch", batch.build().toString());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        List<JsonObject> answers = uploaded.array().getValuesAs(JsonObject.class);
        assertThat(answers.get(0).getString("outcome")).isEqualTo("ADMIT");
        assertThat(answers.get(0).getBoolean("conflict")).isFalse();
        assertThat(answers.get(1).getString("outcome")).isEqualTo("REFUSE");
        assertThat(answers.get(1).getBoolean("conflict")).isTrue();
        ApiClient.Reply again = deviceClient(device).post("api/scanner/scans/batch", Json.createArrayBuilder()
                .add(offline(n1, token, "main", DAY + "T04:00:00Z")).build().toString());
        assertThat(again.array().getJsonObject(0)).isEqualTo(answers.get(0));

        List<JsonObject> conflicts = organizer.get("api/events/" + eventId + "/conflicts").array()
                .getValuesAs(JsonObject.class);
        assertThat(conflicts).anySatisfy(c -> assertThat(c.getString("nonce")).isEqualTo(n2));
        JsonObject pkg = packageFrom(version);
        assertThat(pkg.getJsonArray("scans").getValuesAs(JsonObject.class).stream().map(s -> s.getString("nonce")))
                .contains(n1, n2);
        assertThat(Long.parseLong(pkg.getString("version"))).isGreaterThanOrEqualTo(Long.parseLong(version));
        // asked again at once, the package repeats the last minute (scans that committed late are not lost);
        // the device keeps scans by nonce, so a repeated one counts once
        JsonObject repeated = packageFrom(pkg.getString("version"));
        assertThat(repeated.getJsonArray("scans").getValuesAs(JsonObject.class).stream().map(s -> s.getString("nonce")))
                .contains(n1, n2);
        assertThat(repeated.getString("version")).isEqualTo(pkg.getString("version"));
        ApiClient.Reply bad = deviceClient(device).get("api/scanner/package?since=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("since");
        assertThat(pkg.getJsonArray("ticketTypes")).isNotEmpty();
    }

    // --- concurrency ----------------------------------------------------------------------------------------

    @Test
    void sixtyFourSimultaneousScansOfOneTicketAdmitOnce() throws Exception {
        String token = freeTicket("Race", "SINGLE_ENTRY");
        int before = attendance().getInt("inside");
        List<JsonObject> answers = Race.of(64, i -> scan(UUID.randomUUID().toString(), token,
                i % 2 == 0 ? "main" : "river-side", "IN", AT));
        assertThat(answers.stream().filter(a -> a.getString("outcome").equals("ADMIT")).count()).isEqualTo(1);
        assertThat(answers.stream().filter(a -> "ALREADY_USED".equals(a.getString("reason", null))).count())
                .isEqualTo(63);
        assertThat(attendance().getInt("inside")).isEqualTo(before + 1);
    }

    @Test
    void twoHundredSimultaneousClaimsTakeExactlyTheLastFiftyPlaces() throws Exception {
        long type = createType("Rush", 0, 60, 10, "SINGLE_ENTRY");
        assertThat(claim(type, "Early", 10).status()).isEqualTo(201);
        List<Integer> statuses = Race.of(200, i -> claim(type, "Visitor " + i, 1).status());
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(50);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(150);
        JsonObject listed = ApiClient.anonymous().get(types()).array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == type).findFirst().orElseThrow();
        assertThat(listed.getInt("issued")).isEqualTo(60).isEqualTo(listed.getInt("capacity"));
        assertThat(listed.getInt("placesLeft")).isZero();
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static String types() {
        return "api/events/" + eventId + "/ticket-types";
    }

    private static long createType(String name, long price, int capacity, int limit, String policy) {
        return EventFixtures.type(organizer, eventId, EventFixtures.ticketType(name, price, capacity, limit, policy));
    }

    private static ApiClient.Reply claim(long type, String name, int quantity) {
        return ApiClient.anonymous().post(types() + "/" + type + "/claims", Json.createObjectBuilder()
                .add("name", name).add("quantity", quantity).build().toString());
    }

    private static int placesLeft(long type) {
        return ApiClient.anonymous().get(types()).array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == type).findFirst().orElseThrow()
                .getInt("placesLeft");
    }

    private static String freeTicket(String name, String policy) {
        long type = createType(name, 0, 10, 1, policy);
        return claim(type, name, 1).json().getJsonArray("tickets").getJsonObject(0).getString("token");
    }

    private static JsonObject scan(String token, String entrance, String direction) {
        return scan(UUID.randomUUID().toString(), token, entrance, direction, AT);
    }

    private static JsonObject scan(String token, String entrance, String direction, String at) {
        return scan(UUID.randomUUID().toString(), token, entrance, direction, at);
    }

    /**
     * One scan, sent again with the same nonce after the Retry-After of a 503 (a ticket's row kept locked too
     * long by many scans of it at once on a busy machine), as a scanner does.
     */
    private static JsonObject scan(String nonce, String token, String entrance, String direction, String at) {
        String body = scanBody(nonce, token, entrance, direction, at);
        ApiClient.Reply reply = deviceClient(device).post("api/scanner/scans", body);
        for (int retry = 0; reply.status() == 503 && retry < 20; retry++) {
            assertThat(reply.contentType()).startsWith("application/problem+json");
            long seconds = Long.parseLong(reply.headers().firstValue("Retry-After").orElseThrow());
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(seconds));
            reply = deviceClient(device).post("api/scanner/scans", body);
        }
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static String scanBody(String nonce, String token, String entrance, String direction, String at) {
        return Json.createObjectBuilder().add("nonce", nonce).add("token", token).add("entranceKey", entrance)
                .add("direction", direction).add("at", at).build().toString();
    }

    private static JsonObject offline(String nonce, String token, String entrance, String at) {
        return Json.createObjectBuilder().add("nonce", nonce).add("token", token).add("entranceKey", entrance)
                .add("direction", "IN").add("at", at).add("offlineOutcome", "ADMIT").build();
    }

    private static JsonObject attendance() {
        ApiClient.Reply reply = organizer.get("api/events/" + eventId + "/attendance");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static int inside(JsonObject attendance, String entrance) {
        return attendance.getJsonArray("entrances").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("entranceKey").equals(entrance)).mapToInt(e -> e.getInt("inside"))
                .sum();
    }

    private static JsonObject packageFrom(String since) {
        ApiClient.Reply reply = deviceClient(device).get("api/scanner/package?since=" + since);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static ApiClient deviceClient(String token) {
        return ApiClient.withHeader("X-Device-Token", token);
    }

    private static byte[] bytes(String path) {
        ApiClient.Binary reply = ApiClient.anonymous().getBytes(path);
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }
}
