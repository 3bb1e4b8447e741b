package org.festgate.web.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rows of a JSON answer (figures, reports), found by a key of each row. */
final class JsonRows {

    private JsonRows() {
    }

    /** The rows by their key; the keys must be distinct. */
    static Map<String, JsonObject> byKey(JsonArray rows, Function<JsonObject, String> key) {
        return rows.getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
