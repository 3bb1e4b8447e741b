package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.festgate.web.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The border-gate trade figures on a running Payara Micro, over HTTP: who may read and write monthly rows, a PUT
 * and GET round trip with corrections and their audit lines, CSV imports taken whole, a CSV with bad lines refused
 * with each line and column and nothing of it stored, and the public yearly sums and progress against the 2015
 * baseline equal to figures computed by hand. Each test owns one year of 2015-2020, emptied before the class runs
 * (the H2 database of the tests outlives a run). One deployment for the whole class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TradeFiguresIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final String FIGURES = "api/trade/figures";
    private static final String CSV = "text/csv";
    private static final String HEADER = "gate,month,importUsd,exportUsd,localGoodsExportUsd,"
            + "temporaryImportForReexportUsd,peopleCrossing,vehiclesCrossing";

    private static ApiClient admin;
    private static ApiClient organizer;
    private static ApiClient vendor;
    private static ApiClient scanner;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FestgateServer.war();
    }

    @BeforeAll
    static void usersAndEmptyYears() {
        admin = ApiClient.admin();
        organizer = ApiClient.newUser(admin, "trade-organizer-" + RUN, "password-" + RUN, "ORGANIZER");
        vendor = ApiClient.newUser(admin, "trade-vendor-" + RUN, "password-" + RUN, "VENDOR");
        scanner = ApiClient.newUser(admin, "trade-scanner-" + RUN, "password-" + RUN, "SCANNER");
        for (int year = 2015; year <= 2020; year++) {
            ApiClient.Reply rows = organizer.get(FIGURES + "?year=" + year);
            assertThat(rows.status()).as(rows.body()).isEqualTo(200);
            for (JsonObject row : rows.array().getValuesAs(JsonObject.class)) {
                ApiClient.Reply deleted = organizer.delete(FIGURES + "/" + row.getString("gate") + "/"
                        + row.getString("month"));
                assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
            }
        }
    }

    // --- roles ---------------------------------------------------------------------------------------------

    @Test
    void onlyTheDepartmentReadsAndWritesMonthlyRows() {
        String row = FIGURES + "/ma-lu-thang/2020-01";
        String body = figures("1", "1", "1", "0", 1, 1);
        byte[] csv = (HEADER + "\nma-lu-thang,2020-01,1,1,1,0,1,1\n").getBytes(StandardCharsets.UTF_8);
        ApiClient anonymous = ApiClient.anonymous();

        assertProblem(anonymous.put(row, body), 401);
        assertProblem(vendor.put(row, body), 403);
        assertProblem(scanner.put(row, body), 403);
        assertProblem(anonymous.post(FIGURES, CSV, csv), 401);
        assertProblem(vendor.post(FIGURES, CSV, csv), 403);
        assertProblem(scanner.delete(row), 403);
        assertProblem(anonymous.get(FIGURES + "?year=2020"), 401);
        assertProblem(vendor.get(row), 403);
        assertProblem(scanner.get(FIGURES), 403);
        assertThat(organizer.get(row).status()).as("nothing was written").isEqualTo(404);

        assertThat(anonymous.get("api/trade/yearly").status()).isEqualTo(200);
        assertThat(anonymous.get("api/trade/progress").status()).isEqualTo(200);
    }

    // --- one gate and month ---------------------------------------------------------------------------------

    @Test
    void putReplacesIdempotentlyAndGetReadsItBack() {
        String row = FIGURES + "/ma-lu-thang/2020-03";
        ApiClient.Reply created = organizer.put(row, figures("1200000.50", "950000", "310000.5", "12000", 41250, 3820));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject stored = created.json();
        assertThat(stored.getString("gate")).isEqualTo("ma-lu-thang");
        assertThat(stored.getString("month")).isEqualTo("2020-03");
        assertThat(stored.getJsonNumber("importUsd").bigDecimalValue()).isEqualTo(new BigDecimal("1200000.50"));
        assertThat(stored.getJsonNumber("localGoodsExportUsd").bigDecimalValue())
                .isEqualTo(new BigDecimal("310000.50"));
        assertThat(stored.getJsonNumber("peopleCrossing").longValue()).isEqualTo(41250);
        assertThat(stored.getString("updatedBy")).isEqualTo("trade-organizer-" + RUN);
        assertThat(organizer.get(row).json()).isEqualTo(stored);

        ApiClient.Reply again = organizer.put(row, figures("1200000.5", "950000.00", "310000.50", "12000", 41250,
                3820));
        assertThat(again.status()).as("the same PUT again changes nothing").isEqualTo(200);
        assertThat(again.json()).isEqualTo(stored);

        ApiClient.Reply corrected = admin.put(row, figures("1200000.50", "990000", "310000.50", "12000", 41250,
                3821));
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().getJsonNumber("exportUsd").bigDecimalValue())
                .isEqualTo(new BigDecimal("990000.00"));
        assertThat(corrected.json().getString("updatedBy")).isEqualTo("admin");
        assertThat(organizer.get(FIGURES + "?year=2020&gate=ma-lu-thang").array()).containsExactly(corrected.json());

        JsonArray audit = admin.get("api/admin/audit?max=20").array();
        assertThat(audit.getValuesAs(JsonObject.class)).anySatisfy(a -> {
            assertThat(a.getString("action")).isEqualTo("trade-figure.corrected");
            assertThat(a.getString("subject")).isEqualTo("trade-figure:ma-lu-thang/2020-03");
            assertThat(a.getString("detail"))
                    .isEqualTo("exportUsd 950000.00 -> 990000.00; vehiclesCrossing 3820 -> 3821");
        });
        assertThat(audit.getValuesAs(JsonObject.class)).filteredOn(a -> a.getString("subject")
                .equals("trade-figure:ma-lu-thang/2020-03")).extracting(a -> a.getString("action"))
                .as("the PUT that changed nothing left no line").startsWith("trade-figure.corrected",
                        "trade-figure.created");
    }

    /** The database keeps one row per gate and month: of racing PUTs one creates it, the others replace or lose. */
    @Test
    void racingPutsLeaveOneRow() throws Exception {
        String row = FIGURES + "/u-ma-tu-khoong/2020-05";
        List<ApiClient.Reply> replies = Race.of(12, i -> organizer.put(row, figures("100", "200", "50", "0", 10,
                i)));
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(200, 201, 409));
        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
        JsonObject stored = organizer.get(row).json();
        assertThat(replies).filteredOn(r -> r.status() != 409).extracting(ApiClient.Reply::json)
                .anySatisfy(r -> assertThat(r.getInt("vehiclesCrossing")).isEqualTo(stored.getInt("vehiclesCrossing")));
        assertThat(organizer.get(FIGURES + "?year=2020&gate=u-ma-tu-khoong").array()).containsExactly(stored);
    }

    @Test
    void badFiguresGatesAndMonthsAreRefused() {
        ApiClient.Reply bad = organizer.put(FIGURES + "/ma-lu-thang/2020-04", Json.createObjectBuilder()
                .add("importUsd", -1).add("exportUsd", new BigDecimal("10.001")).add("localGoodsExportUsd", 20)
                .add("temporaryImportForReexportUsd", 0).add("peopleCrossing", -3).build().toString());
        assertProblem(bad, 400);
        assertThat(fields(bad)).containsExactly("importUsd", "exportUsd", "peopleCrossing", "vehiclesCrossing");
        ApiClient.Reply moreLocal = organizer.put(FIGURES + "/ma-lu-thang/2020-04", figures("0", "10", "10.01", "0",
                0, 0));
        assertProblem(moreLocal, 400);
        assertThat(fields(moreLocal)).containsExactly("localGoodsExportUsd");

        assertProblem(organizer.put(FIGURES + "/nowhere/2020-04", figures("1", "1", "1", "0", 1, 1)), 404);
        assertThat(fields(organizer.put(FIGURES + "/ma-lu-thang/2020-13", figures("1", "1", "1", "0", 1, 1))))
                .containsExactly("month");
        assertThat(fields(organizer.put(FIGURES + "/ma-lu-thang/2999-01", figures("1", "1", "1", "0", 1, 1))))
                .as("no figures for months to come").containsExactly("month");
        assertThat(fields(organizer.get(FIGURES + "?year=1999"))).containsExactly("year");
        assertProblem(organizer.get(FIGURES + "/ma-lu-thang/2020-04"), 404);
        assertProblem(organizer.delete(FIGURES + "/ma-lu-thang/2020-04"), 404);
    }

    // --- CSV ------------------------------------------------------------------------------------------------

    @Test
    void csvImportAddsAndCorrectsRows() {
        String file = "\uFEFF" + HEADER + "\r\n"
                + "ma-lu-thang,2018-01,1000000,2000000.25,500000,0,12000,900\r\n"
                + "\"u-ma-tu-khoong\", 2018-01 ,300000,400000,100000,50000,3000,200\r\n"
                + "\r\n"
                + "ma-lu-thang,2018-02,1100000,2100000,600000,0,12500,950\r\n";
        ApiClient.Reply imported = organizer.post(FIGURES, CSV, file.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json()).isEqualTo(summary(3, 3, 0, 0));
        List<JsonObject> rows = organizer.get(FIGURES + "?year=2018").array().getValuesAs(JsonObject.class);
        assertThat(rows).extracting(r -> r.getString("gate") + "/" + r.getString("month"))
                .containsExactly("ma-lu-thang/2018-01", "u-ma-tu-khoong/2018-01", "ma-lu-thang/2018-02");
        assertThat(rows.get(0).getJsonNumber("exportUsd").bigDecimalValue()).isEqualTo(new BigDecimal("2000000.25"));
        assertThat(rows.get(1).getJsonNumber("temporaryImportForReexportUsd").bigDecimalValue())
                .isEqualByComparingTo("50000");

        String columnsReordered = "month,gate,exportUsd,importUsd,localGoodsExportUsd,"
                + "temporaryImportForReexportUsd,vehiclesCrossing,peopleCrossing\n"
                + "2018-01,ma-lu-thang,2000000.25,1000000,500000,0,900,12000\n"
                + "2018-01,u-ma-tu-khoong,400000,300000,100000,50000,200,3000\n"
                + "2018-02,ma-lu-thang,2100000,1100000,600000,0,951,12500\n";
        ApiClient.Reply again = admin.post(FIGURES, CSV + "; charset=UTF-8",
                columnsReordered.getBytes(StandardCharsets.UTF_8));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(summary(3, 0, 1, 2));
        assertThat(organizer.get(FIGURES + "/ma-lu-thang/2018-02").json().getInt("vehiclesCrossing")).isEqualTo(951);
        assertThat(admin.get("api/admin/audit?max=10").array().getValuesAs(JsonObject.class))
                .anySatisfy(a -> assertThat(a.getString("detail")).isEqualTo(
                        "ImportSummary[rows=3, created=0, corrected=1, unchanged=2]"));
    }

    @Test
    void csvWithBadLinesIsRefusedWholeListingEachLine() {
        String stored = FIGURES + "/ma-lu-thang/2019-01";
        JsonObject before = organizer.put(stored, figures("700", "800", "300", "0", 70, 7)).json();
        String file = HEADER + "\n"
                + "ma-lu-thang,2019-01,9,9,9,9,9,9\n"
                + "ma-lu-thang,2019-02,100,200,50,0,10,1\n"
                + "nowhere,2019-03,1,1,1,0,1,1\n"
                + "ma-lu-thang,2019-13,1,1,1,0,1,1\n"
                + "u-ma-tu-khoong,2019-04,-5,1.234,2,0,1.5,1\n"
                + "\n"
                + "ma-lu-thang,2019-02,1,1,1,0,1,1\n"
                + "po-to,2019-05,1,1\n"
                + "si-choang,2019-06,100,50,60,,1,1\n";
        ApiClient.Reply refused = organizer.post(FIGURES, CSV, file.getBytes(StandardCharsets.UTF_8));
        assertProblem(refused, 400);
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getInt("line") + " " + e.getString("field"))
                .containsExactly("4 gate", "5 month", "6 importUsd", "6 exportUsd", "6 peopleCrossing", "8 month",
                        "9 row", "10 temporaryImportForReexportUsd", "10 localGoodsExportUsd");
        assertThat(refused.json().getString("detail")).isEqualTo("9 problems on 6 lines; nothing was imported");
        assertThat(organizer.get(stored).json()).as("a stored row is left as it was").isEqualTo(before);
        assertProblem(organizer.get(FIGURES + "/ma-lu-thang/2019-02"), 404);

        ApiClient.Reply badHeader = organizer.post(FIGURES, CSV,
                "gate,month,importUsd,importUsd,exportUsd,tax\nma-lu-thang,2019-02,1,1,1,0,1,1\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(badHeader.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getInt("line") + " " + e.getString("field"))
                .containsExactly("1 importUsd", "1 tax", "1 localGoodsExportUsd",
                        "1 temporaryImportForReexportUsd", "1 peopleCrossing", "1 vehiclesCrossing");
        assertThat(fields(organizer.post(FIGURES, CSV, new byte[] {'g', (byte) 0xC3, '(' }))).containsExactly("body");
        byte[] latin1 = file.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(fields(organizer.post(FIGURES, CSV + "; charset=ISO-8859-1", latin1)))
                .containsExactly("Content-Type");
        assertProblem(organizer.post(FIGURES, "application/xml", file.getBytes(StandardCharsets.UTF_8)), 415);
        byte[] tooLarge = (HEADER + "\n" + "ma-lu-thang,2019-02,1,1,1,0,1,1\n".repeat(40_000))
                .getBytes(StandardCharsets.UTF_8);
        assertProblem(organizer.post(FIGURES, CSV, tooLarge), 413);
        assertThat(organizer.get(stored).json()).isEqualTo(before);
    }

    // --- public figures ---------------------------------------------------------------------------------------

    @Test
    void yearlySumsAndProgressEqualFiguresComputedByHand() {
        assertThat(organizer.put(FIGURES + "/ma-lu-thang/2016-01",
                figures("5000000", "4000000", "1500000", "250000", 30000, 2000)).status()).isEqualTo(201);
        assertThat(organizer.put(FIGURES + "/u-ma-tu-khoong/2016-06",
                figures("3000000", "8000000", "5500000", "0", 10000, 800)).status()).isEqualTo(201);
        assertThat(organizer.put(FIGURES + "/ma-lu-thang/2017-03",
                figures("10000000", "12000000", "7490000", "0", 5, 1)).status()).isEqualTo(201);
        ApiClient anonymous = ApiClient.anonymous();

        JsonArray yearly = anonymous.get("api/trade/yearly?from=2016&to=2016").array();
        assertThat(yearly).hasSize(1);
        JsonObject total = yearly.getJsonObject(0).getJsonObject("total");
        // 5,000,000 + 3,000,000 = 8,000,000 imports; 4,000,000 + 8,000,000 = 12,000,000 exports; turnover 20,000,000
        assertAmounts(total, "importUsd", "8000000", "exportUsd", "12000000", "importExportTurnoverUsd", "20000000",
                "localGoodsExportUsd", "7000000", "temporaryImportForReexportUsd", "250000");
        assertThat(total.getInt("monthsRecorded")).isEqualTo(2);
        assertThat(total.getJsonNumber("peopleCrossing").longValue()).isEqualTo(40000);
        assertThat(total.getJsonNumber("vehiclesCrossing").longValue()).isEqualTo(2800);
        List<JsonObject> gates = yearly.getJsonObject(0).getJsonArray("gates").getValuesAs(JsonObject.class);
        assertThat(gates).extracting(g -> g.getString("gate")).containsExactly("ma-lu-thang", "u-ma-tu-khoong");
        assertThat(gates.get(0).getJsonObject("name").getString("vi")).contains("Ma Lù Thàng");
        assertAmounts(gates.get(1).getJsonObject("totals"), "importExportTurnoverUsd", "11000000");
        assertThat(fields(anonymous.get("api/trade/yearly?from=2017&to=2016"))).containsExactly("to");

        JsonArray progress = anonymous.get("api/trade/progress").array();
        JsonObject turnover = target(progress, "import-export-turnover");
        assertThat(turnover.getString("actualFrom")).isEqualTo("importUsd + exportUsd");
        assertThat(turnover.getJsonNumber("baseValueUsd").bigDecimalValue()).isEqualByComparingTo("19500000");
        assertThat(year(turnover, 2015).containsKey("actualUsd")).as("no figures for 2015").isFalse();
        assertAmounts(year(turnover, 2015), "targetUsd", "19500000");
        // 19,500,000 x 1.1 = 21,450,000; 20,000,000 - 21,450,000 = -1,450,000 = -6.7599 % -> -6.76;
        // 20,000,000 / 19,500,000 - 1 = 0.0256410|25 -> 0.025641; 2015 has no figures, so no year-on-year growth
        assertAmounts(year(turnover, 2016), "targetUsd", "21450000", "actualUsd", "20000000", "differenceUsd",
                "-1450000", "differencePercent", "-6.76", "averageGrowthSinceBase", "0.025641");
        assertThat(year(turnover, 2016).containsKey("yearOnYearGrowth")).isFalse();
        assertThat(year(turnover, 2016).getInt("monthsRecorded")).isEqualTo(2);
        // 19,500,000 x 1.21 = 23,595,000; 22,000,000 - 23,595,000 = -1,595,000 = -6.7599 % -> -6.76;
        // 22 / 20 - 1 = 0.1; (22 / 19.5)^(1/2) - 1 = 1.1282051^(1/2) - 1 = 0.0621700|09 -> 0.062170
        assertAmounts(year(turnover, 2017), "targetUsd", "23595000", "actualUsd", "22000000", "differenceUsd",
                "-1595000", "differencePercent", "-6.76", "yearOnYearGrowth", "0.1", "averageGrowthSinceBase",
                "0.062170");
        assertThat(year(turnover, 2020).getBoolean("afterTargetYear")).isFalse();
        // 19,500,000 x 1.1^5 = 31,404,945
        assertAmounts(year(turnover, 2020), "targetUsd", "31404945");

        JsonObject localGoods = target(progress, "local-goods-export");
        // 6,300,000 x 1.07 = 6,741,000; 7,000,000 - 6,741,000 = 259,000 = 3.8421 % -> 3.84;
        // 7,000,000 / 6,300,000 - 1 = 0.1111111 -> 0.111111
        assertAmounts(year(localGoods, 2016), "targetUsd", "6741000", "actualUsd", "7000000", "differenceUsd",
                "259000", "differencePercent", "3.84", "averageGrowthSinceBase", "0.111111");
        // 6,300,000 x 1.1449 = 7,212,870; 7,490,000 - 7,212,870 = 277,130 = 3.8421 % -> 3.84;
        // 7,490,000 / 7,000,000 - 1 = 0.07; (7.49 / 6.3)^(1/2) - 1 = 1.1888889^(1/2) - 1 = 0.0903618|16 -> 0.090362
        assertAmounts(year(localGoods, 2017), "targetUsd", "7212870", "actualUsd", "7490000", "differenceUsd",
                "277130", "differencePercent", "3.84", "yearOnYearGrowth", "0.07", "averageGrowthSinceBase",
                "0.090362");
    }

    @Test
    void theApiDescriptionListsTheTradeEndpoints() {
        ApiClient.Reply openapi = ApiClient.anonymous().get("openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/trade/figures/{gate}/{month}").contains("/api/trade/yearly")
                .contains("/api/trade/progress");
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static String figures(String importUsd, String exportUsd, String localGoodsExportUsd,
                                  String temporaryImportUsd, long people, long vehicles) {
        return Json.createObjectBuilder().add("importUsd", new BigDecimal(importUsd))
                .add("exportUsd", new BigDecimal(exportUsd))
                .add("localGoodsExportUsd", new BigDecimal(localGoodsExportUsd))
                .add("temporaryImportForReexportUsd", new BigDecimal(temporaryImportUsd))
                .add("peopleCrossing", people).add("vehiclesCrossing", vehicles).build().toString();
    }

    private static JsonObject summary(int rows, int created, int corrected, int unchanged) {
        return Json.createObjectBuilder().add("corrected", corrected).add("created", created).add("rows", rows)
                .add("unchanged", unchanged).build();
    }

    /** The fields that a 400 problem names, in order. */
    private static List<String> fields(ApiClient.Reply reply) {
        assertProblem(reply, 400);
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private static JsonObject target(JsonArray progress, String indicator) {
        return progress.getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("indicator").equals(indicator)).findFirst().orElseThrow();
    }

    private static JsonObject year(JsonObject target, int year) {
        return target.getJsonArray("years").getValuesAs(JsonObject.class).stream()
                .filter(y -> y.getInt("year") == year).findFirst().orElseThrow();
    }

    /** Each named number equals its value ({@code name, value, name, value ...}), whatever its scale. */
    private static void assertAmounts(JsonObject object, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            assertThat(object.getJsonNumber(namesAndValues[i]).bigDecimalValue()).as(namesAndValues[i])
                    .isEqualByComparingTo(namesAndValues[i + 1]);
        }
    }
}
