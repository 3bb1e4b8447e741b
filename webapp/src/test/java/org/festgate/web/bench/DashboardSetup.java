package org.festgate.web.bench;

import static org.festgate.web.bench.BenchClient.check;
import static org.festgate.web.bench.BenchClient.newUser;
import static org.festgate.web.bench.BenchClient.post;
import static org.festgate.web.bench.BenchClient.signIn;
import static org.festgate.web.bench.BenchClient.text;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.festgate.web.bench.DashboardPlan.EventPlan;
import org.festgate.web.bench.DashboardPlan.FairPlan;

/**
 * The first step of the dashboard benchmark ({@code webapp/bench/dashboard-bench.sh}), over the API of a server on
 * a new database: an organizer and a gate keeper, the festivals of {@link DashboardPlan} with their events, two
 * ticket types each and a scanner device per entrance, and the fairs with their stall maps. Writes to STATE_FILE
 * what the measuring step needs, as {@code name=value} lines: the organizer's bearer token, the big event's id,
 * its festival's key and year, the big fair's key. Not a test.
 * <p>
 * Usage: {@code DashboardSetup BASE ADMIN_PASSWORD STATE_FILE}
 */
public final class DashboardSetup {

    private static final int STALL_CM = 300;
    private static final int STALL_PITCH_CM = 400;
    private static final int STALLS_PER_ROW = 40;

    private DashboardSetup() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = signIn(base, "admin", args[1]);
        String organizer = newUser(base, admin, DashboardPlan.ORGANIZER, DashboardPlan.PASSWORD, "ORGANIZER");
        String scanner = newUser(base, admin, DashboardPlan.SCANNER, DashboardPlan.PASSWORD, "SCANNER");
        long bigEvent = 0;
        for (EventPlan plan : DashboardPlan.EVENTS) {
            long event = BenchClient.festivalEvent(base, organizer, plan.festivalKey(), plan.venue(), plan.start(),
                    plan.days());
            bigEvent = bigEvent == 0 ? event : bigEvent;
            int passes = plan.tickets() * 3 / 5;
            BenchClient.ticketType(base, organizer, event, "Pass", passes + passes / 4, 10, "MULTIPLE_ENTRY");
            int singles = plan.tickets() - passes;
            BenchClient.ticketType(base, organizer, event, "Single", singles + singles / 4, 10, "SINGLE_ENTRY");
            for (String entrance : plan.entrances()) {
                BenchClient.device(base, scanner, event, entrance);
            }
        }
        for (FairPlan plan : DashboardPlan.FAIRS) {
            check(post(base, "api/fairs", organizer, null, fair(plan)), 201);
        }
        EventPlan big = DashboardPlan.EVENTS.get(0);
        Files.writeString(Path.of(args[2]), "token=" + organizer + "\nevent=" + bigEvent + "\nfestival="
                + big.festivalKey() + "\nyear=" + big.start().getYear() + "\nfair=" + DashboardPlan.FAIRS.get(0).key()
                + "\n");
        System.out.printf("setup: %d events (the big one %d), %d fairs%n", DashboardPlan.EVENTS.size(), bigEvent,
                DashboardPlan.FAIRS.size());
    }

    /** A fair's body: its days from 08:00 to 21:00, its stalls in rows of 40 in one zone. */
    private static String fair(FairPlan plan) {
        JsonArrayBuilder days = Json.createArrayBuilder();
        for (int d = 0; d < plan.days(); d++) {
            days.add(Json.createObjectBuilder().add("date", plan.start().plusDays(d).toString()).add("opens", "08:00")
                    .add("closes", "21:00"));
        }
        JsonArrayBuilder stalls = Json.createArrayBuilder();
        for (int i = 0; i < plan.stalls(); i++) {
            stalls.add(Json.createObjectBuilder().add("code", DashboardPlan.stallCode(i)).add("zone", "a")
                    .add("category", DashboardPlan.stallCategory(i)).add("widthCm", STALL_CM)
                    .add("depthCm", STALL_CM).add("power", i % 5 == 0)
                    .add("x", i % STALLS_PER_ROW * STALL_PITCH_CM).add("y", i / STALLS_PER_ROW * STALL_PITCH_CM));
        }
        JsonObjectBuilder rates = Json.createObjectBuilder();
        DashboardPlan.STALL_CATEGORIES.stream().distinct().forEach(c -> rates.add(c, 10_000));
        int rows = (plan.stalls() + STALLS_PER_ROW - 1) / STALLS_PER_ROW;
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (plan.festivalKey() != null) {
            body.add("festivalKey", plan.festivalKey());
        }
        return body.add("key", plan.key()).add("name", text("Fair " + plan.key()))
                .add("venueKey", "peoples-square").add("days", days)
                .add("map", Json.createObjectBuilder().add("widthCm", STALLS_PER_ROW * STALL_PITCH_CM)
                        .add("depthCm", rows * STALL_PITCH_CM)
                        .add("zones", Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "a")
                                .add("name", text("Zone A"))))
                        .add("stalls", stalls))
                .add("feeRates", rates).add("powerVndPerDay", 50_000).add("quotas", Json.createObjectBuilder())
                .build().toString();
    }
}
