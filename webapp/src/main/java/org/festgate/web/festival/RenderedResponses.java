package org.festgate.web.festival;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Response bodies already rendered for one version of the festival data: the festival list and the calendar
 * feeds are read far more often than festivals change, and rendering them (JSON, iCalendar) is most of their cost.
 * A key holds the data version, so a change on any instance makes every older body unreachable; the least
 * recently used bodies are dropped beyond a fixed number.
 */
@ApplicationScoped
public class RenderedResponses {

    private static final int MAX_BODIES = 256;

    /** What a body depends on: the data version and the request's own parameters. */
    record Key(long version, Object request) {
    }

    private final Map<Key, String> bodies = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > MAX_BODIES;
        }
    };

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
            bodies.put(key, rendered);
        }
        return rendered;
    }
}
