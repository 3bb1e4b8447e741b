package org.festgate.web.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the dashboard benchmark puts in the database (docs/benchmarks.md, "Dashboard queries with 1 million scans and
 * 100,000 sales"): six ticketed festival events, one big (three days, 120,000 tickets, 600,000 scans) and five of
 * two days (20,000 tickets and 80,000 scans each), 1,000,000 scans in all; twelve fairs over three years, one big
 * (400 stalls, ten days, held with the big festival) and eleven of 160 stalls and seven days, with 400 vendors of eight products each and
 * 100,000 daily sales lines. {@link DashboardSetup} makes the events and fairs over the API, {@link DashboardSeed}
 * the rows in bulk. Not a test.
 */
final class DashboardPlan {

    /** A festival held once as a ticketed event, with its tickets and scans. */
    record EventPlan(String festivalKey, String venue, LocalDate start, int days, List<String> entrances,
                     int tickets, int scans) {
    }

    /** A fair with its stalls, held with a festival (its key) or on its own (null). */
    record FairPlan(String key, String festivalKey, LocalDate start, int days, int stalls) {
    }

    static final String ORGANIZER = "dash-organizer";
    static final String SCANNER = "dash-scanner";
    static final String PASSWORD = "dash-bench-password";

    static final List<EventPlan> EVENTS = List.of(
            new EventPlan("dash-big-festival", "peoples-square", LocalDate.of(2026, 2, 20), 3,
                    List.of("north", "south"), 120_000, 600_000),
            new EventPlan("dash-festival-1", "khong-lao-festival-ground", LocalDate.of(2026, 3, 5), 2,
                    List.of("main", "river-side"), 20_000, 80_000),
            new EventPlan("dash-festival-2", "le-loi-temple", LocalDate.of(2026, 4, 10), 2,
                    List.of("main", "steps"), 20_000, 80_000),
            new EventPlan("dash-festival-3", "nam-loong-festival-ground", LocalDate.of(2026, 9, 1), 2,
                    List.of("main"), 20_000, 80_000),
            new EventPlan("dash-festival-4", "than-uyen-culture-centre", LocalDate.of(2026, 10, 10), 2,
                    List.of("main"), 20_000, 80_000),
            new EventPlan("dash-festival-5", "binh-lu-stadium", LocalDate.of(2025, 11, 15), 2,
                    List.of("main"), 20_000, 80_000));

    static final List<FairPlan> FAIRS = fairs();

    static final int VENDORS = 400;
    static final int PRODUCTS_PER_VENDOR = 8;
    static final int SALES = 100_000;

    /** The stall categories of a fair map in turn, cuisine and agricultural products twice as often. */
    static final List<String> STALL_CATEGORIES = List.of("CUISINE", "AGRICULTURAL_PRODUCTS", "CRAFTS_AND_BROCADE",
            "CUISINE", "PROCESSED_FOOD", "AGRICULTURAL_PRODUCTS", "BORDER_TRADE_GOODS", "GENERAL");

    private DashboardPlan() {
    }

    private static List<FairPlan> fairs() {
        List<FairPlan> fairs = new ArrayList<>();
        fairs.add(new FairPlan("dash-big-fair", EVENTS.get(0).festivalKey(), LocalDate.of(2026, 2, 18), 10, 400));
        for (int i = 1; i < 12; i++) {
            fairs.add(new FairPlan("dash-fair-" + i, null, LocalDate.of(2024, 1, 10).plusDays(i * 85L), 7, 160));
        }
        return List.copyOf(fairs);
    }

    /** The category of the stall at this position of a map. */
    static String stallCategory(int index) {
        return STALL_CATEGORIES.get(index % STALL_CATEGORIES.size());
    }

    /** The code of the stall at this position of a map. */
    static String stallCode(int index) {
        return String.format("S-%03d", index + 1);
    }
}
