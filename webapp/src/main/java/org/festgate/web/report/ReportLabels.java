package org.festgate.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.ServletContext;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the printed festival report in vi, en and zh: the same message bundles as the report page
 * ({@code /i18n/<lang>.json}, keys {@code report.*}), so that the page and the PDF say the same.
 */
@ApplicationScoped
public class ReportLabels {

    @Inject
    private ServletContext servletContext;

    private final Map<String, JsonObject> bundles = new ConcurrentHashMap<>();

    /**
     * The message of a key in a language, with {@code {name}} placeholders filled from name, value pairs; the key
     * itself when the bundle has no such message.
     */
    String text(String language, String key, Object... vars) {
        String text = bundles.computeIfAbsent(language, this::bundle).getString(key, key);
        for (int i = 0; i + 1 < vars.length; i += 2) {
            text = text.replace("{" + vars[i] + "}", String.valueOf(vars[i + 1]));
        }
        return text;
    }

    private JsonObject bundle(String language) {
        InputStream in = servletContext.getResourceAsStream("/i18n/" + language + ".json");
        if (in == null) {
            throw new IllegalStateException("no message bundle for " + language);
        }
        try (JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
