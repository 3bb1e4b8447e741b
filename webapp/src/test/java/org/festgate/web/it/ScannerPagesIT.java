package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.festgate.web.it.ScannerPage.Scan;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gate scanner and the visitor's ticket page in headless Chromium against the packaged WAR. Chromium's fake
 * camera plays a Y4M video of a ticket's QR code, drawn by core-lib; the page reads it with ZXing's browser
 * bundle served from /vendor/zxing/. The network of the page and of its service worker is cut through the
 * DevTools protocol: offline, the page decides with its offline gate, and its decisions are held to the server's
 * (after the upload) and to core-lib's (for every reason and message). One deployment (one server boot) and one
 * browser for the class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScannerPagesIT {


    private static HeadlessChromium browser;
    private static Path video;
    private static WebDriver driver;
    private static WebDriverWait wait;
    /** Starting the fake camera and ZXing's first read can be slow on a loaded two-core machine. */
    private static WebDriverWait cameraWait;
    /** The token in front of the fake camera. */
    private static String cameraToken;
    /** Tickets made through the tickets API for these tests. */
    private static ScannerFixtures.Tickets tickets;
    /** The scanner page in the browser. */
    private static ScannerPage page;


    @Deployment(testable = false)
    static WebArchive deployment() {
        return FestgateServer.war();
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        tickets = ScannerFixtures.makeTickets();
        cameraToken = tickets.first().getString("token");
        video = Files.createTempFile("festgate-qr-", ".y4m");
        QrVideo.write(cameraToken, video);
        browser = HeadlessChromium.start("--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath(),
                "--autoplay-policy=no-user-gesture-required");
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        cameraWait = new WebDriverWait(driver, Duration.ofSeconds(90));
        page = new ScannerPage(driver, wait);
    }

    /**
     * Whatever a test left behind, the next one starts online and without a device: a failure stays the failure
     * of one test. The browser's console of the test is printed, to explain a failure.
     */
    @AfterEach
    void restoreNetworkAndState() throws Exception {
        try (BrowserDevTools devTools = BrowserDevTools.of(driver)) {
            devTools.setOffline(FestgateServer.BASE_URL, false);
        }
        browser.printConsole();
        if (driver.getCurrentUrl().startsWith(FestgateServer.BASE_URL)) {
            page.clearState();
        }
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (video != null) {
            Files.deleteIfExists(video);
        }
    }

    @Test
    @Order(1)
    void zxingIsServedFromTheWarNotFromTheRepository() {
        ApiClient.Reply bundle = ApiClient.anonymous().get("vendor/zxing/zxing-browser.min.js");
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.body()).contains("ZXingBrowser").contains("BrowserQRCodeReader");
        // the bundle comes from npm at build time; src/main/webapp/vendor/ holds only the vendors' own pages
        assertThat(Path.of("src/main/webapp/vendor/zxing")).doesNotExist();
        assertThat(Path.of("src/main/webapp/vendor/zxing-browser.min.js")).doesNotExist();
    }

    /**
     * Without a network the camera's read is queued in IndexedDB with its nonce and time, the amber answer and
     * the count say so, and the page reloads from the service worker's cache with the queue intact.
     */
    @Test
    @Order(2)
    void offlineCameraReadIsQueuedAndSurvivesAReload() throws Exception {
        page.useUnregisteredDevice();
        driver.get(FestgateServer.BASE_URL + "scanner/");
        page.waitForServiceWorker();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        assertThat(driver.findElement(By.id("scan")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("queue-count")).getText()).isEqualTo("0");
        // an unknown device gets no offline package: offline, its scans can only be queued, and the page says so
        assertThat(driver.findElement(By.id("offline-data")).getAttribute("data-state")).isEqualTo("none");

        try (BrowserDevTools devTools = BrowserDevTools.of(driver)) {
            int workers = devTools.setOffline(FestgateServer.BASE_URL, true);
            assertThat(workers).as("service workers cut off").isEqualTo(1);
            wait.until(ExpectedConditions.attributeToBe(By.id("net-state"), "data-online", "false"));

            driver.findElement(By.id("camera-start")).click();
            cameraWait.until(ExpectedConditions.attributeToBe(By.id("result"), "data-outcome", "QUEUED"));
            assertThat(driver.findElement(By.id("camera-state")).getAttribute("data-reader")).isEqualTo("zxing");
            wait.until(ExpectedConditions.textToBe(By.id("queue-count"), "1"));
            screenshot("scanner-queued.png");
            assertThat(page.queuedTokens()).containsExactly(cameraToken);

            // the same code stays in front of the camera: read again and again, queued once
            Thread.sleep(1500);
            assertThat(driver.findElement(By.id("queue-count")).getText()).isEqualTo("1");

            driver.navigate().refresh();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            wait.until(ExpectedConditions.textToBe(By.id("queue-count"), "1"));
            assertThat(driver.findElement(By.id("net-state")).getAttribute("data-online")).isEqualTo("false");
            screenshot("scanner-offline-reload.png");
            devTools.setOffline(FestgateServer.BASE_URL, false);
        }
        page.clearState();
    }

    /** A scanner signs in, sets up the phone for the event's entrance; the camera reads the QR: admitted once. */
    @Test
    @Order(3)
    void cameraReadAdmitsAndTheSameTicketIsThenRefused() {
        driver.get(FestgateServer.BASE_URL + "login.html?next=" + "/scanner/?event=" + tickets.eventId());
        driver.findElement(By.id("username")).sendKeys(tickets.scanner());
        driver.findElement(By.id("password")).sendKeys(ScannerFixtures.PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("setup-form"), "data-ready", "true"));
        assertThat(new Select(driver.findElement(By.id("event"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(Long.toString(tickets.eventId()));
        Select entrance = new Select(driver.findElement(By.id("entrance")));
        assertThat(entrance.getOptions()).isNotEmpty();
        entrance.selectByIndex(0);
        screenshot("scanner-setup.png");
        driver.findElement(By.id("setup-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scan")));

        driver.findElement(By.id("camera-start")).click();
        cameraWait.until(ExpectedConditions.attributeToBe(By.id("result"), "data-outcome", "ADMIT"));
        assertThat(driver.findElement(By.id("result")).getCssValue("background-color")).isEqualTo("rgba(13, 107, 47, 1)");
        screenshot("scanner-admit.png");

        page.scanManually(tickets.first().getString("token"));
        wait.until(ExpectedConditions.attributeToBe(By.id("result"), "data-outcome", "REFUSE"));
        assertThat(driver.findElement(By.id("result")).getAttribute("data-reason")).isEqualTo("ALREADY_USED");
        assertThat(driver.findElement(By.id("result-message")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("result")).getCssValue("background-color")).isEqualTo("rgba(164, 22, 26, 1)");
        screenshot("scanner-refuse.png");
    }

    /**
     * Cut off (page and service worker), the page decides like the server from its offline package: admits a
     * valid ticket once, refuses it again, refuses a ticket revoked before the package was downloaded and a forged
     * one, applies every entry policy and gate rule; the queue counts the scans. Back online the queue is uploaded,
     * and the server, deciding each scan itself, gives the same outcome, reason and message for every one.
     */
    @Test
    @Order(4)
    void offlineDecisionsAreQueuedUploadedAndMatchTheServers() throws Exception {
        assertThat(tickets.organizer().delete("api/tickets/" + tickets.ticket("single-3").getString("publicId"))
                .status()).isEqualTo(200);
        String device = openScannerAsNewDevice();
        String forged = alter(tickets.second().getString("token"));
        List<Scan> scans = new ArrayList<>();
        try (BrowserDevTools devTools = BrowserDevTools.of(driver)) {
            assertThat(devTools.setOffline(FestgateServer.BASE_URL, true)).as("service workers cut off").isEqualTo(1);
            wait.until(ExpectedConditions.attributeToBe(By.id("net-state"), "data-online", "false"));

            scans.add(page.scan(tickets.token("single-2"), "IN"));
            assertThat(scans.get(0).outcome()).isEqualTo("ADMIT");
            assertThat(driver.findElement(By.id("result-offline")).isDisplayed()).isTrue();
            screenshot("scanner-offline-admit.png");
            scans.add(page.scan(tickets.token("single-2"), "IN"));
            assertThat(scans.get(1).reason()).isEqualTo("ALREADY_USED");
            assertThat(scans.get(1).message()).startsWith("Vé đã dùng lúc ").endsWith(" tại Cổng chính");
            screenshot("scanner-offline-refuse.png");
            scans.add(page.scan(tickets.token("single-1"), "IN"));
            assertThat(scans.get(2).reason()).as("admitted online at another device").isEqualTo("ALREADY_USED");
            scans.add(page.scan(tickets.token("single-3"), "IN"));
            assertThat(scans.get(3).reason()).isEqualTo("REVOKED");
            scans.add(page.scan(forged, "IN"));
            assertThat(scans.get(4).reason()).isEqualTo("NOT_A_FESTGATE_TICKET");
            for (String[] step : new String[][] {{"multiple", "IN"}, {"multiple", "IN"}, {"once-per-day", "IN"},
                    {"once-per-day", "IN"}, {"reentry", "IN"}, {"reentry", "IN"}, {"reentry", "OUT"},
                    {"reentry", "IN"}, {"window", "OUT"}, {"river-side", "IN"}, {"window", "IN"}, {"later", "IN"},
                    {"other-event", "IN"}}) {
                scans.add(page.scan(tickets.token(step[0]), step[1]));
            }
            assertThat(scans.subList(5, scans.size())).extracting(Scan::reason).containsExactly(null, null, null,
                    "ALREADY_USED_TODAY", null, "ALREADY_USED", null, null, "NOT_INSIDE", "WRONG_ENTRANCE",
                    "OUTSIDE_DAILY_WINDOW", "NOT_YET_VALID", "OTHER_EVENT");
            assertThat(scans).allMatch(Scan::offline);
            wait.until(ExpectedConditions.textToBe(By.id("queue-count"), Integer.toString(scans.size())));
            List<Map<String, Object>> queued = page.queuedScans();
            assertThat(queued).extracting(q -> q.get("nonce")).containsExactlyInAnyOrderElementsOf(
                    scans.stream().map(Scan::nonce).toList());

            devTools.setOffline(FestgateServer.BASE_URL, false);
            wait.until(ExpectedConditions.attributeToBe(By.id("net-state"), "data-online", "true"));
            wait.until(ExpectedConditions.textToBe(By.id("queue-count"), "0"));
            page.dismissAnswer();
            screenshot("scanner-synced.png");

            // the server's record of each uploaded scan: uploading a nonce again answers what was stored
            JsonArray stored = ApiClient.withHeader("X-Device-Token", device).post("api/scanner/scans/batch",
                    Json.createArrayBuilder(queued.stream().map(q -> Map.of("nonce", q.get("nonce"),
                            "token", q.get("token"), "entranceKey", q.get("entranceKey"), "direction",
                            q.get("direction"), "at", q.get("at"))).toList()).build().toString()).array();
            for (Scan answer : scans) {
                JsonObject server = stored.stream().map(JsonValue::asJsonObject)
                        .filter(a -> a.getString("nonce").equals(answer.nonce())).findFirst().orElseThrow();
                assertThat(server.getString("outcome")).as(answer.toString()).isEqualTo(answer.outcome());
                assertThat(server.getString("reason", null)).as(answer.toString())
                        .isEqualTo(answer.reason());
                assertThat(server.getJsonObject("message").getString("vi")).as(answer.toString())
                        .isEqualTo(answer.message());
                assertThat(server.getString("offlineOutcome")).as(answer.toString()).isEqualTo(answer.outcome());
                assertThat(server.getBoolean("conflict")).as(answer.toString()).isFalse();
            }
        }
        assertThat(page.queuedScans()).isEmpty();
        // inside: single-1 (online), single-2, multiple, once-per-day and reentry (back in after its exit)
        JsonObject attendance = tickets.organizer().get("api/events/" + tickets.eventId() + "/attendance").json();
        assertThat(attendance.getJsonNumber("inside").longValue()).isEqualTo(5);
        // online again, the server refuses the ticket admitted offline
        Scan online = page.scan(tickets.token("single-2"), "IN");
        assertThat(online.reason()).isEqualTo("ALREADY_USED");
        assertThat(online.offline()).isFalse();
    }

    /**
     * A ticket admitted offline here and online at another phone meanwhile: after the upload the server refuses
     * the offline scan, keeps it, and flags the conflict; the page shows it, and so does the organizer's list.
     */
    @Test
    @Order(5)
    void aServerConflictIsShownAfterTheUpload() throws Exception {
        openScannerAsNewDevice();
        String token = tickets.token("single-4");
        Scan offline;
        try (BrowserDevTools devTools = BrowserDevTools.of(driver)) {
            devTools.setOffline(FestgateServer.BASE_URL, true);
            wait.until(ExpectedConditions.attributeToBe(By.id("net-state"), "data-online", "false"));
            offline = page.scan(token, "IN");
            assertThat(offline.outcome()).isEqualTo("ADMIT");

            ApiClient other = ApiClient.withHeader("X-Device-Token", registerDevice());
            JsonObject online = other.post("api/scanner/scans", Json.createObjectBuilder()
                    .add("nonce", UUID.randomUUID().toString()).add("token", token)
                    .add("entranceKey", ScannerFixtures.ENTRANCE).add("direction", "IN")
                    .add("at", Instant.now().toString()).build().toString()).json();
            assertThat(online.getString("outcome")).isEqualTo("ADMIT");

            devTools.setOffline(FestgateServer.BASE_URL, false);
        }
        wait.until(ExpectedConditions.textToBe(By.id("queue-count"), "0"));
        page.dismissAnswer();
        WebElement conflict = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#conflict-list li[data-nonce='" + offline.nonce() + "']")));
        assertThat(conflict.getAttribute("data-reason")).isEqualTo("ALREADY_USED");
        assertThat(conflict.getText()).contains("MỜI VÀO").contains("DỪNG LẠI").contains("Vé đã dùng lúc");
        screenshot("scanner-conflict.png");
        assertThat(tickets.organizer().get("api/events/" + tickets.eventId() + "/conflicts").array())
                .extracting(a -> a.asJsonObject().getString("nonce")).contains(offline.nonce());
        driver.findElement(By.id("conflicts-clear")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("conflicts")));
    }

    /** The visitor's page: QR and festival name, in Chinese after the switch, and again offline. */
    @Test
    @Order(6)
    void ticketPageShowsTheQrAndTheFestivalInTheVisitorsLanguage() throws Exception {
        String publicId = tickets.first().getString("publicId");
        JsonObject ticket = ApiClient.anonymous().get("api/tickets/" + publicId).json();
        JsonObject festival = ticket.getJsonObject("festival");

        driver.get(FestgateServer.BASE_URL + "tickets/" + publicId);
        wait.until(ExpectedConditions.attributeToBe(By.id("ticket"), "data-loaded", "true"));
        assertThat(driver.findElement(By.id("festival-name")).getText()).isEqualTo(festival.getString("vi"));
        wait.until(d -> ((Number) page.js("return document.getElementById('qr').naturalWidth;")).intValue() > 0);
        assertThat(driver.findElement(By.id("ticket-status")).getAttribute("data-status")).isEqualTo("ISSUED");
        assertThat(driver.findElement(By.id("download-pdf")).getAttribute("href")).endsWith("/ticket.pdf");

        driver.findElement(By.cssSelector("button[data-lang='zh']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh"));
        wait.until(ExpectedConditions.textToBe(By.id("festival-name"), festival.getString("zh")));
        screenshot("scanner-ticket-zh.png");

        // kept on the phone: with the network gone the page, the ticket and its QR still open
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "Promise.all([location.pathname, '/api/tickets/" + publicId + "', '/api/tickets/" + publicId
                        + "/qr.svg'].map((u) => caches.match(u))).then((all) => done(all.every(Boolean)));")));
        try (BrowserDevTools devTools = BrowserDevTools.of(driver)) {
            devTools.setOffline(FestgateServer.BASE_URL, true);
            driver.navigate().refresh();
            wait.until(ExpectedConditions.attributeToBe(By.id("ticket"), "data-loaded", "true"));
            assertThat(driver.findElement(By.id("festival-name")).getText()).isEqualTo(festival.getString("zh"));
            assertThat(driver.findElement(By.id("offline-note")).isDisplayed()).isTrue();
            wait.until(d -> ((Number) page.js("return document.getElementById('qr').naturalWidth;")).intValue() > 0);
            screenshot("scanner-ticket-offline.png");
            devTools.setOffline(FestgateServer.BASE_URL, false);
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("offline-note")));

        // cancelling asks first; "keep" keeps, "cancel" cancels (with the scanner's session cookie in this browser)
        driver.findElement(By.id("cancel")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancel-dialog")));
        driver.findElement(By.id("cancel-keep")).click();
        assertThat(driver.findElement(By.id("ticket-status")).getAttribute("data-status")).isEqualTo("ISSUED");
        driver.findElement(By.id("cancel")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancel-confirm"))).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("ticket-status"), "data-status", "CANCELLED"));
        assertThat(ApiClient.anonymous().get("api/tickets/" + publicId).json().getString("status"))
                .isEqualTo("CANCELLED");
        page.js("localStorage.removeItem('festgate.lang');");
    }

    /**
     * The page's offline gate and core-lib agree on every case of {@link OfflineGateCases}: the same reason and the
     * same message in Vietnamese, English and Chinese, word for word (so the bundles' templates are core-lib's).
     */
    @Test
    @Order(7)
    void offlineGateDecidesAndWordsEveryCaseAsCoreLibDoes() {
        OfflineGateCases cases = new OfflineGateCases();
        assertThat(page.decideOffline(cases.offlinePackage(), cases.cases()))
                .containsExactlyElementsOf(cases.expected());
    }

    /** Where WebCrypto has no Ed25519, the page says that it cannot decide offline (its scans are then queued). */
    @Test
    @Order(8)
    void aBrowserWithoutEd25519SaysItCannotDecideOffline() throws Exception {
        page.useUnregisteredDevice();
        try (BrowserDevTools devTools = BrowserDevTools.of(driver)) {
            devTools.addScriptToPages(FestgateServer.BASE_URL, "const importKey = crypto.subtle.importKey.bind(crypto.subtle);"
                    + "crypto.subtle.importKey = (format, data, algorithm, ...rest) => algorithm?.name === 'Ed25519'"
                    + " ? Promise.reject(new DOMException('Unrecognized name', 'NotSupportedError'))"
                    + " : importKey(format, data, algorithm, ...rest);");
            driver.get(FestgateServer.BASE_URL + "scanner/");
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            WebElement state = driver.findElement(By.id("offline-data"));
            assertThat(state.getAttribute("data-state")).isEqualTo("unsupported");
            assertThat(state.getText()).contains("Ed25519").contains("chỉ được lưu chờ gửi");
            screenshot("scanner-no-ed25519.png");
        }
    }

    // ---- helpers ----

    /** A token with one character changed: still Base45 of the right length, no longer the signed one. */
    private static String alter(String token) {
        int at = 80;
        return token.substring(0, at) + (token.charAt(at) == '0' ? '1' : '0') + token.substring(at + 1);
    }

    /** Registers a device at the event's first entrance for the scanner, through the API; answers its token. */
    private static String registerDevice() {
        return EventFixtures.device(ApiClient.signedIn(tickets.scanner(), ScannerFixtures.PASSWORD),
                tickets.eventId(), ScannerFixtures.ENTRANCE);
    }

    /** Opens the scanner page as a phone set up for the event's first entrance, with a device of its own. */
    private static String openScannerAsNewDevice() {
        String device = registerDevice();
        page.openAs(device, tickets.eventId(), ScannerFixtures.ENTRANCE);
        return device;
    }

    private static void screenshot(String name) {
        browser.screenshot(name);
    }
}
