package org.festgate.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Festival bodies for the API tests. */
final class Festivals {

    private Festivals() {
    }

    /** A valid festival at a venue of the data set, with a lunar rule and one session. */
    static JsonObject body(String key, String rule) {
        return Json.createObjectBuilder()
                .add("key", key)
                .add("name", text("Lễ hội " + key, "Festival " + key, "节日 " + key))
                .add("description", text("Mô tả", "Description", "说明"))
                .add("ethnicGroups", Json.createArrayBuilder().add("thai").add("lu"))
                .add("venueKey", "khong-lao-festival-ground")
                .add("rule", rule)
                .add("durationDays", 2)
                .add("sessions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("day", 0).add("start", "08:00").add("end", "10:30")
                        .add("title", text("Khai mạc", "Opening ceremony", "开幕式"))))
                .build();
    }

    static JsonObject text(String vi, String en, String zh) {
        return Json.createObjectBuilder().add("vi", vi).add("en", en).add("zh", zh).build();
    }

    static String with(JsonObject body, String field, String value) {
        return Json.createObjectBuilder(body).add(field, value).build().toString();
    }
}
