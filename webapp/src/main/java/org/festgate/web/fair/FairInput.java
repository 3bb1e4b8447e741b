package org.festgate.web.fair;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.festgate.core.fair.Fair;
import org.festgate.core.fair.FairDay;
import org.festgate.core.fair.FeeSchedule;
import org.festgate.core.fair.Stall;
import org.festgate.core.fair.StallCategory;
import org.festgate.core.fair.StallMap;
import org.festgate.core.fair.Zone;
import org.festgate.web.festival.FestivalInput.TextInput;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.rest.TextRules;

/**
 * A fair as an organizer writes it:
 * <pre>{"key":"hoa-ban-fair-2027", "name":{"vi":"...","en":"...","zh":"..."}, "festivalKey":"hoa-ban",
 *  "venueKey":"nam-loong-ground", "days":[{"date":"2027-03-01","opens":"08:00","closes":"21:00"}],
 *  "map":{"widthCm":3000,"depthCm":2000, "zones":[{"key":"a","name":{...}}],
 *         "stalls":[{"code":"A-01","zone":"a","category":"CUISINE","widthCm":300,"depthCm":300,"power":true,
 *                    "x":0,"y":0}]},
 *  "feeRates":{"CUISINE":20000}, "powerVndPerDay":50000, "quotas":{"CUISINE":3}}</pre>
 * {@code festivalKey} null makes a standalone fair. Fee rates are VND per square metre and day, one for every
 * stall category. Public fields, not records: see {@code SignInRequest}.
 */
public class FairInput {

    private static final String TIME = "\\d{2}:\\d{2}";

    /** One day of the fair with its opening hours. */
    public static class DayInput {
        @NotNull
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date such as 2027-03-01")
        public String date;
        @NotNull
        @Pattern(regexp = TIME, message = "must be a time such as 08:00")
        public String opens;
        @NotNull
        @Pattern(regexp = TIME, message = "must be a time such as 21:00")
        public String closes;
    }

    /** A zone of the stall map. */
    public static class ZoneInput {
        @NotNull
        @Size(max = 64)
        @Pattern(regexp = TextRules.KEY, message = "lower-case letters and digits joined by '-'")
        public String key;
        @NotNull
        @Valid
        public TextInput name;
    }

    /** A stall: code, zone key, category, size and top-left position in centimetres, power supply. */
    public static class StallInput {
        @NotNull
        @Size(max = 16)
        public String code;
        @NotNull
        @Size(max = 64)
        public String zone;
        @NotNull
        @Size(max = 32)
        public String category;
        @Min(1)
        @Max(10_000)
        public int widthCm;
        @Min(1)
        @Max(10_000)
        public int depthCm;
        public boolean power;
        @Min(0)
        public int x;
        @Min(0)
        public int y;
    }

    /** The stall map: its size in centimetres, zones and stalls. */
    public static class MapInput {
        @Min(1)
        @Max(1_000_000)
        public int widthCm;
        @Min(1)
        @Max(1_000_000)
        public int depthCm;
        @NotEmpty
        @Valid
        @Size(max = 50)
        public List<@NotNull ZoneInput> zones;
        @NotNull
        @Valid
        @Size(max = 2000)
        public List<@NotNull StallInput> stalls;
    }

    @Size(min = 2, max = 64)
    @Pattern(regexp = TextRules.KEY, message = "lower-case letters and digits joined by '-'")
    public String key;

    @NotNull
    @Valid
    public TextInput name;

    @Size(max = 64)
    @Pattern(regexp = TextRules.KEY, message = "must be the key of a festival")
    public String festivalKey;

    @NotNull
    @Size(max = 64)
    @Pattern(regexp = TextRules.KEY, message = "must be the key of a venue")
    public String venueKey;

    @NotEmpty
    @Valid
    @Size(max = 60)
    public List<@NotNull DayInput> days;

    @NotNull
    @Valid
    public MapInput map;

    @NotNull
    public Map<String, @NotNull @Min(0) @Max(100_000_000) Long> feeRates = new HashMap<>();

    @Min(0)
    @Max(100_000_000)
    public long powerVndPerDay;

    @NotNull
    public Map<String, @NotNull @Min(0) @Max(10_000) Integer> quotas = new HashMap<>();

    /**
     * The fair this input describes, under the given key.
     *
     * @throws ProblemException 400 naming the field whose value core-lib refuses
     */
    FairSpec toSpec(String fairKey) {
        List<FairDay> dayList = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            DayInput d = days.get(i);
            dayList.add(FieldParser.parsed("days[" + i + "]", () -> new FairDay(LocalDate.parse(d.date),
                    LocalTime.parse(d.opens), LocalTime.parse(d.closes))));
        }
        List<Zone> zoneList = map.zones.stream().map(z -> FieldParser.parsed("map.zones",
                () -> new Zone(z.key, z.name.toText()))).toList();
        List<Stall> stallList = new ArrayList<>();
        for (int i = 0; i < map.stalls.size(); i++) {
            StallInput s = map.stalls.get(i);
            String field = "map.stalls[" + i + "]";
            StallCategory category = FieldParser.category(field + ".category", s.category);
            stallList.add(FieldParser.parsed(field, () -> Stall.of(s.code, s.zone, category, s.widthCm, s.depthCm,
                    s.power, s.x, s.y)));
        }
        StallMap stallMap = FieldParser.parsed("map", () -> StallMap.of(map.widthCm, map.depthCm, zoneList,
                stallList));
        Fair fair = FieldParser.parsed("days", () -> Fair.of(fairKey, name.toText(), festivalKey, venueKey, dayList,
                stallMap));
        Map<StallCategory, Long> rates = byCategory("feeRates", feeRates);
        FeeSchedule fees = FieldParser.parsed("feeRates", () -> FeeSchedule.of(rates, powerVndPerDay));
        return new FairSpec(fair, fees, byCategory("quotas", quotas));
    }

    private static <V> Map<StallCategory, V> byCategory(String field, Map<String, V> values) {
        Map<StallCategory, V> result = new EnumMap<>(StallCategory.class);
        values.forEach((name, value) -> result.put(FieldParser.category(field + "." + name, name), value));
        return result;
    }
}
