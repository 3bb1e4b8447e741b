package org.festgate.web.fair;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.festgate.core.fair.Fair;
import org.festgate.core.fair.FairDay;
import org.festgate.core.fair.Stall;
import org.festgate.core.fair.StallCategory;
import org.festgate.core.fair.StallMap;
import org.festgate.web.festival.FestivalViews.Text;

/** What the API shows of fairs and their stall maps: plain records that JSON-B writes as they are. */
public final class FairViews {

    private FairViews() {
    }

    /** A day of the fair with its opening hours (local time of the venue). */
    public record DayView(LocalDate date, LocalTime opens, LocalTime closes) {
        static DayView of(FairDay day) {
            return new DayView(day.date(), day.opens(), day.closes());
        }
    }

    /** A zone of the stall map. */
    public record ZoneView(String key, Text name) {
    }

    /** A stall: size and top-left position in centimetres, area in square metres. */
    public record StallView(String code, String zone, String category, int widthCm, int depthCm, boolean power,
                            int x, int y, double areaM2) {
        static StallView of(Stall stall) {
            return new StallView(stall.code(), stall.zoneKey(), stall.category().name(), stall.widthCm(),
                    stall.depthCm(), stall.power(), stall.x(), stall.y(), FairViews.areaM2(stall));
        }
    }

    /** The stall map: its size in centimetres, zones and stalls. */
    public record MapView(int widthCm, int depthCm, List<ZoneView> zones, List<StallView> stalls) {
        static MapView of(StallMap map) {
            return new MapView(map.widthCm(), map.depthCm(),
                    map.zones().stream().map(z -> new ZoneView(z.key(), Text.of(z.name()))).toList(),
                    map.stalls().stream().map(StallView::of).toList());
        }
    }

    /** A stall category with its name, fee rate and daily quota (null: no limit). */
    public record CategoryView(String code, Text label, long vndPerM2PerDay, Integer quota) {
        static List<CategoryView> of(FairSpec spec) {
            return Arrays.stream(StallCategory.values()).map(c -> new CategoryView(c.name(), Text.of(c.label()),
                    spec.fees().vndPerSquareMetrePerDay(c), spec.quotas().get(c))).toList();
        }
    }

    /** A fair in a list: key, names, place and first and last day. */
    public record FairSummary(String key, Text name, String festivalKey, String venueKey, Text venueName,
                              LocalDate firstDay, LocalDate lastDay) {
    }

    /** A fair with its days, stall map, fee rates and quotas; festival null for a standalone fair. */
    public record FairView(String key, Text name, String festivalKey, Text festivalName, String venueKey,
                           Text venueName, List<DayView> days, MapView map, long powerVndPerDay,
                           List<CategoryView> categories) {
    }

    /** The area of a stall in square metres. */
    static double areaM2(Stall stall) {
        return stall.areaCm2() / 10_000.0;
    }

    /** The summary of a fair, with the venue's name. */
    static FairSummary summary(Fair fair, Text venueName) {
        return new FairSummary(fair.key(), Text.of(fair.name()), fair.festivalKey().orElse(null), fair.venueKey(),
                venueName,
                fair.days().get(0).date(), fair.days().get(fair.days().size() - 1).date());
    }

    /** The whole fair, with the names of its festival (null if standalone) and venue. */
    static FairView view(FairSpec spec, Text festivalName, Text venueName) {
        Fair fair = spec.fair();
        return new FairView(fair.key(), Text.of(fair.name()), fair.festivalKey().orElse(null), festivalName,
                fair.venueKey(), venueName, fair.days().stream().map(DayView::of).toList(), MapView.of(fair.map()),
                spec.fees().powerVndPerDay(), CategoryView.of(spec));
    }
}
