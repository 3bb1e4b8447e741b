package org.festgate.web.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The API calls the benchmarks' set-up steps make over HTTP/1.1 (JDK {@code HttpClient}), as any client would:
 * signing in, users, festivals, ticket types. Not a test.
 */
final class BenchClient {

    /** A response: status and body. */
    record Reply(int status, String body) {
        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        JsonArray array() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private BenchClient() {
    }

    /** The reply if it has this status; otherwise fails naming what came back. */
    static Reply check(Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("expected " + status + ": " + reply);
        }
        return reply;
    }

    static Reply get(String base, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET());
    }

    /** A JSON POST with a bearer token and a scanner device token, each left out when null. */
    static Reply post(String base, String path, String bearer, String device, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        if (device != null) {
            builder.header("X-Device-Token", device);
        }
        return send(builder);
    }

    /** A bearer token for a user. */
    static String signIn(String base, String user, String password) {
        return check(post(base, "api/auth/tokens", null, null, Json.createObjectBuilder().add("username", user)
                .add("password", password).build().toString()), 200).json().getString("token");
    }

    /** Creates a user with one role as the administrator, and answers its bearer token. */
    static String newUser(String base, String admin, String user, String password, String role) {
        check(post(base, "api/users", admin, null, Json.createObjectBuilder().add("username", user)
                .add("password", password).add("roles", Json.createArrayBuilder().add(role)).build()
                .toString()), 201);
        return signIn(base, user, password);
    }

    /** Creates a free ticket type of an event with the default validity and entrances; answers its id. */
    static long ticketType(String base, String organizer, long event, String name, int capacity, int limit,
                           String policy) {
        return check(post(base, "api/events/" + event + "/ticket-types", organizer, null, Json.createObjectBuilder()
                .add("name", text(name)).add("priceVnd", 0).add("capacity", capacity).add("limitPerOrder", limit)
                .add("entryPolicy", policy).build().toString()), 201).json().getJsonNumber("id").longValue();
    }

    /** Creates a festival held once, from {@code day} for {@code days} days at a venue; then its event's id. */
    static long festivalEvent(String base, String organizer, String key, String venue, LocalDate day, int days) {
        check(post(base, "api/festivals", organizer, null, Json.createObjectBuilder().add("key", key)
                .add("name", text("Festival " + key)).add("description", text("Benchmark"))
                .add("ethnicGroups", Json.createArrayBuilder().add("thai")).add("venueKey", venue)
                .add("rule", "once:" + day).add("durationDays", days)
                .add("sessions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("day", 0)
                        .add("start", "08:00").add("end", "10:30").add("title", text("Opening"))))
                .build().toString()), 201);
        return check(post(base, "api/events", organizer, null, Json.createObjectBuilder()
                .add("festivalKey", key).add("startDate", day.toString()).build().toString()), 201)
                .json().getJsonNumber("id").longValue();
    }

    /** Registers a scanner device for some entrances of an event; answers the reply's JSON. */
    static JsonObject device(String base, String scanner, long event, String... entrances) {
        JsonArrayBuilder keys = Json.createArrayBuilder();
        for (String entrance : entrances) {
            keys.add(entrance);
        }
        return check(post(base, "api/scanner/devices", scanner, null, Json.createObjectBuilder()
                .add("eventId", event).add("entrances", keys).build().toString()), 201).json();
    }

    static JsonObject text(String s) {
        return Json.createObjectBuilder().add("vi", s).add("en", s).add("zh", s).build();
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
