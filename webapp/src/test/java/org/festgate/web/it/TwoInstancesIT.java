package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.festgate.web.it.ApiClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two real Payara Micro processes on one PostgreSQL database, as two instances behind a load balancer would run:
 * exactly one ADMIT for concurrent scans of one single-entry ticket spread over both, no overselling for claims
 * spread over both, and what one instance writes (a festival, a sign-in, a cancellation that revokes a ticket)
 * is seen at once by the other, whatever it holds in its snapshots.
 * <p>
 * Plain JUnit, not Arquillian (its Payara Micro adapter boots one server per deployment). Runs only against
 * PostgreSQL ({@code mvn verify -Ppostgresql}); two instances cannot share the embedded H2 file, so the default
 * build excludes it, and an explicit {@code -Dit.test=TwoInstancesIT} on H2 skips it.
 */
class TwoInstancesIT {

    private static final Duration READY_WITHIN = Duration.ofSeconds(180);
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final LocalDate DAY = LocalDate.now().plusDays(30);
    private static final String AT = DAY + "T03:00:00Z";
    private static final String ADMIN_PASSWORD = System.getProperty("festgate.it.adminPassword",
            "it-admin-password");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static final List<Process> PROCESSES = new ArrayList<>();
    private static ApiClient a;
    private static ApiClient b;

    private static String admin;
    private static String organizer;
    private static String scanner;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        String url = setting("festgate.it.db.url", "FESTGATE_DB_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "two instances need a shared PostgreSQL (mvn verify -Ppostgresql), not " + url);
        File war = new File(System.getProperty("festgate.it.warFile", "target/festgate.war")).getAbsoluteFile();
        File target = war.getParentFile();
        File jar = new File(System.getProperty("payara.microJar", new File(target, "payara-micro.jar").getPath()));
        String[] ports = System.getProperty("festgate.it.twoInstances.ports", "18480,18481").split(",");
        Runtime.getRuntime().addShutdownHook(new Thread(TwoInstancesIT::stopTwoInstances));
        for (int i = 0; i < 2; i++) {
            String name = i == 0 ? "a" : "b";
            ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-Xmx256m", "-XX:+UseSerialGC", "-jar",
                    jar.getPath(), "--nocluster", "--port", ports[i].strip(), "--deploy", war.getPath(),
                    "--contextroot", "/");
            Map<String, String> env = builder.environment();
            env.put("FESTGATE_DB_URL", url);
            env.put("FESTGATE_DB_DATASOURCE", setting("festgate.it.db.datasource", "FESTGATE_DB_DATASOURCE"));
            env.put("FESTGATE_DB_USER", setting("festgate.it.db.user", "FESTGATE_DB_USER"));
            env.put("FESTGATE_DB_PASSWORD", setting("festgate.it.db.password", "FESTGATE_DB_PASSWORD"));
            env.put("FESTGATE_DB_SCHEMA", setting("festgate.it.db.schema", "FESTGATE_DB_SCHEMA"));
            env.put("FESTGATE_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.put("FESTGATE_DATA_DIR", new File(target, "two-instances-data-" + name).getPath());
            builder.redirectErrorStream(true)
                    .redirectOutput(new File(target, "two-instances-" + name + ".log"));
            synchronized (PROCESSES) {
                PROCESSES.add(builder.start());
            }
        }
        a = ApiClient.at("http://127.0.0.1:" + ports[0].strip() + "/");
        b = ApiClient.at("http://127.0.0.1:" + ports[1].strip() + "/");
        awaitReady(List.of(a, b));

        admin = a.signIn("admin", ADMIN_PASSWORD);
        organizer = newUser("organizer", "ORGANIZER");
        scanner = newUser("scanner", "SCANNER");
    }

    @AfterAll
    static void stopTwoInstances() {
        synchronized (PROCESSES) {
            for (Process process : PROCESSES) {
                process.destroy();
            }
            for (Process process : PROCESSES) {
                try {
                    if (!process.waitFor(30, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
            PROCESSES.clear();
        }
    }

    // --- the guarantees across instances ---------------------------------------------------------------------

    @Test
    void scansOfOneSingleEntryTicketOnBothInstancesAdmitOnce() throws Exception {
        long event = newEvent("scan");
        String device = registerDevice(event);
        long type = createType(event, "Race", 10, 1);
        Reply claimed = a.post(types(event) + "/" + type + "/claims", claimBody("Racer", 1));
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        String token = claimed.json().getJsonArray("tickets").getJsonObject(0).getString("token");
        String attendance = "api/events/" + event + "/attendance";
        long beforeA = a.as(organizer).get(attendance).json().getJsonNumber("inside").longValue();

        List<JsonObject> answers = Race.of(64, i -> {
            ApiClient node = (i % 2 == 0 ? a : b).anonymousWith("X-Device-Token", device);
            String body = Json.createObjectBuilder().add("nonce", UUID.randomUUID().toString()).add("token", token)
                    .add("entranceKey", i % 4 < 2 ? "main" : "river-side").add("direction", "IN").add("at", AT)
                    .build().toString();
            Reply reply = node.post("api/scanner/scans", body);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            return reply.json();
        });

        assertThat(answers.stream().filter(x -> x.getString("outcome").equals("ADMIT")).count()).isEqualTo(1);
        assertThat(answers.stream().filter(x -> "ALREADY_USED".equals(x.getString("reason", null))).count())
                .isEqualTo(63);
        assertThat(a.as(organizer).get(attendance).json().getJsonNumber("inside").longValue())
                .isEqualTo(beforeA + 1);
        assertThat(b.as(organizer).get(attendance).json().getJsonNumber("inside").longValue())
                .isEqualTo(beforeA + 1);
    }

    @Test
    void claimsOfTheLastPlacesOnBothInstancesNeverOversell() throws Exception {
        long event = newEvent("claim");
        long type = createType(event, "Rush", 60, 10);
        assertThat(b.post(types(event) + "/" + type + "/claims", claimBody("Early", 10)).status()).isEqualTo(201);

        List<Integer> statuses = Race.of(200, i -> (i % 2 == 0 ? a : b)
                .post(types(event) + "/" + type + "/claims", claimBody("Visitor " + i, 1)).status());

        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(50);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(150);
        for (ApiClient node : List.of(a, b)) {
            JsonObject listed = node.get(types(event)).array().getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getJsonNumber("id").longValue() == type).findFirst().orElseThrow();
            assertThat(listed.getInt("issued")).isEqualTo(60).isEqualTo(listed.getInt("capacity"));
            assertThat(listed.getInt("placesLeft")).isZero();
        }
    }

    @Test
    void aTicketCancelledOnOneInstanceIsRefusedAtOnceOnTheOther() {
        long event = newEvent("revoke");
        String device = registerDevice(event);
        long type = createType(event, "Revoke", 10, 2);
        Reply claimed = a.post(types(event) + "/" + type + "/claims", claimBody("Canceller", 2));
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        JsonObject kept = claimed.json().getJsonArray("tickets").getJsonObject(0);
        JsonObject cancelled = claimed.json().getJsonArray("tickets").getJsonObject(1);
        // both instances have decided a scan of this event, so both hold its keys, revocations and rules
        assertThat(scan(a, device, kept.getString("token")).getString("outcome")).isEqualTo("ADMIT");
        assertThat(scan(b, device, kept.getString("token")).getString("reason")).isEqualTo("ALREADY_USED");

        Reply cancel = a.delete("api/tickets/" + cancelled.getString("publicId"));
        assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);

        JsonObject refused = scan(b, device, cancelled.getString("token"));
        assertThat(refused.getString("outcome")).isEqualTo("REFUSE");
        assertThat(refused.getString("reason")).isEqualTo("REVOKED");
    }

    @Test
    void whatOneInstanceWritesTheOtherSeesAtOnce() {
        String key = "multi-seen-" + RUN;
        assertThat(b.get("api/festivals/" + key).status()).isEqualTo(404);
        Reply created = a.as(organizer).post("api/festivals", Festivals.body(key, "once:" + DAY).toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Reply seen = b.get("api/festivals/" + key);
        assertThat(seen.status()).as(seen.body()).isEqualTo(200);
        assertThat(seen.json().getString("key")).isEqualTo(key);

        Reply changed = b.as(organizer).put("api/festivals/" + key,
                Festivals.with(Festivals.body(key, "once:" + DAY), "rule", "once:" + DAY.plusDays(1)));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(a.get("api/festivals/" + key).json().getString("rule")).isEqualTo("once:" + DAY.plusDays(1));

        String token = b.signIn("organizer-" + RUN, "password-" + RUN);
        Reply event = a.as(token).post("api/events", Json.createObjectBuilder().add("festivalKey", key)
                .add("startDate", DAY.plusDays(1).toString()).build().toString());
        assertThat(event.status()).as(event.body()).isEqualTo(201);
        assertThat(b.as(token).get("api/events/" + event.json().getJsonNumber("id") + "/attendance").status())
                .isEqualTo(200);
        assertThat(b.as("not-a-token").get("api/events/" + event.json().getJsonNumber("id") + "/attendance")
                .status()).isEqualTo(401);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static void awaitReady(List<ApiClient> nodes) throws InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        for (int i = 0; i < nodes.size(); i++) {
            while (!ready(nodes.get(i))) {
                Process process;
                synchronized (PROCESSES) {
                    process = PROCESSES.get(i);
                }
                assertThat(process.isAlive()).as("instance " + i + " exited; see target/two-instances-*.log")
                        .isTrue();
                assertThat(System.nanoTime()).as("instance " + nodes.get(i).base() + " ready within "
                        + READY_WITHIN).isLessThan(deadline);
                Thread.sleep(500);
            }
        }
    }

    private static boolean ready(ApiClient node) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(node.base() + "health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        return value != null && !value.isEmpty() ? value : System.getenv(variable);
    }

    private static String javaCommand() {
        return new File(System.getProperty("java.home"), "bin/java").getPath();
    }

    private static String newUser(String prefix, String role) {
        String username = prefix + "-" + RUN;
        Reply created = a.as(admin).post("api/users", Json.createObjectBuilder().add("username", username)
                .add("password", "password-" + RUN).add("roles", Json.createArrayBuilder().add(role)).build()
                .toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return a.signIn(username, "password-" + RUN);
    }

    private static long newEvent(String name) {
        String festival = "multi-" + name + "-" + RUN;
        Reply created = a.as(organizer).post("api/festivals", Festivals.body(festival, "once:" + DAY).toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Reply event = b.as(organizer).post("api/events", Json.createObjectBuilder().add("festivalKey", festival)
                .add("startDate", DAY.toString()).build().toString());
        assertThat(event.status()).as(event.body()).isEqualTo(201);
        return event.json().getJsonNumber("id").longValue();
    }

    private static String registerDevice(long event) {
        Reply registered = b.as(scanner).post("api/scanner/devices", Json.createObjectBuilder().add("eventId", event)
                .add("entrances", Json.createArrayBuilder().add("main").add("river-side")).build().toString());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().getString("token");
    }

    private static long createType(long event, String name, int capacity, int limit) {
        Reply created = a.as(organizer).post(types(event), Json.createObjectBuilder()
                .add("name", Festivals.text("Vé " + name, name, "票 " + name)).add("priceVnd", 0)
                .add("capacity", capacity).add("limitPerOrder", limit).add("entryPolicy", "SINGLE_ENTRY").build()
                .toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static JsonObject scan(ApiClient node, String device, String token) {
        Reply reply = node.anonymousWith("X-Device-Token", device).post("api/scanner/scans", Json.createObjectBuilder()
                .add("nonce", UUID.randomUUID().toString()).add("token", token).add("entranceKey", "main")
                .add("direction", "IN").add("at", AT).build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static String types(long event) {
        return "api/events/" + event + "/ticket-types";
    }

    private static String claimBody(String name, int quantity) {
        return Json.createObjectBuilder().add("name", name).add("quantity", quantity).build().toString();
    }
}
