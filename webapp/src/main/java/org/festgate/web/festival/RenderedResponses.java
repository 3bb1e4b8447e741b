package org.festgate.web.festival;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Response bodies already rendered for one version of the festival data: the festival list and the calendar
 * feeds are read far more often than festivals change, and rendering them (JSON, iCalendar) is most of their cost.
 * A key holds the data version, so a change on any instance makes every older body unreachable; those are dropped
 * as soon as a newer version is seen, and the least recently used bodies go beyond a fixed total size.
 */
@ApplicationScoped
public class RenderedResponses {

    /** Upper bound of the characters held, about 16 MB. */
    static final long MAX_CHARS = 8_000_000;

    /** What a body depends on: the data version and the request's own parameters. */
    record Key(long version, Object request) {
    }

    private final LinkedHashMap<Key, String> bodies = new LinkedHashMap<>(64, 0.75f, true);
    private long chars;
    private long newestVersion = Long.MIN_VALUE;

    /**
     * The body for the request at this version of the data, rendered now if not held yet.
     *
     * @param version the festival data version the body is rendered from
     * @param request everything else the body depends on (a record of the parameters)
     * @param render renders the body
     */
    public String body(long version, Object request, Supplier<String> render) {
        Key key = new Key(version, request);
        synchronized (bodies) {
            String held = bodies.get(key);
            if (held != null) {
                return held;
            }
        }
        String rendered = render.get();
        synchronized (bodies) {
            if (version > newestVersion) {
                newestVersion = version;
                bodies.keySet().removeIf(k -> k.version() < version);
                chars = bodies.values().stream().mapToLong(String::length).sum();
            }
            if (version == newestVersion && rendered.length() <= MAX_CHARS / 4 && bodies.put(key, rendered) == null) {
                chars += rendered.length();
                evictBeyondLimit();
            }
        }
        return rendered;
    }

    private void evictBeyondLimit() {
        Iterator<Map.Entry<Key, String>> eldest = bodies.entrySet().iterator();
        while (chars > MAX_CHARS && eldest.hasNext()) {
            chars -= eldest.next().getValue().length();
            eldest.remove();
        }
    }
}
