package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What the scanner and ticket page tests need on the server, made through the API as an organizer would. */
final class ScannerFixtures {

    /** Password of the accounts made here. */
    static final String PASSWORD = "scanner-pages-password";

    private static final String FESTIVAL = "gau-tao-nam-loong";

    /** A ticketed event with two free single-entry tickets, and the accounts that use them. */
    record Tickets(long eventId, String scanner, ApiClient organizer, JsonObject first, JsonObject second) {
    }

    private ScannerFixtures() {
    }

    /** Through the API: a scanner and an organizer, a ticketed event, a free ticket type valid now, two tickets. */
    static Tickets makeTickets() {
        ApiClient admin = ApiClient.admin();
        long suffix = System.nanoTime();
        String scanner = "scanner-" + suffix;
        String organizerName = "organizer-" + suffix;
        ApiClient.newUser(admin, scanner, PASSWORD, "SCANNER");
        ApiClient organizer = ApiClient.newUser(admin, organizerName, PASSWORD, "ORGANIZER");

        // the first future occurrence that is not a ticketed event yet (other tests may share the database)
        ApiClient.Reply event = null;
        for (int year = java.time.LocalDate.now().getYear() + 1; event == null || event.status() == 409; year++) {
            String start = ApiClient.anonymous().get("api/festivals/" + FESTIVAL + "?year=" + year).json()
                    .getJsonArray("occurrences").getJsonObject(0).getString("start");
            event = organizer.post("api/events", Json.createObjectBuilder()
                    .add("festivalKey", FESTIVAL).add("startDate", start).build().toString());
        }
        assertThat(event.status()).as(event.body()).isEqualTo(201);
        long eventId = event.json().getJsonNumber("id").longValue();

        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        ApiClient.Reply type = organizer.post("api/events/" + eventId + "/ticket-types", Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("vi", "Vé miễn phí").add("en", "Free").add("zh", "免费票"))
                .add("priceVnd", 0).add("capacity", 10).add("limitPerOrder", 4).add("entryPolicy", "SINGLE_ENTRY")
                .add("validFrom", now.minus(1, ChronoUnit.HOURS).toString())
                .add("validUntil", now.plus(2, ChronoUnit.DAYS).toString()).build().toString());
        assertThat(type.status()).as(type.body()).isEqualTo(201);
        long typeId = type.json().getJsonNumber("id").longValue();

        ApiClient.Reply claim = ApiClient.anonymous().post(
                "api/events/" + eventId + "/ticket-types/" + typeId + "/claims", Json.createObjectBuilder()
                        .add("name", "Lò Thị Thử").add("quantity", 2).build().toString());
        assertThat(claim.status()).as(claim.body()).isIn(200, 201);
        var claimed = claim.json().getJsonArray("tickets");
        return new Tickets(eventId, scanner, organizer, claimed.getJsonObject(0), claimed.getJsonObject(1));
    }
}
