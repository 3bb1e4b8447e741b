package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.festgate.web.it.TicketedEvent.AT;
import static org.festgate.web.it.TicketedEvent.DAY;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Admission at the gate on a running Payara Micro, over HTTP: online scans with exactly-once entry and
 * idempotent nonces, the scan log, revoked devices, the count inside from entries and exits, offline packages and
 * uploads with conflicts, and one ADMIT for 64 simultaneous scans of a single-entry ticket. One deployment for the
 * whole class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdmissionIT {

    private static TicketedEvent event;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FestgateServer.war();
    }

    @BeforeAll
    static void ticketedEvent() {
        event = TicketedEvent.make();
    }

    // --- scanning -------------------------------------------------------------------------------------------

    @Test
    void aSingleEntryTicketAdmitsOnceAndARepeatedNonceCountsOnce() {
        String token = event.freeTicket("Single", "SINGLE_ENTRY");
        String nonce = UUID.randomUUID().toString();
        JsonObject first = event.scan(nonce, token, "main", "IN", AT);
        assertThat(first.getString("outcome")).isEqualTo("ADMIT");
        assertThat(event.scan(nonce, token, "main", "IN", AT)).isEqualTo(first);
        JsonObject second = event.scan(token, "river-side", "IN");
        assertThat(second.getString("outcome")).isEqualTo("REFUSE");
        assertThat(second.getString("reason")).isEqualTo("ALREADY_USED");
        JsonObject message = second.getJsonObject("message");
        assertThat(message.getString("en")).containsIgnoringCase("already used");
        assertThat(message.getString("vi")).isNotBlank().isNotEqualTo(message.getString("en"));
        assertThat(message.getString("zh")).isNotBlank().isNotEqualTo(message.getString("en"));

        JsonObject forged = event.scan("NOT-A-TICKET", "main", "IN");
        assertThat(forged.getString("reason")).isEqualTo("NOT_A_FESTGATE_TICKET");
        assertThat(forged.containsKey("ticketId")).isFalse();
        assertThat(gate(null).post("api/scanner/scans", EventFixtures.scanBody(UUID.randomUUID().toString(), token,
                "main", "IN", AT)).status()).isEqualTo(401);
    }

    @Test
    void theScanLogKeepsEveryScanOnceWithItsDeviceNewestFirst() {
        String token = event.freeTicket("Logged", "SINGLE_ENTRY");
        String nonce = UUID.randomUUID().toString();
        long ticketId = event.scan(nonce, token, "main", "IN", AT).getJsonNumber("ticketId").longValue();
        event.scan(nonce, token, "main", "IN", AT);
        event.scan(token, "river-side", "IN");
        String path = "api/events/" + event.eventId() + "/scans?ticketId=" + ticketId;
        List<JsonObject> log = event.organizer().get(path).array().getValuesAs(JsonObject.class);
        assertThat(log).hasSize(2);
        assertThat(log.get(0).getJsonObject("scan").getString("reason")).isEqualTo("ALREADY_USED");
        assertThat(log.get(1).getJsonObject("scan").getString("nonce")).isEqualTo(nonce);
        assertThat(log.get(1).getJsonObject("scan").getString("outcome")).isEqualTo("ADMIT");
        assertThat(log.get(0).getJsonNumber("id").longValue())
                .isGreaterThan(log.get(1).getJsonNumber("id").longValue());
        assertThat(log).allSatisfy(line -> assertThat(line.containsKey("deviceId") && line.containsKey("recordedAt"))
                .isTrue());
        List<JsonObject> older = event.organizer().get(path + "&before=" + log.get(0).getJsonNumber("id")).array()
                .getValuesAs(JsonObject.class);
        assertThat(older).containsExactly(log.get(1));

        ApiClient.Reply badMax = event.organizer().get("api/events/" + event.eventId() + "/scans?max=5000");
        assertThat(badMax.status()).isEqualTo(400);
        assertThat(badMax.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("max");
        assertThat(ApiClient.anonymous().get(path).status()).isEqualTo(401);
        assertThat(event.scanner().get(path).status()).as("gate staff do not read the log").isEqualTo(403);
    }

    @Test
    void aRevokedDeviceNoLongerScansAndOnlyItsOwnerOrAnOrganizerRevokesIt() {
        ApiClient.Reply registered = event.scanner().post("api/scanner/devices", Json.createObjectBuilder()
                .add("eventId", event.eventId()).add("entrances", Json.createArrayBuilder().add("main"))
                .add("label", "lost phone").build().toString());
        long lostId = registered.json().getJsonNumber("deviceId").longValue();
        String lost = registered.json().getString("token");
        String token = event.freeTicket("Lost", "MULTIPLE_ENTRY");
        assertThat(gate(lost).post("api/scanner/scans", EventFixtures.scanBody(UUID.randomUUID().toString(), token,
                "main", "IN", AT)).status()).isEqualTo(200);

        ApiClient otherScanner = event.newUser("other-scanner", "SCANNER");
        assertThat(otherScanner.delete("api/scanner/devices/" + lostId).status()).isEqualTo(404);
        ApiClient.Reply revoked = event.scanner().delete("api/scanner/devices/" + lostId);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().getString("revokedBy")).isEqualTo(event.scannerName());
        assertThat(event.scanner().delete("api/scanner/devices/" + lostId).status()).isEqualTo(409);

        ApiClient.Reply refused = gate(lost).post("api/scanner/scans",
                EventFixtures.scanBody(UUID.randomUUID().toString(), token, "main", "IN", AT));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(gate(lost).get("api/scanner/package?since=0").status()).isEqualTo(401);
        assertThat(event.packageFrom("0").getJsonNumber("eventId").longValue()).as("other devices go on")
                .isEqualTo(event.eventId());

        List<JsonObject> devices = event.organizer().get("api/scanner/devices?eventId=" + event.eventId()).array()
                .getValuesAs(JsonObject.class);
        assertThat(devices).anySatisfy(d -> {
            assertThat(d.getJsonNumber("deviceId").longValue()).isEqualTo(lostId);
            assertThat(d.getString("label")).isEqualTo("lost phone");
            assertThat(d.containsKey("revokedAt")).isTrue();
        });
        assertThat(event.scanner().get("api/scanner/devices?eventId=" + event.eventId()).status()).isEqualTo(403);
        assertThat(event.admin().get("api/admin/audit").array().getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("subject")).isEqualTo("scanner-device:" + lostId));
    }

    @Test
    void exitsAndEntriesGiveTheCountInside() {
        JsonObject before = event.attendance();
        String a = event.freeTicket("Reentry", "REENTRY_AFTER_EXIT");
        String b = event.freeTicket("Reentry", "REENTRY_AFTER_EXIT");
        assertThat(event.scan(a, "main", "IN", DAY + "T03:01:00Z").getString("outcome")).isEqualTo("ADMIT");
        assertThat(event.scan(b, "river-side", "IN", DAY + "T03:02:00Z").getString("outcome")).isEqualTo("ADMIT");
        assertThat(event.scan(a, "main", "IN", DAY + "T03:03:00Z").getString("reason")).isEqualTo("ALREADY_USED");
        assertThat(event.scan(a, "main", "OUT", DAY + "T03:04:00Z").getString("outcome")).isEqualTo("ADMIT");
        assertThat(event.attendance().getInt("inside")).isEqualTo(before.getInt("inside") + 1);
        assertThat(event.scan(a, "river-side", "IN", DAY + "T03:05:00Z").getString("outcome")).isEqualTo("ADMIT");
        JsonObject after = event.attendance();
        assertThat(after.getInt("inside")).isEqualTo(before.getInt("inside") + 2);
        assertThat(inside(after, "river-side")).isEqualTo(inside(before, "river-side") + 2);
        assertThat(ApiClient.anonymous().get("api/events/" + event.eventId() + "/attendance").status()).isEqualTo(401);
    }

    @Test
    void offlineScansAreUploadedKeptAndConflictsFlagged() {
        String version = event.packageFrom("0").getString("version");
        String token = event.freeTicket("Offline", "SINGLE_ENTRY");
        String n1 = UUID.randomUUID().toString();
        String n2 = UUID.randomUUID().toString();
        JsonArrayBuilder batch = Json.createArrayBuilder()
                .add(offline(n1, token, "main", DAY + "T04:00:00Z"))
                .add(offline(n2, token, "river-side", DAY + "T04:01:00Z"));
        ApiClient.Reply uploaded = gate(event.device()).post("api/scanner/scans/batch", batch.build().toString());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        List<JsonObject> answers = uploaded.array().getValuesAs(JsonObject.class);
        assertThat(answers.get(0).getString("outcome")).isEqualTo("ADMIT");
        assertThat(answers.get(0).getBoolean("conflict")).isFalse();
        assertThat(answers.get(1).getString("outcome")).isEqualTo("REFUSE");
        assertThat(answers.get(1).getBoolean("conflict")).isTrue();
        ApiClient.Reply again = gate(event.device()).post("api/scanner/scans/batch", Json.createArrayBuilder()
                .add(offline(n1, token, "main", DAY + "T04:00:00Z")).build().toString());
        assertThat(again.array().getJsonObject(0)).isEqualTo(answers.get(0));

        List<JsonObject> conflicts = event.organizer().get("api/events/" + event.eventId() + "/conflicts").array()
                .getValuesAs(JsonObject.class);
        assertThat(conflicts).anySatisfy(c -> assertThat(c.getString("nonce")).isEqualTo(n2));
        JsonObject pkg = event.packageFrom(version);
        assertThat(pkg.getJsonArray("scans").getValuesAs(JsonObject.class).stream().map(s -> s.getString("nonce")))
                .contains(n1, n2);
        assertThat(Long.parseLong(pkg.getString("version"))).isGreaterThanOrEqualTo(Long.parseLong(version));
        // asked again at once, the package repeats the last minute (scans that committed late are not lost);
        // the event.device() keeps scans by nonce, so a repeated one counts once
        JsonObject repeated = event.packageFrom(pkg.getString("version"));
        assertThat(repeated.getJsonArray("scans").getValuesAs(JsonObject.class).stream().map(s -> s.getString("nonce")))
                .contains(n1, n2);
        assertThat(repeated.getString("version")).isEqualTo(pkg.getString("version"));
        ApiClient.Reply bad = gate(event.device()).get("api/scanner/package?since=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("since");
        assertThat(pkg.getJsonArray("ticketTypes")).isNotEmpty();
    }

    // --- concurrency ----------------------------------------------------------------------------------------

    @Test
    void sixtyFourSimultaneousScansOfOneTicketAdmitOnce() throws Exception {
        String token = event.freeTicket("Race", "SINGLE_ENTRY");
        int before = event.attendance().getInt("inside");
        List<JsonObject> answers = Race.of(64, i -> event.scan(UUID.randomUUID().toString(), token,
                i % 2 == 0 ? "main" : "river-side", "IN", AT));
        assertThat(answers.stream().filter(a -> a.getString("outcome").equals("ADMIT")).count()).isEqualTo(1);
        assertThat(answers.stream().filter(a -> "ALREADY_USED".equals(a.getString("reason", null))).count())
                .isEqualTo(63);
        assertThat(event.attendance().getInt("inside")).isEqualTo(before + 1);
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static JsonObject offline(String nonce, String token, String entrance, String at) {
        return Json.createObjectBuilder().add("nonce", nonce).add("token", token).add("entranceKey", entrance)
                .add("direction", "IN").add("at", at).add("offlineOutcome", "ADMIT").build();
    }

    private static int inside(JsonObject attendance, String entrance) {
        return attendance.getJsonArray("entrances").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("entranceKey").equals(entrance)).mapToInt(e -> e.getInt("inside"))
                .sum();
    }

    private static ApiClient gate(String deviceToken) {
        return ApiClient.withHeader("X-Device-Token", deviceToken);
    }
}
