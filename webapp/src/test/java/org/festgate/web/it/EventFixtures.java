package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Ticketed events for the figures and report tests, made through the API as their users would: the event and its
 * ticket types by an organizer, a scanner device by a gate keeper, claims by anonymous visitors, scans by the device.
 */
final class EventFixtures {

    private EventFixtures() {
    }

    /** Makes the occurrence of a festival that starts on a day a ticketed event; answers its id. */
    static long event(ApiClient organizer, String festivalKey, LocalDate start) {
        ApiClient.Reply event = organizer.post("api/events", Json.createObjectBuilder()
                .add("festivalKey", festivalKey).add("startDate", start.toString()).build().toString());
        assertThat(event.status()).as(event.body()).isEqualTo(201);
        return event.json().getJsonNumber("id").longValue();
    }

    /** Registers a scanner device for some entrances of an event; answers its device token. */
    static String device(ApiClient scanner, long eventId, String... entrances) {
        JsonArrayBuilder keys = Json.createArrayBuilder();
        List.of(entrances).forEach(keys::add);
        ApiClient.Reply registered = scanner.post("api/scanner/devices", Json.createObjectBuilder()
                .add("eventId", eventId).add("entrances", keys).build().toString());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().getString("token");
    }

    /** A free ticket type body: names made from {@code name}, a capacity, at most 4 per order, an entry policy. */
    static JsonObjectBuilder freeType(String name, int capacity, String policy) {
        return ticketType(name, 0, capacity, 4, policy);
    }

    /** A ticket type body: names made from {@code name} in vi/en/zh, a price, a capacity, a limit per order, a policy. */
    static JsonObjectBuilder ticketType(String name, long priceVnd, int capacity, int limitPerOrder, String policy) {
        return Json.createObjectBuilder().add("name", Festivals.text("Vé " + name, name, "票 " + name))
                .add("priceVnd", priceVnd).add("capacity", capacity).add("limitPerOrder", limitPerOrder)
                .add("entryPolicy", policy);
    }

    /** Adds a ticket type to an event; answers its id. */
    static long type(ApiClient organizer, long eventId, JsonObjectBuilder body) {
        ApiClient.Reply created = organizer.post("api/events/" + eventId + "/ticket-types", body.build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** Claims free tickets of a type as an anonymous visitor; answers them ({ticketId, publicId, status, token}). */
    static List<JsonObject> claim(long eventId, long typeId, int quantity) {
        ApiClient.Reply claimed = ApiClient.anonymous().post("api/events/" + eventId + "/ticket-types/" + typeId
                + "/claims", Json.createObjectBuilder().add("name", "Lò Văn A").add("quantity", quantity).build()
                .toString());
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        return claimed.json().getJsonArray("tickets").getValuesAs(JsonObject.class);
    }

    /** Scans a ticket's token with a device at an instant; answers the outcome (ADMIT or REFUSE). */
    static String scan(String device, String token, String entrance, String direction, Instant at) {
        return scanned(device, UUID.randomUUID().toString(), token, entrance, direction, at.toString())
                .getString("outcome");
    }

    /**
     * One scan with a device, sent again with the same nonce after the Retry-After of a 503 (a ticket's row kept
     * locked too long by many scans of it at once on a busy machine), as a scanner does; answers the decision.
     */
    static JsonObject scanned(String device, String nonce, String token, String entrance, String direction,
                              String at) {
        String body = scanBody(nonce, token, entrance, direction, at);
        ApiClient gate = ApiClient.withHeader("X-Device-Token", device);
        ApiClient.Reply reply = gate.post("api/scanner/scans", body);
        for (int retry = 0; reply.status() == 503 && retry < 20; retry++) {
            assertThat(reply.contentType()).startsWith("application/problem+json");
            long seconds = Long.parseLong(reply.headers().firstValue("Retry-After").orElseThrow());
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(seconds));
            reply = gate.post("api/scanner/scans", body);
        }
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** The body of a scan as a device sends it. */
    static String scanBody(String nonce, String token, String entrance, String direction, String at) {
        return Json.createObjectBuilder().add("nonce", nonce).add("token", token).add("entranceKey", entrance)
                .add("direction", direction).add("at", at).build().toString();
    }
}
