package org.festgate.data;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.festgate.core.event.Entrance;
import org.festgate.core.event.EthnicGroup;
import org.festgate.core.event.Festival;
import org.festgate.core.event.Venue;
import org.festgate.core.gate.BorderGate;
import org.festgate.core.gate.GateKind;
import org.festgate.core.gate.OpeningHours;
import org.festgate.core.gate.TradeTarget;
import org.festgate.core.goods.LocalProduct;
import org.festgate.core.goods.OcopRating;
import org.festgate.core.goods.ProductCategory;
import org.festgate.core.place.Commune;
import org.festgate.core.place.GeoPoint;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.core.schedule.Schedule;
import org.festgate.core.schedule.Session;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.text.Provenance;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

/**
 * Reads a province data set (format 1, see {@code events-data/FORMAT.md}) with Jakarta JSON-P into core-lib
 * values, and validates it as a whole: keys unique per kind, every {@code source} id declared, every festival
 * {@code venue} present, at least one entrance per venue, schedule rules well formed.
 *
 * <p>Any problem is reported as one {@link DataSetException} naming the array index, the record key and the
 * field. The reader is stateless and thread-safe.
 */
public final class DataSetReader {

    /** Classpath location of the bundled Lai Châu data set. */
    public static final String BUNDLED_RESOURCE = "/org/festgate/data/laichau.json";

    /** The only format version this reader understands. */
    public static final int FORMAT = 1;

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private DataSetReader() {
    }

    /**
     * Reads the data set bundled in this module ({@value #BUNDLED_RESOURCE}).
     *
     * @return the validated data set
     * @throws DataSetException if the bundled file is missing or invalid
     */
    public static ProvinceDataSet readBundled() {
        try (InputStream in = DataSetReader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new DataSetException("bundled data set not found: " + BUNDLED_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new DataSetException("cannot read " + BUNDLED_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads and validates a data set from UTF-8 JSON. The stream is not closed.
     *
     * @param in the JSON document
     * @return the validated data set
     * @throws DataSetException on malformed JSON or any invalid record
     */
    public static ProvinceDataSet read(InputStream in) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(in)) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new DataSetException("top level: expected a JSON object, got " + value.getValueType());
            }
            root = value.asJsonObject();
        } catch (JsonParsingException e) {
            var loc = e.getLocation();
            throw new DataSetException("malformed JSON" + (loc == null ? "" : " at line " + loc.getLineNumber()
                    + ", column " + loc.getColumnNumber()) + ": " + e.getMessage(), e);
        } catch (JsonException e) {
            throw new DataSetException("malformed JSON: " + e.getMessage(), e);
        }
        return new Parse(root).dataSet();
    }

    /** Where we are in the document, for messages. */
    private record Where(String text) {
        static Where top() {
            return new Where("top level");
        }

        static Where item(String array, int index, JsonObject o) {
            JsonValue k = o.get("key");
            if (k == null) {
                k = o.get("id");
            }
            String key = k instanceof JsonString s ? " (key '" + s.getString() + "')" : "";
            return new Where(array + "[" + index + "]" + key);
        }

        DataSetException fail(String field, String message) {
            return new DataSetException(text + ": field '" + field + "': " + message);
        }

        DataSetException fail(String field, String message, Throwable cause) {
            return new DataSetException(text + ": field '" + field + "': " + message, cause);
        }
    }

    /** One parse of one document. */
    private static final class Parse {
        private final JsonObject root;
        private final Set<String> sourceIds = new HashSet<>();

        Parse(JsonObject root) {
            this.root = root;
        }

        ProvinceDataSet dataSet() {
            Where top = Where.top();
            int format = integer(root, "format", top);
            if (format != FORMAT) {
                throw top.fail("format", "unsupported format " + format + " (this reader reads " + FORMAT + ")");
            }
            JsonObject province = object(root, "province", top);
            String provinceKey = key(province, "key", new Where("province"));
            LocalizedText provinceName = text(province, "name", new Where("province"));

            List<Source> sources = list("sources", this::source);
            List<BorderGate> gates = list("gates", this::gate);
            List<Venue> venues = list("venues", this::venue);
            List<LocalProduct> products = list("products", this::product);
            Set<String> venueKeys = new HashSet<>();
            venues.forEach(v -> venueKeys.add(v.key()));
            List<Festival> festivals = list("festivals", (o, w) -> festival(o, w, venueKeys));
            List<String> tradeKeys = new ArrayList<>();
            List<TradeTarget> trade = list("tradeTargets", (o, w) -> {
                tradeKeys.add(key(o, "key", w));
                return tradeTarget(o, w);
            });
            return new ProvinceDataSet(provinceKey, provinceName, sources, gates, venues, products, festivals,
                    trade, tradeKeys);
        }

        /** Parses an array of records, checking each key (or id) is unique in it. */
        private <T> List<T> list(String array, BiFunction<JsonObject, Where, T> parser) {
            JsonValue value = root.get(array);
            Where top = Where.top();
            if (value == null) {
                throw top.fail(array, "required array is missing");
            }
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw top.fail(array, "expected an array, got " + value.getValueType());
            }
            JsonArray items = value.asJsonArray();
            List<T> out = new ArrayList<>(items.size());
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                JsonValue item = items.get(i);
                if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw new DataSetException(array + "[" + i + "]: expected an object, got " + item.getValueType());
                }
                JsonObject o = item.asJsonObject();
                Where w = Where.item(array, i, o);
                String idField = "sources".equals(array) ? "id" : "key";
                String k = key(o, idField, w);
                if (!seen.add(k)) {
                    throw w.fail(idField, "duplicate " + idField + " '" + k + "' in " + array);
                }
                try {
                    out.add(parser.apply(o, w));
                } catch (DataSetException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new DataSetException(w.text() + ": " + e.getMessage(), e);
                }
            }
            return out;
        }

        private Source source(JsonObject o, Where w) {
            Source s = new Source(key(o, "id", w), string(o, "title", w), string(o, "issuer", w),
                    optString(o, "date", w), optString(o, "note", w));
            sourceIds.add(s.id());
            return s;
        }

        private BorderGate gate(JsonObject o, Where w) {
            GateKind kind = enumValue(o, "kind", GateKind.class, w);
            LocalizedText partner = o.containsKey("partnerGate") ? text(o, "partnerGate", w) : null;
            JsonObject hours = object(o, "openingHours", w);
            OpeningHours openingHours;
            try {
                openingHours = OpeningHours.of(time(hours, "opens", w, "openingHours."),
                        time(hours, "closes", w, "openingHours."));
            } catch (IllegalArgumentException e) {
                throw w.fail("openingHours", e.getMessage(), e);
            }
            return BorderGate.of(key(o, "key", w), text(o, "name", w), kind, partner, commune(o, "commune", w),
                    point(o, "location", w), openingHours, provenance(o, w));
        }

        private Venue venue(JsonObject o, Where w) {
            JsonArray arr = array(o, "entrances", w);
            if (arr.isEmpty()) {
                throw w.fail("entrances", "a venue needs at least one entrance");
            }
            List<Entrance> entrances = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < arr.size(); i++) {
                String field = "entrances[" + i + "]";
                if (arr.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    throw w.fail(field, "expected an object");
                }
                JsonObject e = arr.getJsonObject(i);
                Where ew = new Where(w.text() + " " + field);
                String k = key(e, "key", ew);
                if (!seen.add(k)) {
                    throw w.fail(field + ".key", "duplicate entrance key '" + k + "'");
                }
                entrances.add(Entrance.of(k, text(e, "name", ew)));
            }
            return Venue.of(key(o, "key", w), text(o, "name", w), commune(o, "commune", w), point(o, "location", w),
                    entrances, provenance(o, w));
        }

        private LocalProduct product(JsonObject o, Where w) {
            OcopRating ocop = null;
            if (o.containsKey("ocopStars")) {
                int stars = integer(o, "ocopStars", w);
                try {
                    ocop = OcopRating.of(stars);
                } catch (IllegalArgumentException e) {
                    throw w.fail("ocopStars", e.getMessage(), e);
                }
            }
            return LocalProduct.of(key(o, "key", w), text(o, "name", w),
                    enumValue(o, "category", ProductCategory.class, w), commune(o, "origin", w),
                    string(o, "producer", w), ocop, optString(o, "geographicalIndication", w), text(o, "unit", w),
                    provenance(o, w));
        }

        private Festival festival(JsonObject o, Where w, Set<String> venueKeys) {
            JsonArray groupsJson = array(o, "ethnicGroups", w);
            if (groupsJson.isEmpty()) {
                throw w.fail("ethnicGroups", "at least one ethnic group is required");
            }
            Set<EthnicGroup> groups = new LinkedHashSet<>();
            for (int i = 0; i < groupsJson.size(); i++) {
                JsonValue v = groupsJson.get(i);
                if (!(v instanceof JsonString s)) {
                    throw w.fail("ethnicGroups[" + i + "]", "expected a string code");
                }
                try {
                    groups.add(EthnicGroup.fromCode(s.getString()));
                } catch (IllegalArgumentException e) {
                    throw w.fail("ethnicGroups[" + i + "]", e.getMessage(), e);
                }
            }
            String venue = key(o, "venue", w);
            if (!venueKeys.contains(venue)) {
                throw w.fail("venue", "no venue with key '" + venue + "'");
            }
            JsonObject schedule = object(o, "schedule", w);
            Schedule rule = rule(string(schedule, "rule", w, "schedule."), w);
            int duration = integer(schedule, "durationDays", w, "schedule.");
            if (duration < 1) {
                throw w.fail("schedule.durationDays", "must be at least 1: " + duration);
            }
            List<Session> sessions = new ArrayList<>();
            if (schedule.containsKey("sessions")) {
                JsonArray arr = array(schedule, "sessions", w, "schedule.");
                for (int i = 0; i < arr.size(); i++) {
                    String prefix = "schedule.sessions[" + i + "].";
                    if (arr.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                        throw w.fail("schedule.sessions[" + i + "]", "expected an object");
                    }
                    JsonObject s = arr.getJsonObject(i);
                    int day = integer(s, "day", w, prefix);
                    if (day < 0 || day >= duration) {
                        throw w.fail(prefix + "day", "must be in [0, " + (duration - 1) + "]: " + day);
                    }
                    LocalTime start = time(s, "start", w, prefix);
                    LocalTime end = time(s, "end", w, prefix);
                    if (!end.isAfter(start)) {
                        throw w.fail(prefix + "end", "must be after start " + start + ": " + end);
                    }
                    sessions.add(Session.of(day, start, end, text(s, "title", w, prefix)));
                }
            }
            return Festival.of(key(o, "key", w), text(o, "name", w), groups, venue,
                    FestivalSchedule.of(rule, duration, sessions), text(o, "description", w), provenance(o, w));
        }

        private TradeTarget tradeTarget(JsonObject o, Where w) {
            try {
                return TradeTarget.of(string(o, "indicator", w), integer(o, "baseYear", w),
                        decimal(o, "baseValueUsd", w), decimal(o, "annualGrowthRate", w),
                        integer(o, "targetYear", w), provenance(o, w));
            } catch (IllegalArgumentException e) {
                throw new DataSetException(w.text() + ": " + e.getMessage(), e);
            }
        }

        /**
         * {@code source} (a declared id) and/or {@code sample: true}; a sample needs a {@code note}. A sourced
         * record flagged sample keeps the source id and is marked sample (some of its facts are illustrative).
         */
        private Provenance provenance(JsonObject o, Where w) {
            String source = optString(o, "source", w);
            boolean sample = o.containsKey("sample") && bool(o, "sample", w);
            String note = optString(o, "note", w);
            if (o.containsKey("sources")) {
                JsonArray more = array(o, "sources", w);
                for (int i = 0; i < more.size(); i++) {
                    if (!(more.get(i) instanceof JsonString s) || !sourceIds.contains(s.getString())) {
                        throw w.fail("sources[" + i + "]", "unknown source id " + more.get(i));
                    }
                }
            }
            if (source != null) {
                if (!sourceIds.contains(source)) {
                    throw w.fail("source", "unknown source id '" + source + "'");
                }
                if (sample && note == null) {
                    throw w.fail("note", "a record marked sample needs a note saying what is illustrative");
                }
                return new Provenance(source, sample);
            }
            if (!sample) {
                throw w.fail("source", "a record needs a 'source' id or \"sample\": true");
            }
            if (note == null) {
                throw w.fail("note", "a record marked sample needs a note saying what is illustrative");
            }
            return Provenance.sample(note);
        }

        /** Parses a rule with core-lib's {@link Schedule#parse}, the single definition of the grammar. */
        private static Schedule rule(String rule, Where w) {
            try {
                return Schedule.parse(rule);
            } catch (DateTimeException e) {
                String problem = e.getMessage();
                String prefix = "Cannot parse schedule '" + rule + "': ";
                if (problem != null && problem.startsWith(prefix)) {
                    problem = problem.substring(prefix.length());
                }
                throw w.fail("schedule.rule", "unknown rule '" + rule + "': " + problem, e);
            }
        }

        // ---- typed field access; every failure names the field ----

        private static JsonValue required(JsonObject o, String name, Where w, String prefix) {
            JsonValue v = o.get(name);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                throw w.fail(prefix + name, "required field is missing");
            }
            return v;
        }

        private static String string(JsonObject o, String name, Where w) {
            return string(o, name, w, "");
        }

        private static String string(JsonObject o, String name, Where w, String prefix) {
            JsonValue v = required(o, name, w, prefix);
            if (!(v instanceof JsonString s)) {
                throw w.fail(prefix + name, "expected a string, got " + v.getValueType());
            }
            if (s.getString().isBlank()) {
                throw w.fail(prefix + name, "must not be blank");
            }
            return s.getString();
        }

        private static String optString(JsonObject o, String name, Where w) {
            JsonValue v = o.get(name);
            return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : string(o, name, w);
        }

        private static String key(JsonObject o, String name, Where w) {
            String k = string(o, name, w);
            if (!KEY.matcher(k).matches()) {
                throw w.fail(name, "must be a lowercase slug [a-z0-9-]: '" + k + "'");
            }
            return k;
        }

        private static boolean bool(JsonObject o, String name, Where w) {
            JsonValue v = required(o, name, w, "");
            if (v == JsonValue.TRUE) {
                return true;
            }
            if (v == JsonValue.FALSE) {
                return false;
            }
            throw w.fail(name, "expected true or false, got " + v.getValueType());
        }

        private static JsonNumber number(JsonObject o, String name, Where w, String prefix) {
            JsonValue v = required(o, name, w, prefix);
            if (!(v instanceof JsonNumber n)) {
                throw w.fail(prefix + name, "expected a number, got " + v.getValueType());
            }
            return n;
        }

        private static int integer(JsonObject o, String name, Where w) {
            return integer(o, name, w, "");
        }

        private static int integer(JsonObject o, String name, Where w, String prefix) {
            JsonNumber n = number(o, name, w, prefix);
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                throw w.fail(prefix + name, "expected an integer, got " + n, e);
            }
        }

        private static BigDecimal decimal(JsonObject o, String name, Where w) {
            return number(o, name, w, "").bigDecimalValue();
        }

        private static double dbl(JsonObject o, String name, Where w, String prefix) {
            return number(o, name, w, prefix).doubleValue();
        }

        private static JsonObject object(JsonObject o, String name, Where w) {
            JsonValue v = required(o, name, w, "");
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw w.fail(name, "expected an object, got " + v.getValueType());
            }
            return v.asJsonObject();
        }

        private static JsonArray array(JsonObject o, String name, Where w) {
            return array(o, name, w, "");
        }

        private static JsonArray array(JsonObject o, String name, Where w, String prefix) {
            JsonValue v = required(o, name, w, prefix);
            if (v.getValueType() != JsonValue.ValueType.ARRAY) {
                throw w.fail(prefix + name, "expected an array, got " + v.getValueType());
            }
            return v.asJsonArray();
        }

        private static <E extends Enum<E>> E enumValue(JsonObject o, String name, Class<E> type, Where w) {
            String s = string(o, name, w);
            try {
                return Enum.valueOf(type, s);
            } catch (IllegalArgumentException e) {
                throw w.fail(name, "unknown value '" + s + "', allowed: "
                        + java.util.Arrays.toString(type.getEnumConstants()), e);
            }
        }

        private static LocalizedText text(JsonObject o, String name, Where w) {
            return text(o, name, w, "");
        }

        private static LocalizedText text(JsonObject o, String name, Where w, String prefix) {
            JsonValue v = required(o, name, w, prefix);
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw w.fail(prefix + name, "expected an object {vi, en, zh}, got " + v.getValueType());
            }
            JsonObject t = v.asJsonObject();
            String p = prefix + name + ".";
            return LocalizedText.of(string(t, "vi", w, p), string(t, "en", w, p), string(t, "zh", w, p));
        }

        private static LocalTime time(JsonObject o, String name, Where w, String prefix) {
            String s = string(o, name, w, prefix);
            try {
                return LocalTime.parse(s);
            } catch (DateTimeParseException e) {
                throw w.fail(prefix + name, "expected HH:MM, got '" + s + "'", e);
            }
        }

        private static Commune commune(JsonObject o, String name, Where w) {
            JsonValue v = required(o, name, w, "");
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw w.fail(name, "expected an object {name, formerDistrict}");
            }
            JsonObject c = v.asJsonObject();
            String p = name + ".";
            String commune = string(c, "name", w, p);
            String former = c.containsKey("formerDistrict") ? string(c, "formerDistrict", w, p) : null;
            return former == null ? Commune.of(commune) : Commune.of(commune, former);
        }

        private static GeoPoint point(JsonObject o, String name, Where w) {
            JsonValue v = required(o, name, w, "");
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw w.fail(name, "expected an object {lat, lon}");
            }
            JsonObject p = v.asJsonObject();
            try {
                return GeoPoint.of(dbl(p, "lat", w, name + "."), dbl(p, "lon", w, name + "."));
            } catch (IllegalArgumentException e) {
                throw w.fail(name, e.getMessage(), e);
            }
        }
    }
}
