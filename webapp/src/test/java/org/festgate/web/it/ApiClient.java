package org.festgate.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A small HTTP client for the API, as any other system would call it: JSON in, JSON out. */
final class ApiClient {

    /** A response: status, content type, body and the cookie it sets, if any. */
    record Reply(int status, String body, HttpHeaders headers) {
        String contentType() {
            return header("Content-Type").orElse("");
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    /** A response whose body is bytes, such as an image, with all its headers. */
    record Binary(int status, java.net.http.HttpHeaders headers, byte[] body) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String bearer;
    private final String cookie;
    private final String csrfToken;
    private final String[] header;

    private ApiClient(String base, String bearer, String cookie, String csrfToken, String... header) {
        this.base = base;
        this.bearer = bearer;
        this.cookie = cookie;
        this.csrfToken = csrfToken;
        this.header = header;
    }

    static ApiClient anonymous() {
        return at(FestgateServer.BASE_URL);
    }

    /** An anonymous client of another server, such as a second instance, at its root URL. */
    static ApiClient at(String base) {
        return new ApiClient(base, null, null, null);
    }

    /** A client of the same server carrying a bearer token. */
    ApiClient as(String token) {
        return new ApiClient(base, token, null, null);
    }

    /** An anonymous client of the same server sending one more header, such as a scanner's device token. */
    ApiClient anonymousWith(String name, String value) {
        return new ApiClient(base, null, null, null, name, value);
    }

    /** The root URL of this client's server. */
    String base() {
        return base;
    }

    /** An anonymous client sending one more header, such as a scanner's device token; none for a null value. */
    static ApiClient withHeader(String name, String value) {
        return value == null ? anonymous() : anonymous().anonymousWith(name, value);
    }

    /** Opens a web session as the pages do: the session cookie, and the CSRF token for writes. */
    static ApiClient browserSession(String username, String password) {
        Reply reply = anonymous().post("api/auth/session",
                Json.createObjectBuilder().add("username", username).add("password", password).build().toString());
        if (reply.status() != 200) {
            throw new IllegalStateException("session of " + username + " failed: " + reply);
        }
        String setCookie = reply.header("Set-Cookie").orElseThrow();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        return new ApiClient(FestgateServer.BASE_URL, null, cookie, reply.json().getString("csrfToken"));
    }

    /** The same browser session sending another CSRF token, or none (null). */
    ApiClient withCsrfToken(String token) {
        return new ApiClient(base, bearer, cookie, token);
    }

    /** Signs in through the API and returns a client carrying the bearer token. */
    static ApiClient signedIn(String username, String password) {
        return withToken(anonymous().signIn(username, password));
    }

    /** Signs in through the API on this client's server and returns the bearer token. */
    String signIn(String username, String password) {
        Reply reply = post("api/auth/tokens",
                Json.createObjectBuilder().add("username", username).add("password", password).build().toString());
        if (reply.status() != 200) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + reply);
        }
        return reply.json().getString("token");
    }

    /** Creates a user with one role through an administrator's client, and signs that user in. */
    static ApiClient newUser(ApiClient admin, String username, String password, String role) {
        Reply created = admin.post("api/users", Json.createObjectBuilder().add("username", username)
                .add("password", password).add("roles", Json.createArrayBuilder().add(role)).build().toString());
        if (created.status() != 201) {
            throw new IllegalStateException("creating " + username + " failed: " + created);
        }
        return signedIn(username, password);
    }

    static ApiClient withToken(String token) {
        return anonymous().as(token);
    }

    static ApiClient admin() {
        return signedIn("admin", FestgateServer.ADMIN_PASSWORD);
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST of a body of any type with its declared length, such as a CSV file. */
    Reply post(String path, String contentType, byte[] body) {
        return postBytes(path, contentType, body, false);
    }

    Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** A POST whose body is streamed without a declared length (chunked). */
    Reply postChunked(String path, byte[] body) {
        return postBytes(path, "application/json", body, true);
    }

    /** A POST of raw bytes with their media type: with a declared length, or streamed without one (chunked). */
    Reply postBytes(String path, String contentType, byte[] body, boolean chunked) {
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return send(request(path).header("Content-Type", contentType).POST(publisher));
    }

    /** A GET whose answer is kept as bytes, with extra headers given as name, value, name, value ... */
    Binary getBytes(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<byte[]> response = exchange(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Binary(response.statusCode(), response.headers(), response.body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        if (csrfToken != null) {
            builder.header("X-CSRF-Token", csrfToken);
        }
        if (header.length == 2) {
            builder.header(header[0], header[1]);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response.headers());
    }

    private static <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
