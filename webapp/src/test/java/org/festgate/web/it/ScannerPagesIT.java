package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jakarta.json.JsonObject;
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
 * DevTools protocol. One deployment (one server boot) and one browser for the class.
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
            clearScannerState();
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
        // a device set up earlier (the page sends a phone without one to the sign-in)
        driver.get(FestgateServer.BASE_URL + "404.html");
        js("localStorage.setItem('festgate.scanner.device', JSON.stringify({token: 'not-a-registered-device',"
                + " eventId: 1, eventName: {vi: 'Thử', en: 'Test', zh: '测试'}, eventDate: '2027-02-21',"
                + " entrances: [{key: 'north-gate', name: {vi: 'Cổng Bắc', en: 'North gate', zh: '北门'}}],"
                + " entranceKey: 'north-gate'}));");
        driver.get(FestgateServer.BASE_URL + "scanner/");
        waitForServiceWorker();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        assertThat(driver.findElement(By.id("scan")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("queue-count")).getText()).isEqualTo("0");

        try (BrowserDevTools devTools = BrowserDevTools.of(driver)) {
            int workers = devTools.setOffline(FestgateServer.BASE_URL, true);
            assertThat(workers).as("service workers cut off").isEqualTo(1);
            wait.until(ExpectedConditions.attributeToBe(By.id("net-state"), "data-online", "false"));

            driver.findElement(By.id("camera-start")).click();
            cameraWait.until(ExpectedConditions.attributeToBe(By.id("result"), "data-outcome", "QUEUED"));
            assertThat(driver.findElement(By.id("camera-state")).getAttribute("data-reader")).isEqualTo("zxing");
            wait.until(ExpectedConditions.textToBe(By.id("queue-count"), "1"));
            screenshot("scanner-queued.png");
            assertThat(queuedTokens()).containsExactly(cameraToken);

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
        clearScannerState();
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

        scanManually(tickets.first().getString("token"));
        wait.until(ExpectedConditions.attributeToBe(By.id("result"), "data-outcome", "REFUSE"));
        assertThat(driver.findElement(By.id("result")).getAttribute("data-reason")).isEqualTo("ALREADY_USED");
        assertThat(driver.findElement(By.id("result-message")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("result")).getCssValue("background-color")).isEqualTo("rgba(164, 22, 26, 1)");
        screenshot("scanner-refuse.png");
    }

    /** Cut off (page and service worker), a scan is queued; back online it is uploaded and the ticket is used. */
    @Test
    @Order(4)
    void offlineScanIsQueuedAndUploadedWhenTheNetworkReturns() throws Exception {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scan")));
        String second = tickets.second().getString("token");
        try (BrowserDevTools devTools = BrowserDevTools.of(driver)) {
            assertThat(devTools.setOffline(FestgateServer.BASE_URL, true)).as("service workers cut off").isEqualTo(1);
            wait.until(ExpectedConditions.attributeToBe(By.id("net-state"), "data-online", "false"));
            scanManually(second);
            wait.until(ExpectedConditions.attributeToBe(By.id("result"), "data-outcome", "QUEUED"));
            wait.until(ExpectedConditions.textToBe(By.id("queue-count"), "1"));
            screenshot("scanner-offline-queued.png");

            devTools.setOffline(FestgateServer.BASE_URL, false);
            wait.until(ExpectedConditions.attributeToBe(By.id("net-state"), "data-online", "true"));
            wait.until(ExpectedConditions.textToBe(By.id("queue-count"), "0"));
        }
        assertThat(queuedTokens()).isEmpty();
        // the organizer sees both tickets inside: the camera's online entry and the uploaded offline one
        JsonObject attendance = tickets.organizer().get("api/events/" + tickets.eventId() + "/attendance").json();
        assertThat(attendance.getJsonNumber("inside").longValue()).isEqualTo(2);
        // the server took the uploaded scan as the ticket's entry: scanning it again is refused
        scanManually(second);
        wait.until(ExpectedConditions.attributeToBe(By.id("result"), "data-outcome", "REFUSE"));
        assertThat(driver.findElement(By.id("result")).getAttribute("data-reason")).isEqualTo("ALREADY_USED");
        screenshot("scanner-synced.png");
    }

    /** The visitor's page: QR and festival name, in Chinese after the switch, and again offline. */
    @Test
    @Order(5)
    void ticketPageShowsTheQrAndTheFestivalInTheVisitorsLanguage() throws Exception {
        String publicId = tickets.first().getString("publicId");
        JsonObject ticket = ApiClient.anonymous().get("api/tickets/" + publicId).json();
        JsonObject festival = ticket.getJsonObject("festival");

        driver.get(FestgateServer.BASE_URL + "tickets/" + publicId);
        wait.until(ExpectedConditions.attributeToBe(By.id("ticket"), "data-loaded", "true"));
        assertThat(driver.findElement(By.id("festival-name")).getText()).isEqualTo(festival.getString("vi"));
        wait.until(d -> ((Number) js("return document.getElementById('qr').naturalWidth;")).intValue() > 0);
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
            wait.until(d -> ((Number) js("return document.getElementById('qr').naturalWidth;")).intValue() > 0);
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
        js("localStorage.removeItem('festgate.lang');");
    }

    // ---- helpers ----

    /** Like a gate keeper: closes the answer still on screen ("next"), types the code and checks it. */
    private static void scanManually(String token) {
        WebElement answer = driver.findElement(By.id("result"));
        if (answer.isDisplayed()) {
            driver.findElement(By.id("result-close")).click();
            wait.until(ExpectedConditions.invisibilityOf(answer));
        }
        js("document.getElementById('result').dataset.outcome = '';");
        WebElement field = driver.findElement(By.id("manual-code"));
        field.clear();
        field.sendKeys(token);
        driver.findElement(By.id("manual-submit")).click();
    }



    private static void waitForServiceWorker() {
        Object state = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "navigator.serviceWorker.ready.then((r) => done(r.active && r.active.state));");
        assertThat(state).isIn("activated", "activating");
        wait.until(d -> Boolean.TRUE.equals(js("return navigator.serviceWorker.controller !== null;"))
                || reloadOnce());
    }

    private static boolean reloadOnce() {
        driver.navigate().refresh();
        return Boolean.TRUE.equals(js("return navigator.serviceWorker.controller !== null;"));
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> queuedTokens() {
        return (java.util.List<String>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const open = indexedDB.open('festgate-scanner', 1);"
                        + "open.onupgradeneeded = () => open.result.createObjectStore('queued-scans', {keyPath: 'nonce'});"
                        + "open.onsuccess = () => { const db = open.result;"
                        + " const all = db.transaction('queued-scans').objectStore('queued-scans').getAll();"
                        + " all.onsuccess = () => { db.close(); done(all.result.map((s) => s.token)); }; };");
    }

    private static void clearScannerState() {
        js("localStorage.removeItem('festgate.scanner.device');");
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const open = indexedDB.open('festgate-scanner', 1);"
                        + "open.onupgradeneeded = () => open.result.createObjectStore('queued-scans', {keyPath: 'nonce'});"
                        + "open.onsuccess = () => { const db = open.result;"
                        + " const tx = db.transaction('queued-scans', 'readwrite');"
                        + " tx.objectStore('queued-scans').clear(); tx.oncomplete = () => { db.close(); done(true); }; };");
    }

    private static void screenshot(String name) {
        browser.screenshot(name);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
