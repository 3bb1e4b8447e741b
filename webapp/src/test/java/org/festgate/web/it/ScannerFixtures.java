package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the scanner and ticket page tests need on the server, made through the API as an organizer would: an event
 * at a venue with two entrances and tickets of every entry policy and gate rule, a ticket of another event, and
 * the accounts that use them.
 */
final class ScannerFixtures {

    /** Password of the accounts made here. */
    static final String PASSWORD = "scanner-pages-password";
    /** The entrance the scanners are set up at: the first of the venue's. */
    static final String ENTRANCE = "main";

    /** A festival whose venue has two entrances, {@value #ENTRANCE} and river-side. */
    private static final String FESTIVAL = "then-kin-pang";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * The event and its tickets by name: {@code single-1} to {@code single-4} (single entry), {@code multiple},
     * {@code once-per-day}, {@code reentry}, {@code river-side} (single entry at the other entrance only),
     * {@code window} (a daily window that excludes now), {@code later} (valid from tomorrow), and
     * {@code other-event} (a single-entry ticket of another event).
     */
    record Tickets(long eventId, String scanner, ApiClient organizer, Map<String, JsonObject> byName) {

        JsonObject ticket(String name) {
            return Objects.requireNonNull(byName.get(name), name);
        }

        String token(String name) {
            return ticket(name).getString("token");
        }

        JsonObject first() {
            return ticket("single-1");
        }

        JsonObject second() {
            return ticket("single-2");
        }
    }

    private ScannerFixtures() {
    }

    /** Through the API: a scanner and an organizer, two ticketed events, their ticket types and tickets. */
    static Tickets makeTickets() {
        ApiClient admin = ApiClient.admin();
        long suffix = System.nanoTime();
        String scanner = "scanner-" + suffix;
        ApiClient.newUser(admin, scanner, PASSWORD, "SCANNER");
        ApiClient organizer = ApiClient.newUser(admin, "organizer-" + suffix, PASSWORD, "ORGANIZER");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant from = now.minus(1, ChronoUnit.HOURS);
        Instant until = now.plus(2, ChronoUnit.DAYS);
        LocalTime local = now.atZone(ZONE).toLocalTime();

        long eventId = newEvent(organizer);
        Map<String, JsonObject> tickets = new HashMap<>();
        claim(organizer, eventId, type("SINGLE_ENTRY", from, until), "single-1", "single-2", "single-3", "single-4")
                .forEach(tickets::put);
        claim(organizer, eventId, type("MULTIPLE_ENTRY", from, until), "multiple").forEach(tickets::put);
        claim(organizer, eventId, type("ONCE_PER_DAY", from, until), "once-per-day").forEach(tickets::put);
        claim(organizer, eventId, type("REENTRY_AFTER_EXIT", from, until), "reentry").forEach(tickets::put);
        claim(organizer, eventId, type("SINGLE_ENTRY", from, until)
                .add("entrances", Json.createArrayBuilder().add("river-side")), "river-side").forEach(tickets::put);
        claim(organizer, eventId, type("SINGLE_ENTRY", from, until).add("dailyFrom", local.plusHours(2).toString())
                .add("dailyUntil", local.plusHours(3).toString()), "window").forEach(tickets::put);
        claim(organizer, eventId, type("SINGLE_ENTRY", now.plus(1, ChronoUnit.DAYS), until), "later")
                .forEach(tickets::put);
        claim(organizer, newEvent(organizer), type("SINGLE_ENTRY", from, until), "other-event").forEach(tickets::put);
        return new Tickets(eventId, scanner, organizer, Map.copyOf(tickets));
    }

    /** The first future occurrence of the festival that is not a ticketed event yet (tests share the database). */
    private static long newEvent(ApiClient organizer) {
        ApiClient.Reply event = null;
        for (int year = java.time.LocalDate.now().getYear() + 1; event == null || event.status() == 409; year++) {
            String start = ApiClient.anonymous().get("api/festivals/" + FESTIVAL + "?year=" + year).json()
                    .getJsonArray("occurrences").getJsonObject(0).getString("start");
            event = organizer.post("api/events", Json.createObjectBuilder()
                    .add("festivalKey", FESTIVAL).add("startDate", start).build().toString());
        }
        assertThat(event.status()).as(event.body()).isEqualTo(201);
        return event.json().getJsonNumber("id").longValue();
    }

    private static JsonObjectBuilder type(String policy, Instant validFrom, Instant validUntil) {
        return Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("vi", "Vé " + policy).add("en", policy).add("zh", policy))
                .add("priceVnd", 0).add("capacity", 10).add("limitPerOrder", 4).add("entryPolicy", policy)
                .add("validFrom", validFrom.toString()).add("validUntil", validUntil.toString());
    }

    /** Adds the ticket type to the event and claims one free ticket of it per name. */
    private static Map<String, JsonObject> claim(ApiClient organizer, long eventId, JsonObjectBuilder type,
                                                 String... names) {
        ApiClient.Reply created = organizer.post("api/events/" + eventId + "/ticket-types", type.build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long typeId = created.json().getJsonNumber("id").longValue();
        ApiClient.Reply claim = ApiClient.anonymous().post(
                "api/events/" + eventId + "/ticket-types/" + typeId + "/claims", Json.createObjectBuilder()
                        .add("name", "Lò Thị Thử").add("quantity", names.length).build().toString());
        assertThat(claim.status()).as(claim.body()).isIn(200, 201);
        var claimed = claim.json().getJsonArray("tickets");
        Map<String, JsonObject> byName = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            byName.put(names[i], claimed.getJsonObject(i));
        }
        return byName;
    }
}
