package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A ticketed event for the ticketing and admission tests, made through the API: a festival of its own on one day
 * {@link #DAY} at a venue with the entrances "main" and "river-side", an organizer, a scanner with a device at
 * both entrances, and the requests those tests make of it (ticket types, claims, scans, the offline package, the
 * count inside).
 *
 * @param run      what makes the names of this event's festival and accounts unique
 * @param admin    the first administrator
 * @param organizer an organizer, who made the event
 * @param scanner  a scanner, who registered the device
 * @param eventId  the event
 * @param device   the token of the scanner's device
 */
record TicketedEvent(String run, ApiClient admin, ApiClient organizer, ApiClient scanner, long eventId,
                     String device) {

    /** The day of the event. */
    static final LocalDate DAY = LocalDate.now().plusDays(30);
    /** A scan time inside the default validity (the occurrence's days in UTC+7). */
    static final String AT = DAY + "T03:00:00Z";

    /** Makes the festival "tickets-{run}" on {@link #DAY}, its event, the accounts and the device. */
    static TicketedEvent make() {
        String run = Long.toString(System.nanoTime(), 36);
        ApiClient admin = ApiClient.admin();
        ApiClient organizer = newUser(admin, "organizer", run, "ORGANIZER");
        ApiClient scanner = newUser(admin, "scanner", run, "SCANNER");
        String festival = festival(run);
        ApiClient.Reply created = organizer.post("api/festivals", Festivals.body(festival, "once:" + DAY).toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long eventId = EventFixtures.event(organizer, festival, DAY);
        return new TicketedEvent(run, admin, organizer, scanner, eventId,
                EventFixtures.device(scanner, eventId, "main", "river-side"));
    }

    /** The key of the event's festival. */
    String festival() {
        return festival(run);
    }

    /** The username of the scanner. */
    String scannerName() {
        return "scanner-" + run;
    }

    /** A new account "{prefix}-{run}" with a role. */
    ApiClient newUser(String prefix, String role) {
        return newUser(admin, prefix, run, role);
    }

    /** The ticket types of the event. */
    String types() {
        return "api/events/" + eventId + "/ticket-types";
    }

    /** Adds a ticket type, as the organizer; answers its id. */
    long createType(String name, long price, int capacity, int limit, String policy) {
        return EventFixtures.type(organizer, eventId, EventFixtures.ticketType(name, price, capacity, limit, policy));
    }

    /** Claims tickets of a type as an anonymous visitor; answers the reply, whatever it is. */
    ApiClient.Reply claim(long type, String name, int quantity) {
        return ApiClient.anonymous().post(types() + "/" + type + "/claims", Json.createObjectBuilder()
                .add("name", name).add("quantity", quantity).build().toString());
    }

    /** The places a ticket type has left, as anyone reads them. */
    int placesLeft(long type) {
        return ApiClient.anonymous().get(types()).array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == type).findFirst().orElseThrow()
                .getInt("placesLeft");
    }

    /** The token of a free ticket of a new type of its own. */
    String freeTicket(String name, String policy) {
        long type = createType(name, 0, 10, 1, policy);
        return claim(type, name, 1).json().getJsonArray("tickets").getJsonObject(0).getString("token");
    }

    /** One scan with the device at {@link #AT}; answers the decision. */
    JsonObject scan(String token, String entrance, String direction) {
        return scan(UUID.randomUUID().toString(), token, entrance, direction, AT);
    }

    /** One scan with the device at an instant; answers the decision. */
    JsonObject scan(String token, String entrance, String direction, String at) {
        return scan(UUID.randomUUID().toString(), token, entrance, direction, at);
    }

    /** One scan with the device, with its nonce; answers the decision. */
    JsonObject scan(String nonce, String token, String entrance, String direction, String at) {
        return EventFixtures.scanned(device, nonce, token, entrance, direction, at);
    }

    /** The offline package for the device, with the scans since a version. */
    JsonObject packageFrom(String since) {
        ApiClient.Reply reply = ApiClient.withHeader("X-Device-Token", device)
                .get("api/scanner/package?since=" + since);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** The event's attendance, as the organizer reads it. */
    JsonObject attendance() {
        ApiClient.Reply reply = organizer.get("api/events/" + eventId + "/attendance");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static String festival(String run) {
        return "tickets-" + run;
    }

    private static ApiClient newUser(ApiClient admin, String prefix, String run, String role) {
        return ApiClient.newUser(admin, prefix + "-" + run, "password-" + run, role);
    }
}
