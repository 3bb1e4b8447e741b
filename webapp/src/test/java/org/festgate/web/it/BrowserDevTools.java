package org.festgate.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.WebDriver;

/**
 * A plain Chrome DevTools Protocol connection to the whole browser (not one page), so that a test can reach the
 * targets chromedriver does not: a service worker runs in its own target, and cutting the network of the page
 * does not cut the worker's. Flat sessions: each command names the session of the target it is for.
 */
final class BrowserDevTools implements AutoCloseable {

    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final List<String> offlineSessions = new ArrayList<>();

    private BrowserDevTools(WebSocket socket) {
        this.socket = socket;
    }

    /** Connects to the DevTools endpoint of the Chromium that chromedriver started. */
    static BrowserDevTools of(WebDriver driver) throws Exception {
        Map<?, ?> options = (Map<?, ?>) ((HasCapabilities) driver).getCapabilities().getCapability("goog:chromeOptions");
        String address = (String) options.get("debuggerAddress");
        HttpClient http = HttpClient.newHttpClient();
        String version = http.send(HttpRequest.newBuilder(URI.create("http://" + address + "/json/version")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String url = parse(version).getString("webSocketDebuggerUrl");
        BrowserDevTools[] self = new BrowserDevTools[1];
        StringBuilder partial = new StringBuilder();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(url), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    self[0].received(parse(partial.toString()));
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        self[0] = new BrowserDevTools(socket);
        return self[0];
    }

    private void received(JsonObject message) {
        if (message.containsKey("id")) {
            CompletableFuture<JsonObject> reply = pending.remove(message.getInt("id"));
            if (reply != null) {
                reply.complete(message);
            }
        }
    }

    /** Sends a command, to the browser (session null) or to one attached target, and waits for its result. */
    JsonObject send(String sessionId, String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        var command = Json.createObjectBuilder().add("id", id).add("method", method).add("params", params);
        if (sessionId != null) {
            command.add("sessionId", sessionId);
        }
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(command.build().toString(), true).get(10, TimeUnit.SECONDS);
        JsonObject answer = reply.get(20, TimeUnit.SECONDS);
        if (answer.containsKey("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.getJsonObject("result");
    }

    /** The ids of the targets of a type ("page", "service_worker") whose address starts with the prefix. */
    List<String> targets(String type, String urlPrefix) throws Exception {
        List<String> found = new ArrayList<>();
        for (JsonValue value : send(null, "Target.getTargets", JsonValue.EMPTY_JSON_OBJECT).getJsonArray("targetInfos")) {
            JsonObject target = value.asJsonObject();
            if (type.equals(target.getString("type")) && target.getString("url").startsWith(urlPrefix)) {
                found.add(target.getString("targetId"));
            }
        }
        return found;
    }

    /**
     * Cuts (or restores) the network of every page and service worker of the site: each target gets its own
     * session with {@code Network.emulateNetworkConditions}; the sessions stay attached while offline.
     *
     * @return how many service workers were cut off, so that a test can tell the worker was reached
     */
    int setOffline(String siteUrl, boolean offline) throws Exception {
        if (!offline) {
            for (String session : offlineSessions) {
                send(session, "Network.emulateNetworkConditions", conditions(false));
                send(null, "Target.detachFromTarget", Json.createObjectBuilder().add("sessionId", session).build());
            }
            offlineSessions.clear();
            return 0;
        }
        int workers = 0;
        for (String type : List.of("page", "service_worker")) {
            for (String target : targets(type, siteUrl)) {
                String session = attach(target);
                send(session, "Network.enable", JsonValue.EMPTY_JSON_OBJECT);
                send(session, "Network.emulateNetworkConditions", conditions(true));
                offlineSessions.add(session);
                workers += type.equals("service_worker") ? 1 : 0;
            }
        }
        return workers;
    }

    /**
     * Runs a script in every document the site's pages open from now on, before the page's own scripts, while this
     * connection stays open (to take a browser feature away, for instance).
     */
    void addScriptToPages(String siteUrl, String source) throws Exception {
        for (String target : targets("page", siteUrl)) {
            String session = attach(target);
            send(session, "Page.enable", JsonValue.EMPTY_JSON_OBJECT);
            send(session, "Page.addScriptToEvaluateOnNewDocument", Json.createObjectBuilder().add("source", source)
                    .build());
        }
    }

    /** Attaches to a target with a flat session of its own; answers the session id. */
    private String attach(String targetId) throws Exception {
        return send(null, "Target.attachToTarget", Json.createObjectBuilder().add("targetId", targetId)
                .add("flatten", true).build()).getString("sessionId");
    }

    private static JsonObject conditions(boolean offline) {
        return Json.createObjectBuilder().add("offline", offline).add("latency", 0)
                .add("downloadThroughput", -1).add("uploadThroughput", -1).build();
    }

    private static JsonObject parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }
}
