package org.festgate.web.bench;

import static org.festgate.web.bench.BenchClient.check;
import static org.festgate.web.bench.BenchClient.get;
import static org.festgate.web.bench.BenchClient.newUser;
import static org.festgate.web.bench.BenchClient.post;
import static org.festgate.web.bench.BenchClient.signIn;
import static org.festgate.web.bench.BenchClient.ticketType;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for scans and claims (docs/benchmarks.md, "Tickets and scans"). Not a test: run by
 * {@code webapp/bench/scan-bench.sh}. Bounded in time: every phase runs for a fixed duration.
 * <ul>
 * <li>{@code setup BASE ADMIN_PASSWORD STATE_FILE}: sets up an event with 20,000 multiple-entry tickets (a day pass is scanned a few times, not dozens) and a scanner
 * device over the API and writes what the other steps need: the ids to STATE_FILE, the ticket tokens (one per line)
 * to STATE_FILE.tokens, the device token to STATE_FILE.device, and the time the scans are to carry as the fourth
 * word of STATE_FILE's first line; the scans themselves are sent by wrk
 * ({@code bench/scans.lua}), a load generator light enough to leave the two cores to the server.</li>
 * <li>{@code claims BASE STATE_FILE}: claims (32 threads, one place each of one new ticket type of that event).</li>
 * <li>{@code jdbc JDBC_URL USER PASSWORD STATE_FILE}: the database's own minimum work for a scan on the same rows,
 * over plain JDBC, 32 threads: lock the ticket row ({@code SELECT ... FOR UPDATE}), insert a scan row, commit.</li>
 * </ul>
 * System properties: {@code bench.threads} (32), {@code bench.seconds} (20), {@code bench.warmup} (10),
 * {@code bench.tickets} (20,000), {@code bench.claimSeconds} (10), {@code bench.serverPid} (the server's process id:
 * then each phase also reports the CPU time the server and the load generator spent per operation, a figure that
 * holds also when other work shares the machine).
 */
public final class ScanBench {

    private static final int THREADS = Integer.getInteger("bench.threads", 32);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 10);
    private static final int TICKETS = Integer.getInteger("bench.tickets", 20_000);
    private static final int CLAIM_SECONDS = Integer.getInteger("bench.claimSeconds", 10);
    private static final LocalDate DAY = LocalDate.now().plusDays(30);
    private static final String AT = DAY + "T03:00:00Z";
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    private ScanBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> setup(args[1], args[2], Path.of(args[3]));
            case "claims" -> claims(args[1], Path.of(args[2]));
            case "jdbc" -> jdbc(args[1], args[2], args[3], Path.of(args[4]));
            default -> throw new IllegalArgumentException("setup, claims or jdbc, not " + args[0]);
        }
    }

    // --- over HTTP ------------------------------------------------------------------------------------------

    private static void setup(String base, String adminPassword, Path state) throws Exception {
        String admin = signIn(base, "admin", adminPassword);
        String organizer = newUser(base, admin, "bench-organizer-" + RUN, "password-" + RUN, "ORGANIZER");
        String scanner = newUser(base, admin, "bench-scanner-" + RUN, "password-" + RUN, "SCANNER");
        long event = BenchClient.festivalEvent(base, organizer, "bench-" + RUN, "khong-lao-festival-ground", DAY, 2);
        JsonObject device = BenchClient.device(base, scanner, event, "main", "river-side");
        long scanType = ticketType(base, organizer, event, "Scan", TICKETS, 100, "MULTIPLE_ENTRY");
        List<String> tokens = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        while (tokens.size() < TICKETS) {
            int n = Math.min(100, TICKETS - tokens.size());
            JsonArray tickets = check(post(base, "api/events/" + event + "/ticket-types/" + scanType + "/claims",
                    null, null, claim("Bench", n)), 201).json().getJsonArray("tickets");
            for (JsonObject t : tickets.getValuesAs(JsonObject.class)) {
                tokens.add(t.getString("token"));
                ids.add(t.getJsonNumber("ticketId").longValue());
            }
        }
        Files.writeString(state, event + " " + device.getJsonNumber("deviceId").longValue() + " " + organizer + " " + AT + "\n"
                + ids.stream().map(String::valueOf).reduce((x, y) -> x + " " + y).orElseThrow() + "\n");
        Files.write(Path.of(state + ".tokens"), tokens);
        Files.writeString(Path.of(state + ".device"), device.getString("token"));
        System.out.printf("setup: event %d, %d tickets, device %s%n", event, tokens.size(),
                device.getJsonNumber("deviceId"));
    }

    private static void claims(String base, Path state) throws Exception {
        String[] head = Files.readAllLines(state).get(0).split(" ");
        long event = Long.parseLong(head[0]);
        String organizer = head[2];
        long claimType = ticketType(base, organizer, event, "Claim", 1_000_000, 1, "SINGLE_ENTRY");
        String claimPath = "api/events/" + event + "/ticket-types/" + claimType + "/claims";
        Load claims = (thread, i) -> post(base, claimPath, null, null, claim("Visitor " + thread + "-" + i, 1))
                .status() == 201;
        run("claim warm-up", 3, claims);
        Result claimed = run("claims", CLAIM_SECONDS, claims);
        report("claims of one ticket type over HTTP", claimed);
        JsonObject listed = get(base, "api/events/" + event + "/ticket-types").array().getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getJsonNumber("id").longValue() == claimType).findFirst().orElseThrow();
        System.out.printf("claim type: issued %d (capacity %d)%n", listed.getInt("issued"), listed.getInt("capacity"));
    }

    // --- over JDBC ------------------------------------------------------------------------------------------

    private static void jdbc(String url, String user, String password, Path state) throws Exception {
        List<String> lines = Files.readAllLines(state);
        String[] head = lines.get(0).split(" ");
        long event = Long.parseLong(head[0]);
        long device = Long.parseLong(head[1]);
        long[] tickets = Arrays.stream(lines.get(1).split(" ")).mapToLong(Long::parseLong).toArray();
        AtomicLong ids = new AtomicLong(4_000_000_000_000L + System.currentTimeMillis() % 1_000_000 * 1_000_000);
        Connection[] connections = new Connection[THREADS];
        for (int t = 0; t < THREADS; t++) {
            connections[t] = DriverManager.getConnection(url, user, password);
            connections[t].setAutoCommit(false);
        }
        Timestamp at = Timestamp.from(Instant.parse(AT));
        Load scan = (thread, i) -> {
            Connection c = connections[thread];
            long ticket = tickets[(thread + i * THREADS) % tickets.length];
            try (PreparedStatement lock = c.prepareStatement("SELECT id FROM ticket WHERE id = ? FOR UPDATE");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO scan (id, nonce, device_id, event_id,"
                         + " ticket_id, entrance_key, direction, scanned_at, recorded_at, admitted, reason,"
                         + " message_vi, message_en, message_zh, offline_outcome, conflict)"
                         + " VALUES (?, ?, ?, ?, ?, 'main', 'IN', ?, ?, TRUE, NULL, 'Mời vào', 'Welcome', '欢迎',"
                         + " NULL, FALSE)")) {
                lock.setLong(1, ticket);
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                }
                insert.setLong(1, ids.incrementAndGet());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setLong(3, device);
                insert.setLong(4, event);
                insert.setLong(5, ticket);
                insert.setTimestamp(6, at);
                insert.setTimestamp(7, new Timestamp(System.currentTimeMillis()));
                insert.executeUpdate();
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        };
        run("jdbc warm-up", WARMUP, scan);
        report("scans over plain JDBC (lock ticket row, insert scan, commit)", run("jdbc", SECONDS, scan));
        for (Connection c : connections) {
            c.close();
        }
    }

    // --- load ----------------------------------------------------------------------------------------------

    private interface Load {
        /** One operation of a thread; true if it did what it should. */
        boolean run(int thread, int i) throws Exception;
    }

    private record Result(long ok, long failed, double seconds, long[] latencies, Cpu cpu) {
    }

    /** CPU seconds used so far by the server (NaN if its process id is not given) and by this load generator. */
    private record Cpu(double server, double generator) {
        private static final long SERVER = Long.getLong("bench.serverPid", -1);
        /** Linux's clock ticks per second for {@code /proc/<pid>/stat}. */
        private static final double TICKS = 100.0;

        static Cpu now() throws IOException {
            double server = Double.NaN;
            if (SERVER > 0) {
                String stat = Files.readString(Path.of("/proc/" + SERVER + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                server = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
            }
            return new Cpu(server, ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos() / 1e9);
        }

        Cpu since(Cpu start) {
            return new Cpu(server - start.server(), generator - start.generator());
        }
    }

    /** THREADS threads repeat the operation for the given time; each records its latencies. */
    private static Result run(String name, int seconds, Load load) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        Cpu cpu = Cpu.now();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<long[]>> futures = new ArrayList<>();
        AtomicLong failed = new AtomicLong();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                for (int i = 0; System.nanoTime() < end; i++) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = load.run(thread, i);
                    } catch (Exception e) {
                        ok = false;
                        if (failed.get() < 3) {
                            System.err.println(name + ": " + e);
                        }
                    }
                    long took = System.nanoTime() - t0;
                    if (!ok) {
                        failed.incrementAndGet();
                    } else {
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = took;
                    }
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get(seconds + 120L, TimeUnit.SECONDS));
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Cpu used = Cpu.now().since(cpu);
        pool.shutdownNow();
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(latencies.length, failed.get(), elapsed, latencies, used);
    }

    private static void report(String name, Result r) {
        long[] l = r.latencies();
        System.out.printf("%s: %d threads, %.1f s: %d ok (%.0f/s), %d failed, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                name, THREADS, r.seconds(), r.ok(), r.ok() / r.seconds(), r.failed(), pct(l, 0.50), pct(l, 0.99),
                l.length == 0 ? 0 : l[l.length - 1] / 1e6);
        long ops = Math.max(1, r.ok() + r.failed());
        System.out.printf("  CPU per operation: server %.3f ms, load generator %.3f ms%n",
                r.cpu().server() * 1e3 / ops, r.cpu().generator() * 1e3 / ops);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }

    private static String claim(String name, int quantity) {
        return Json.createObjectBuilder().add("name", name).add("quantity", quantity).build().toString();
    }
}
