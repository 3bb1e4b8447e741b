package org.festgate.web.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.festgate.web.bench.DashboardPlan.EventPlan;
import org.festgate.web.bench.DashboardPlan.FairPlan;

/**
 * The second step of the dashboard benchmark: the bulk rows of {@link DashboardPlan} written over plain JDBC in
 * batches, into the database the server made in {@link DashboardSetup}, while the server is stopped (an H2 file
 * has one writer; on PostgreSQL it keeps the two databases alike), committed every 5,000 rows. Rows get ids above
 * those already there, and each table's sequence is moved past them so that the server goes on after them.
 * Deterministic (fixed random seed, fixed dates). Ends as a database that has been in use for a while does: with
 * the statistics the planner uses and without the space of the bulk load's undo (on H2 {@code ANALYZE} and
 * {@code SHUTDOWN COMPACT}; on PostgreSQL {@code VACUUM ANALYZE}, as autovacuum leaves a table that no longer
 * changes). Not a test.
 * <p>
 * The rows: 400 verified vendors (accounts with the organizer's password) with eight products each; per fair, an
 * application of a vendor for 95 % of the stalls, checked in, for all the fair's days (four in five) or a run of
 * them, with its bookings and products, and sales lines of most products on most of its days, the big fair first,
 * until there are 100,000; per event, its tickets (three in five of the pass type) and its scans: a ticket, a day,
 * a local hour weighted towards the morning and the evening, an entrance (the first takes two in three), one in
 * six an exit, one in twenty refused, one in twenty decided offline and recorded minutes later.
 * <p>
 * Usage: {@code DashboardSeed JDBC_URL USER PASSWORD}
 */
public final class DashboardSeed {

    private static final int BATCH = 5_000;
    private static final Random RANDOM = new Random(20_261_127L);
    private static final OffsetDateTime CREATED = OffsetDateTime.of(2024, 1, 2, 3, 0, 0, 0, ZoneOffset.UTC);
    /** Weights of the local hours 7 to 22 for the time of a scan. */
    private static final int[] HOUR_WEIGHTS = {2, 6, 10, 9, 6, 4, 4, 5, 6, 7, 8, 9, 10, 8, 4, 2};
    private static final ZoneOffset PROVINCE = ZoneOffset.ofHours(7);
    private static final List<String> PRODUCT_CATEGORIES = List.of("TEA", "SPICE", "MEDICINAL_HERB",
            "RICE_AND_GRAIN", "FRUIT", "LIVESTOCK_AND_MEAT", "PROCESSED_FOOD", "BROCADE_AND_CRAFT", "BEVERAGE");

    private final Connection db;

    private DashboardSeed(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0].startsWith("jdbc:postgresql:")
                ? args[0] + (args[0].contains("?") ? "&" : "?") + "reWriteBatchedInserts=true" : args[0];
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(false);
            new DashboardSeed(db).seed();
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                if (db.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                    s.execute("VACUUM ANALYZE");
                } else {
                    s.execute("ANALYZE");
                    s.execute("SHUTDOWN COMPACT");
                }
            }
        }
    }

    private void seed() throws SQLException {
        long t0 = System.nanoTime();
        long[] vendors = vendors();
        db.commit();
        int sales = 0;
        for (int f = 0; f < DashboardPlan.FAIRS.size(); f++) {
            sales += fair(f, vendors, DashboardPlan.SALES - sales);
            db.commit();
        }
        long scans = 0;
        for (EventPlan plan : DashboardPlan.EVENTS) {
            scans += event(plan);
            db.commit();
        }
        for (String table : List.of("app_user", "vendor", "vendor_product", "stall_application", "stall_booking",
                "fair_sale", "ticket", "scan")) {
            moveSequencePast(table);
        }
        db.commit();
        System.out.printf("seed: %d vendors, %d sales lines, %d scans in %.0f s%n", vendors.length, sales, scans,
                (System.nanoTime() - t0) / 1e9);
    }

    // --- vendors and fairs ---------------------------------------------------------------------------------

    /** The vendors' accounts, profiles and products; answers the vendors' ids. */
    private long[] vendors() throws SQLException {
        String hash = single("SELECT password_hash FROM app_user WHERE username = '" + DashboardPlan.ORGANIZER
                + "'");
        long userId = nextId("app_user");
        long vendorId = nextId("vendor");
        long productId = nextId("vendor_product");
        long[] ids = new long[DashboardPlan.VENDORS];
        try (PreparedStatement user = db.prepareStatement("INSERT INTO app_user (id, username, password_hash, roles,"
                + " created_at, version) VALUES (?, ?, ?, 'VENDOR', ?, 1)");
             PreparedStatement vendor = db.prepareStatement("INSERT INTO vendor (id, username, business_name, kind,"
                     + " commune, phone, status, created_at, version) VALUES (?, ?, ?, ?, ?, ?, 'VERIFIED', ?, 1)");
             PreparedStatement product = db.prepareStatement("INSERT INTO vendor_product (id, product_key, vendor_id,"
                     + " name_vi, category, commune, producer, price_vnd, unit_vi, search_text, created_at, version)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'kg', ?, ?, 1)")) {
            for (int v = 0; v < ids.length; v++) {
                String username = String.format("dash-vendor-%03d", v);
                String name = String.format("HTX Dash %03d", v);
                String commune = "Xã " + (v % 40);
                user.setLong(1, userId + v);
                user.setString(2, username);
                user.setString(3, hash);
                user.setObject(4, CREATED);
                user.addBatch();
                ids[v] = vendorId + v;
                vendor.setLong(1, ids[v]);
                vendor.setString(2, username);
                vendor.setString(3, name);
                vendor.setString(4, v % 3 == 0 ? "COOPERATIVE" : "HOUSEHOLD");
                vendor.setString(5, commune);
                vendor.setString(6, String.format("0912%06d", v));
                vendor.setObject(7, CREATED);
                vendor.addBatch();
                for (int p = 0; p < DashboardPlan.PRODUCTS_PER_VENDOR; p++) {
                    String productName = "Sản phẩm " + v + "-" + p;
                    product.setLong(1, productId++);
                    product.setString(2, productKey(v, p));
                    product.setLong(3, ids[v]);
                    product.setString(4, productName);
                    product.setString(5, PRODUCT_CATEGORIES.get((v + p) % PRODUCT_CATEGORIES.size()));
                    product.setString(6, commune);
                    product.setString(7, name);
                    product.setLong(8, price(v, p));
                    product.setString(9, "san pham " + v + "-" + p + " | htx dash " + v);
                    product.setObject(10, CREATED);
                    product.addBatch();
                }
            }
            user.executeBatch();
            vendor.executeBatch();
            product.executeBatch();
        }
        return ids;
    }

    /**
     * One fair's applications (each by another vendor, for the stall of its position), their days, products and
     * bookings, and at most {@code maxSales} sales lines; answers how many sales lines it wrote.
     */
    private int fair(int index, long[] vendors, int maxSales) throws SQLException {
        FairPlan plan = DashboardPlan.FAIRS.get(index);
        long fairId = Long.parseLong(single("SELECT id FROM fair WHERE fair_key = '" + plan.key() + "'"));
        long applicationId = nextId("stall_application");
        long bookingId = nextId("stall_booking");
        long saleId = nextId("fair_sale");
        int sales = 0;
        try (PreparedStatement application = db.prepareStatement("INSERT INTO stall_application (id, fair_id,"
                + " vendor_id, vendor_name, category, needs_power, preferred_stalls, state, fee_vnd, created_at,"
                + " submitted_at, paid_at, checked_in_at, version) VALUES (?, ?, ?, ?, ?, FALSE, '', 'CHECKED_IN', ?,"
                + " ?, ?, ?, ?, 1)");
             PreparedStatement day = db.prepareStatement("INSERT INTO stall_application_day (application_id,"
                     + " fair_date) VALUES (?, ?)");
             PreparedStatement product = db.prepareStatement("INSERT INTO stall_application_product"
                     + " (application_id, product_key) VALUES (?, ?)");
             PreparedStatement booking = db.prepareStatement("INSERT INTO stall_booking (id, fair_id, stall_code,"
                     + " booking_date, application_id) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement sale = db.prepareStatement("INSERT INTO fair_sale (id, application_id, fair_id,"
                     + " product_key, sale_date, quantity, value_vnd, reported_at, version)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            OffsetDateTime opening = plan.start().atTime(8, 0).atOffset(PROVINCE);
            for (int s = 0; s < plan.stalls() * 95 / 100; s++) {
                int v = (index * 53 + s) % vendors.length;
                long id = applicationId++;
                int first = 0;
                int last = plan.days() - 1;
                if (RANDOM.nextInt(5) == 0) {
                    first = RANDOM.nextInt(plan.days());
                    last = first + RANDOM.nextInt(plan.days() - first);
                }
                application.setLong(1, id);
                application.setLong(2, fairId);
                application.setLong(3, vendors[v]);
                application.setString(4, String.format("HTX Dash %03d", v));
                application.setString(5, DashboardPlan.stallCategory(s));
                application.setLong(6, 90_000L * (last - first + 1));
                application.setObject(7, opening.minusDays(40));
                application.setObject(8, opening.minusDays(35));
                application.setObject(9, opening.minusDays(20));
                application.setObject(10, opening.plusDays(first).minusHours(1));
                application.addBatch();
                for (int p = 0; p < DashboardPlan.PRODUCTS_PER_VENDOR; p++) {
                    product.setLong(1, id);
                    product.setString(2, productKey(v, p));
                    product.addBatch();
                }
                for (int d = first; d <= last; d++) {
                    LocalDate date = plan.start().plusDays(d);
                    day.setLong(1, id);
                    day.setObject(2, date);
                    day.addBatch();
                    booking.setLong(1, bookingId++);
                    booking.setLong(2, fairId);
                    booking.setString(3, DashboardPlan.stallCode(s));
                    booking.setObject(4, date);
                    booking.setLong(5, id);
                    booking.addBatch();
                    for (int p = 0; p < DashboardPlan.PRODUCTS_PER_VENDOR && sales < maxSales; p++) {
                        if (RANDOM.nextInt(20) == 0) {
                            continue;
                        }
                        int quantity = 1 + RANDOM.nextInt(60);
                        sale.setLong(1, saleId++);
                        sale.setLong(2, id);
                        sale.setLong(3, fairId);
                        sale.setString(4, productKey(v, p));
                        sale.setObject(5, date);
                        sale.setInt(6, quantity);
                        sale.setLong(7, quantity * price(v, p));
                        sale.setObject(8, date.atTime(21, 30).atOffset(PROVINCE));
                        sale.addBatch();
                        sales++;
                    }
                }
            }
            application.executeBatch();
            product.executeBatch();
            day.executeBatch();
            booking.executeBatch();
            sale.executeBatch();
        }
        return sales;
    }

    private static String productKey(int vendor, int product) {
        return String.format("dash-product-%03d-%d", vendor, product);
    }

    /** The price of a product in VND: 20,000 to 500,000 in steps of 1,000. */
    private static long price(int vendor, int product) {
        return 20_000L + (vendor * 31L + product * 17L) % 481 * 1_000L;
    }

    // --- tickets and scans ---------------------------------------------------------------------------------

    /** An event's tickets and scans; answers the number of scans. */
    private long event(EventPlan plan) throws SQLException {
        long eventId = Long.parseLong(single("SELECT id FROM ticketed_event WHERE festival_key = '"
                + plan.festivalKey() + "'"));
        List<Long> types = longs("SELECT id FROM ticket_type WHERE event_id = " + eventId + " ORDER BY id");
        long[] tickets = tickets(eventId, types, plan.tickets());
        List<Long> devices = new ArrayList<>();
        for (String entrance : plan.entrances()) {
            devices.add(longs("SELECT id FROM scanner_device WHERE event_id = " + eventId + " AND entrance_keys = '"
                    + entrance + "'").get(0));
        }
        long scanId = nextId("scan");
        int hourTotal = Arrays.stream(HOUR_WEIGHTS).sum();
        try (PreparedStatement scan = db.prepareStatement("INSERT INTO scan (id, nonce, device_id, event_id,"
                + " ticket_id, entrance_key, direction, scanned_at, recorded_at, admitted, reason, message_vi,"
                + " message_en, message_zh, offline_outcome, conflict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, FALSE)")) {
            for (int i = 0; i < plan.scans(); i++) {
                int entrance = plan.entrances().size() == 1 || RANDOM.nextInt(3) < 2 ? 0
                        : 1 + RANDOM.nextInt(plan.entrances().size() - 1);
                boolean exit = RANDOM.nextInt(6) == 0;
                boolean admitted = RANDOM.nextInt(20) != 0;
                boolean offline = RANDOM.nextInt(20) == 0;
                OffsetDateTime at = plan.start().plusDays(RANDOM.nextInt(plan.days()))
                        .atTime(hour(RANDOM.nextInt(hourTotal)), RANDOM.nextInt(60), RANDOM.nextInt(60))
                        .atOffset(PROVINCE).withOffsetSameInstant(ZoneOffset.UTC);
                scan.setLong(1, scanId++);
                scan.setString(2, new UUID(RANDOM.nextLong(), RANDOM.nextLong()).toString());
                scan.setLong(3, devices.get(entrance));
                scan.setLong(4, eventId);
                scan.setLong(5, tickets[RANDOM.nextInt(tickets.length)]);
                scan.setString(6, plan.entrances().get(entrance));
                scan.setString(7, exit ? "OUT" : "IN");
                scan.setObject(8, at);
                scan.setObject(9, offline ? at.plusMinutes(5 + RANDOM.nextInt(40)) : at.plusNanos(300_000_000));
                scan.setBoolean(10, admitted);
                scan.setString(11, admitted ? null : "ALREADY_USED");
                scan.setString(12, !admitted ? "Vé đã được dùng" : exit ? "Tạm biệt" : "Mời vào");
                scan.setString(13, !admitted ? "Ticket already used" : exit ? "Goodbye" : "Welcome");
                scan.setString(14, !admitted ? "票已使用" : exit ? "再见" : "欢迎");
                scan.setString(15, offline ? (admitted ? "ADMIT" : "REFUSE") : null);
                scan.addBatch();
                if (i % BATCH == BATCH - 1) {
                    scan.executeBatch();
                    db.commit();
                }
            }
            scan.executeBatch();
        }
        return plan.scans();
    }

    /** The local hour of a scan, for a number below the sum of the weights. */
    private static int hour(int draw) {
        int h = 0;
        for (int left = draw; left >= HOUR_WEIGHTS[h]; h++) {
            left -= HOUR_WEIGHTS[h];
        }
        return 7 + h;
    }

    /** Issued tickets of an event, three in five of the first type; answers their ids. */
    private long[] tickets(long eventId, List<Long> types, int count) throws SQLException {
        long first = nextId("ticket");
        long[] ids = new long[count];
        int passes = count * 3 / 5;
        try (PreparedStatement ticket = db.prepareStatement("INSERT INTO ticket (id, public_id, event_id,"
                + " ticket_type_id, holder_name, status, token, created_at) VALUES (?, ?, ?, ?, ?, 'ISSUED', ?, ?)");
             PreparedStatement issued = db.prepareStatement("UPDATE ticket_type SET issued = ? WHERE id = ?")) {
            for (int t = 0; t < count; t++) {
                ids[t] = first + t;
                String publicId = new UUID(RANDOM.nextLong(), RANDOM.nextLong()).toString().replace("-", "")
                        + Long.toHexString(ids[t]);
                ticket.setLong(1, ids[t]);
                ticket.setString(2, publicId);
                ticket.setLong(3, eventId);
                ticket.setLong(4, types.get(t < passes ? 0 : 1));
                ticket.setString(5, "Khách " + t);
                ticket.setString(6, "BENCH-UNSIGNED-" + publicId);
                ticket.setObject(7, CREATED);
                ticket.addBatch();
                if (t % BATCH == BATCH - 1) {
                    ticket.executeBatch();
                    db.commit();
                }
            }
            ticket.executeBatch();
            issued.setInt(1, passes);
            issued.setLong(2, types.get(0));
            issued.addBatch();
            issued.setInt(1, count - passes);
            issued.setLong(2, types.get(1));
            issued.addBatch();
            issued.executeBatch();
        }
        return ids;
    }

    // --- ids -----------------------------------------------------------------------------------------------

    /** An id above every id of the table. */
    private long nextId(String table) throws SQLException {
        return Long.parseLong(single("SELECT COALESCE(MAX(id), 0) + 1000 FROM " + table));
    }

    /**
     * Restarts a table's sequence past its rows: EclipseLink takes the 50 ids up to each value it reads (the
     * sequences go up by 50), so the value is at least 51 above the highest id.
     */
    private void moveSequencePast(String table) throws SQLException {
        long restart = (Long.parseLong(single("SELECT COALESCE(MAX(id), 0) FROM " + table)) / 50 + 2) * 50;
        try (Statement s = db.createStatement()) {
            s.execute("ALTER SEQUENCE " + table + "_seq RESTART WITH " + restart);
        }
    }

    private String single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            return rs.getString(1);
        }
    }

    private List<Long> longs(String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }
}
