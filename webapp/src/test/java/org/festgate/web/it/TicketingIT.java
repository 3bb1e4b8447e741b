package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.festgate.web.it.TicketedEvent.AT;
import static org.festgate.web.it.TicketedEvent.DAY;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
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
 * Tickets on a running Payara Micro, over HTTP: ticket types with their roles, claims (free, priced, per-order
 * limit, sold out), the visitor's page, QR and PDF, cancellation into the revocation list, and exactly the
 * capacity for 200 simultaneous claims. What happens at the gate is {@link AdmissionIT}'s. One deployment for
 * the whole class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketingIT {

    private static TicketedEvent event;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FestgateServer.war();
    }

    @BeforeAll
    static void ticketedEvent() {
        event = TicketedEvent.make();
    }

    // --- ticket types and claims ----------------------------------------------------------------------------

    @Test
    void ticketTypesNeedAnOrganizerAndAnyoneListsThem() {
        String body = EventFixtures.ticketType("Standard", 0, 10, 4, "SINGLE_ENTRY").build().toString();
        assertThat(ApiClient.anonymous().post(event.types(), body).status()).isEqualTo(401);
        assertThat(event.scanner().post(event.types(), body).status()).isEqualTo(403);
        ApiClient.Reply created = event.organizer().post(event.types(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject type = created.json();
        assertThat(type.getJsonArray("entrances").toString()).isEqualTo("[\"main\",\"river-side\"]");
        assertThat(type.getString("validFrom")).isEqualTo(DAY.minusDays(1) + "T17:00:00Z");

        ApiClient.Reply changed = event.admin().put(event.types() + "/" + type.getJsonNumber("id"),
                EventFixtures.ticketType("Standard+", 0, 12, 4, "SINGLE_ENTRY").build().toString());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getInt("capacity")).isEqualTo(12);

        ApiClient.Reply bad = event.organizer().post(event.types(), EventFixtures.ticketType("Bad", 0, 10, 4,
                "SINGLE_ENTRY").add("entrances", Json.createArrayBuilder().add("back-door")).build().toString());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("entrances");

        assertThat(ApiClient.anonymous().get(event.types()).array().getValuesAs(JsonObject.class))
                .anySatisfy(t -> assertThat(t.getString("entryPolicy")).isEqualTo("SINGLE_ENTRY"));
    }

    @Test
    void freeTicketsAreIssuedPricedOnesWaitForPayment() {
        long free = event.createType("Free", 0, 10, 2, "SINGLE_ENTRY");
        ApiClient.Reply claim = event.claim(free, "Lò Văn A", 2);
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        assertThat(claim.json().getJsonArray("tickets").getValuesAs(JsonObject.class))
                .hasSize(2).allSatisfy(t -> assertThat(t.getString("status")).isEqualTo("ISSUED"));
        ApiClient.Reply tooMany = event.claim(free, "Lò Văn A", 3);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("quantity");

        long priced = event.createType("Priced", 50_000, 10, 2, "SINGLE_ENTRY");
        JsonObject pending = event.claim(priced, "Vàng Thị B", 1).json();
        assertThat(pending.getJsonNumber("totalVnd").longValue()).isEqualTo(50_000);
        JsonObject ticket = pending.getJsonArray("tickets").getJsonObject(0);
        assertThat(ticket.getString("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(ticket.containsKey("token")).isFalse();
        String publicId = ticket.getString("publicId");
        assertThat(ApiClient.anonymous().get("api/tickets/" + publicId + "/qr.svg").status()).isEqualTo(409);
        String payment = "api/events/" + event.eventId() + "/tickets/" + publicId + "/payment";
        assertThat(ApiClient.anonymous().post(payment, "").status()).isEqualTo(401);
        ApiClient.Reply paid = event.organizer().post(payment, "");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().getString("status")).isEqualTo("ISSUED");
        assertThat(event.scan(paid.json().getString("token"), "main", "IN").getString("outcome")).isEqualTo("ADMIT");
        assertThat(event.organizer().post(payment, "").status()).isEqualTo(409);
        assertThat(event.admin().get("api/admin/audit").body()).contains("ticket.claimed", "ticket.paid");
    }

    @Test
    void soldOutIsA409Problem() {
        long type = event.createType("Small", 0, 2, 4, "SINGLE_ENTRY");
        assertThat(event.claim(type, "A", 2).status()).isEqualTo(201);
        ApiClient.Reply soldOut = event.claim(type, "B", 1);
        assertThat(soldOut.status()).isEqualTo(409);
        assertThat(soldOut.contentType()).startsWith("application/problem+json");
        assertThat(soldOut.json().getString("detail")).contains("sold out");
        assertThat(soldOut.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("quantity");
    }

    // --- the visitor's ticket -------------------------------------------------------------------------------

    @Test
    void theVisitorPageQrAndPdfShowTheTicket() throws Exception {
        long type = event.createType("Page", 0, 10, 4, "SINGLE_ENTRY");
        JsonObject claimed = event.claim(type, "Nguyen Van Page", 1).json().getJsonArray("tickets").getJsonObject(0);
        String publicId = claimed.getString("publicId");
        assertThat(publicId).hasSize(43);
        JsonObject page = ApiClient.anonymous().get("api/tickets/" + publicId).json();
        assertThat(page.getString("holderName")).isEqualTo("Nguyen Van Page");
        assertThat(page.getJsonObject("festival").getString("en")).isEqualTo("Festival " + event.festival());
        assertThat(page.getJsonObject("festival").getString("zh")).isEqualTo("节日 " + event.festival());
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
        List<PublicTicketKey> keys = event.packageFrom("0").getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .map(k -> PublicTicketKey.of(k.getInt("keyId"), k.getString("publicKey"))).toList();
        TicketVerification verification = TicketVerifier.of(keys, RevocationList.empty())
                .verify(decoded, Instant.parse(AT));
        assertThat(verification.isValid()).isTrue();
        assertThat(ApiClient.anonymous().get("api/tickets/" + publicId + "/qr.png?size=5").status()).isEqualTo(400);

        byte[] pdf = bytes("api/tickets/" + publicId + "/ticket.pdf");
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        String text = PdfText.of(pdf);
        assertThat(text).as("Vietnamese by default, with the fonts of festgate.pdf.fonts")
                .contains("Người giữ vé", "Nguyen Van Page", "Lễ hội " + event.festival());
        String english = PdfText.of(bytes("api/tickets/" + publicId + "/ticket.pdf?lang=en"));
        assertThat(english).contains("Holder:", "Festival " + event.festival());
        assertThat(ApiClient.anonymous().get("api/tickets/not-a-ticket").status()).isEqualTo(404);
    }

    @Test
    void cancellingReturnsThePlaceAndRevokesTheToken() {
        long type = event.createType("Cancel", 0, 1, 1, "SINGLE_ENTRY");
        JsonObject ticket = event.claim(type, "C", 1).json().getJsonArray("tickets").getJsonObject(0);
        assertThat(event.claim(type, "D", 1).status()).isEqualTo(409);
        ApiClient.Reply cancelled = ApiClient.anonymous().delete("api/tickets/" + ticket.getString("publicId"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(event.placesLeft(type)).isEqualTo(1);
        JsonObject refused = event.scan(ticket.getString("token"), "main", "IN");
        assertThat(refused.getString("outcome")).isEqualTo("REFUSE");
        assertThat(refused.getString("reason")).isEqualTo("REVOKED");
        assertThat(event.packageFrom("0").getJsonArray("revocations").toString())
                .contains(Long.toString(ticket.getJsonNumber("ticketId").longValue()));
        assertThat(event.claim(type, "D", 1).status()).isEqualTo(201);
        assertThat(event.admin().get("api/admin/audit").body()).contains("ticket.cancelled");
    }

    // --- concurrency ----------------------------------------------------------------------------------------

    @Test
    void twoHundredSimultaneousClaimsTakeExactlyTheLastFiftyPlaces() throws Exception {
        long type = event.createType("Rush", 0, 60, 10, "SINGLE_ENTRY");
        assertThat(event.claim(type, "Early", 10).status()).isEqualTo(201);
        List<Integer> statuses = Race.of(200, i -> event.claim(type, "Visitor " + i, 1).status());
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(50);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(150);
        JsonObject listed = ApiClient.anonymous().get(event.types()).array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == type).findFirst().orElseThrow();
        assertThat(listed.getInt("issued")).isEqualTo(60).isEqualTo(listed.getInt("capacity"));
        assertThat(listed.getInt("placesLeft")).isZero();
    }

    private static byte[] bytes(String path) {
        ApiClient.Binary reply = ApiClient.anonymous().getBytes(path);
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }
}
