package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.festgate.web.it.JsonRows.byKey;
import static org.festgate.web.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The festival report on a running Payara Micro, over HTTP, of the festival that {@link ReportedFestival} seeds
 * in two consecutive years. The report's JSON, its comparison, its CSV tables, its XLSX workbook and its PDF hold
 * exactly what was seeded; only ADMIN and ORGANIZER read it, bad years and tables are problems; the report page in
 * headless Chromium shows the figures and its PDF link serves them (target/screenshots/report.png for review). One
 * deployment for the whole class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final LocalDate TODAY = FairFixtures.TODAY;
    private static final int YEAR = TODAY.getYear();
    private static final String FESTIVAL = "report-" + RUN;
    private static final String PASSWORD = "password-" + RUN;

    @RegisterExtension
    static final FreshBrowser BROWSER = new FreshBrowser();

    private static ApiClient admin;
    private static ApiClient organizer;
    private static String organizerName;
    private static ApiClient scanner;
    private static String cookProduct;
    private static String riceProduct;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FestgateServer.war();
    }

    @BeforeAll
    static void seeded() {
        admin = ApiClient.admin();
        organizerName = "report-organizer-" + RUN;
        organizer = ApiClient.newUser(admin, organizerName, PASSWORD, "ORGANIZER");
        scanner = ApiClient.newUser(admin, "report-scanner-" + RUN, PASSWORD, "SCANNER");
        ReportedFestival.Products products = ReportedFestival.seed(FESTIVAL, RUN, organizer, scanner);
        cookProduct = products.cook();
        riceProduct = products.rice();
    }

    // --- the report as JSON --------------------------------------------------------------------------------

    @Test
    void theReportHoldsWhatWasRecordedThisYear() {
        JsonObject report = report(YEAR);
        assertThat(report.getJsonObject("name").getString("en")).isEqualTo("Festival " + FESTIVAL);
        assertThat(report.getJsonArray("events")).hasSize(1);
        assertThat(report.getJsonArray("fairs")).hasSize(1);

        JsonObject attendance = report.getJsonObject("attendance");
        assertThat(attendance.getInt("entries")).isEqualTo(3);
        assertThat(attendance.getInt("visitors")).isEqualTo(2);
        assertThat(attendance.getJsonArray("perDay").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(d -> assertThat(d.getString("day") + "=" + d.getInt("entries")).isEqualTo(TODAY + "=3"));

        JsonObject tickets = report.getJsonObject("tickets");
        assertThat(List.of(tickets.getInt("capacity"), tickets.getInt("issued"), tickets.getInt("cancelled")))
                .containsExactly(10, 2, 1);
        assertThat(tickets.getJsonArray("perType")).hasSize(1);

        JsonObject vendors = report.getJsonObject("vendors");
        assertThat(List.of(vendors.getInt("applications"), vendors.getInt("withStall"), vendors.getInt("checkedIn")))
                .containsExactly(3, 2, 1);

        JsonObject sales = report.getJsonObject("sales");
        assertThat(sales.getJsonNumber("valueVnd").longValue()).isEqualTo(2_050_000);
        assertThat(sales.getInt("quantity")).isEqualTo(8);
        assertThat(byKey(sales.getJsonArray("byCategory"), c -> c.getString("category")).keySet())
                .containsExactlyInAnyOrder("CUISINE", "AGRICULTURAL_PRODUCTS");
        List<JsonObject> districts = sales.getJsonArray("byDistrict").getValuesAs(JsonObject.class);
        assertThat(districts).hasSize(2);
        assertThat(districts.get(0).getString("formerDistrict")).isEqualTo("Tam Đường");
        assertThat(districts.get(0).getJsonNumber("valueVnd").longValue()).isEqualTo(1_050_000);
        assertThat(districts.get(1).isNull("formerDistrict")).isTrue();
        assertThat(districts.get(1).getString("commune")).isEqualTo("Mường So");
        assertThat(districts.get(1).getInt("quantity")).isEqualTo(5);
        assertThat(sales.getJsonArray("topProducts").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("productKey"))).containsExactly(cookProduct, riceProduct);
    }

    @Test
    void eachHeadlineFigureAgainstTheYearBefore() {
        Map<String, JsonObject> comparison = byKey(report(YEAR).getJsonArray("comparison"),
                c -> c.getString("figure"));
        assertChange(comparison.get("entries"), 3, 1, "200.0");
        assertChange(comparison.get("visitors"), 2, 1, "100.0");
        assertChange(comparison.get("ticketsIssued"), 2, 1, "100.0");
        assertChange(comparison.get("ticketsCancelled"), 1, 0, null);
        assertChange(comparison.get("fairs"), 1, 1, "0.0");
        assertChange(comparison.get("applications"), 3, 1, "200.0");
        assertChange(comparison.get("vendorsWithStall"), 2, 1, "100.0");
        assertChange(comparison.get("vendorsCheckedIn"), 1, 0, null);
        assertChange(comparison.get("salesValueVnd"), 2_050_000, 500_000, "310.0");
        assertChange(comparison.get("salesQuantity"), 8, 1, "700.0");
    }

    @Test
    void aYearWithoutAYearBeforeHasNoDataToCompare() {
        JsonObject report = report(YEAR - 1);
        assertThat(report.getJsonObject("attendance").getInt("visitors")).isEqualTo(1);
        assertThat(report.getJsonObject("sales").getJsonNumber("valueVnd").longValue()).isEqualTo(500_000);
        report.getJsonArray("comparison").getValuesAs(JsonObject.class).forEach(c -> {
            assertThat(c.isNull("previousYear")).as(c.toString()).isTrue();
            assertThat(c.isNull("change")).isTrue();
            assertThat(c.isNull("changePercent")).isTrue();
        });
    }

    // --- who reads it, and bad addresses ---------------------------------------------------------------------

    @Test
    void onlyTheDepartmentReadsReports() {
        ApiClient vendorUser = ApiClient.newUser(admin, "report-vendor-" + RUN, PASSWORD, "VENDOR");
        String base = "api/reports/festivals/" + FESTIVAL + "/" + YEAR;
        for (String path : List.of(base, base + "/report.pdf", base + "/tables/attendance.csv", base + "/tables.xlsx")) {
            assertProblem(ApiClient.anonymous().get(path), 401);
            assertProblem(vendorUser.get(path), 403);
            assertProblem(scanner.get(path), 403);
            assertThat(admin.getBytes(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void unknownFestivalsYearsAndTablesAreProblems() {
        assertProblem(organizer.get("api/reports/festivals/no-such-festival-" + RUN + "/" + YEAR), 404);
        assertProblem(organizer.get("api/reports/festivals/no-such-festival-" + RUN + "/" + YEAR + "/report.pdf"),
                404);
        for (String year : List.of("twenty", "1999", "2101")) {
            assertField(organizer.get("api/reports/festivals/" + FESTIVAL + "/" + year), 400, "year");
            assertField(organizer.get("api/reports/festivals/" + FESTIVAL + "/" + year + "/tables.xlsx"), 400, "year");
        }
        assertField(organizer.get("api/reports/festivals/" + FESTIVAL + "/" + YEAR + "/tables/secrets.csv"), 404,
                "table");
        assertField(organizer.get("api/reports/festivals/" + FESTIVAL + "/" + YEAR + "/report.pdf?lang=fr"), 400,
                "lang");
    }

    // --- the downloads ---------------------------------------------------------------------------------------

    @Test
    void theTablesAsCsv() {
        ApiClient.Binary districts = organizer.getBytes(base() + "/tables/sales-districts.csv?lang=en");
        assertThat(districts.status()).isEqualTo(200);
        assertThat(districts.header("Content-Type")).startsWith("text/csv");
        assertThat(districts.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + FESTIVAL + "-" + YEAR + "-sales-districts.csv\"");
        assertThat(new String(districts.body(), StandardCharsets.UTF_8)).isEqualTo(
                "former_district,commune,quantity,value_vnd\r\nTam Đường,,3,1050000\r\n,Mường So,5,1000000\r\n");
        String comparison = new String(organizer.getBytes(base() + "/tables/comparison.csv").body(),
                StandardCharsets.UTF_8);
        assertThat(comparison.split("\r\n")).contains("figure,this_year,previous_year,change,change_percent",
                "entries,3,1,2,200.0", "ticketsCancelled,1,0,1,", "salesValueVnd,2050000,500000,1550000,310.0");
        String attendance = new String(organizer.getBytes(base() + "/tables/attendance.csv").body(),
                StandardCharsets.UTF_8);
        assertThat(attendance).isEqualTo("day,entries\r\n" + TODAY + ",3\r\n");
    }

    @Test
    void theTablesAsOneWorkbook() throws IOException {
        ApiClient.Binary xlsx = organizer.getBytes(base() + "/tables.xlsx?lang=en");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type"))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.header("Content-Disposition")).contains(FESTIVAL + "-" + YEAR + "-tables.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("attendance", "events", "tickets",
                    "vendors", "sales-categories", "sales-districts", "top-products", "comparison");
            List<Row> tickets = workbook.getSheets().filter(s -> s.getName().equals("tickets")).findFirst()
                    .orElseThrow().read();
            assertThat(tickets.get(0).getCellText(2)).isEqualTo("ticket_type");
            assertThat(tickets.get(1).getCellText(2)).isEqualTo("Adult");
            assertThat(tickets.get(1).getCellAsNumber(3).orElseThrow().intValue()).isEqualTo(10);
            assertThat(tickets.get(1).getCellAsNumber(4).orElseThrow().intValue()).isEqualTo(2);
            assertThat(tickets.get(1).getCellAsNumber(5).orElseThrow().intValue()).isEqualTo(1);
            List<Row> vendors = workbook.getSheets().filter(s -> s.getName().equals("vendors")).findFirst()
                    .orElseThrow().read();
            assertThat(vendors.get(1).getCellText(1)).isEqualTo("Fair report-fair-" + RUN);
            assertThat(vendors.get(1).getCellAsNumber(3).orElseThrow().intValue()).isEqualTo(3);
        }
    }

    @Test
    void thePrintedReport() {
        ApiClient.Binary pdf = organizer.getBytes(base() + "/report.pdf?lang=en");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition"))
                .isEqualTo("inline; filename=\"" + FESTIVAL + "-" + YEAR + "-report.pdf\"");
        assertPrintedFigures(PdfText.of(pdf.body()));
        assertThat(PdfText.of(organizer.getBytes(base() + "/report.pdf?lang=vi").body()))
                .contains("Lễ hội " + FESTIVAL, "Tam Đường (huyện cũ)", "2.050.000");
    }

    // --- the report page --------------------------------------------------------------------------------------

    @Test
    void theReportPageShowsTheFiguresAndLinksItsPdf() {
        WebDriver driver = BROWSER.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(FestgateServer.BASE_URL + "login.html?next=/organizer/report.html%3Ffestival%3D" + FESTIVAL
                + "%26year%3D" + YEAR + "%26lang%3Den");
        driver.findElement(By.id("username")).sendKeys(organizerName);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("main"), "data-ready", "true"));

        assertThat(driver.findElement(By.id("report-heading")).getText()).isEqualTo("Festival " + FESTIVAL + " – "
                + YEAR);
        assertThat(driver.findElement(By.id("attendance-summary")).getText())
                .isEqualTo("3 admitted entries, 2 visitors.");
        assertThat(driver.findElement(By.id("sales-summary")).getText()).isEqualTo("Sales of 2,050,000 VND, 8 items.");
        assertThat(cells(driver, "sales-districts-table")).containsExactly(
                List.of("Tam Đường (district, former)", "3", "1,050,000"), List.of("Mường So (commune)", "5", "1,000,000"));
        assertThat(cells(driver, "comparison-table").get(0)).containsExactly("Admitted entries", "3", "1", "2",
                "200 %");
        assertThat(cells(driver, "comparison-table").get(3)).containsExactly("Tickets cancelled", "1", "0", "1", "–");
        assertThat(driver.findElements(By.cssSelector("a[aria-current='page'][href='/organizer/report.html']")))
                .hasSize(1);
        BROWSER.screenshot("report.png");

        String href = driver.findElement(By.id("pdf-link")).getAttribute("href");
        assertThat(href).endsWith("/api/reports/festivals/" + FESTIVAL + "/" + YEAR + "/report.pdf?lang=en");
        @SuppressWarnings("unchecked")
        Map<String, Object> fetched = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(async (r) => {"
                        + " const bytes = new Uint8Array(await r.arrayBuffer()); let s = '';"
                        + " bytes.forEach((b) => { s += String.fromCharCode(b); });"
                        + " done({status: r.status, type: r.headers.get('Content-Type'), body: btoa(s)}); });", href);
        assertThat(fetched.get("status")).isEqualTo(200L);
        assertThat((String) fetched.get("type")).startsWith("application/pdf");
        assertPrintedFigures(PdfText.of(Base64.getDecoder().decode((String) fetched.get("body"))));
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static String base() {
        return "api/reports/festivals/" + FESTIVAL + "/" + YEAR;
    }

    private static JsonObject report(int year) {
        ApiClient.Reply reply = organizer.get("api/reports/festivals/" + FESTIVAL + "/" + year);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static void assertChange(JsonObject change, long thisYear, long previousYear, String percent) {
        assertThat(change.getJsonNumber("thisYear").longValue()).as(change.toString()).isEqualTo(thisYear);
        assertThat(change.getJsonNumber("previousYear").longValue()).as(change.toString()).isEqualTo(previousYear);
        assertThat(change.getJsonNumber("change").longValue()).isEqualTo(thisYear - previousYear);
        if (percent == null) {
            assertThat(change.isNull("changePercent")).as(change.toString()).isTrue();
        } else {
            assertThat(change.getJsonNumber("changePercent").bigDecimalValue().toPlainString()).isEqualTo(percent);
        }
    }

    private static void assertPrintedFigures(String text) {
        assertThat(text).contains("Festival " + FESTIVAL, "Festival report", "3 admitted entries, 2 visitors",
                "Sales of 2,050,000 VND, 8 items", "Tam Đường (district, former)", "Mường So (commune)", "310.0 %");
    }

    /** The texts of the body rows of a table on the page. */
    private static List<List<String>> cells(WebDriver driver, String tableId) {
        return driver.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream().map(c -> c.getText()).toList())
                .toList();
    }

    private static void assertField(ApiClient.Reply reply, int status, String field) {
        assertProblem(reply, status);
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
    }
}
