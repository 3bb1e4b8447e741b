package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gate scanner page, driven as a gate keeper uses it: the device it is set up as, codes typed in by hand, the
 * answer on screen, and the queue of scans it keeps in IndexedDB (read through the page's own module). The tests
 * say what must happen; this class knows the page's elements and scripts.
 */
final class ScannerPage {

    /** One answer of the page: its nonce, ADMIT/REFUSE/QUEUED, the reason, whether decided offline, the words. */
    record Scan(String nonce, String outcome, String reason, boolean offline, String message) {
    }

    private final WebDriver driver;
    private final WebDriverWait wait;

    ScannerPage(WebDriver driver, WebDriverWait wait) {
        this.driver = driver;
        this.wait = wait;
    }

    /** A device set up earlier, unknown to the server (the page sends a phone without one to the sign-in). */
    void useUnregisteredDevice() {
        driver.get(FestgateServer.BASE_URL + "404.html");
        js("localStorage.setItem('festgate.scanner.device', JSON.stringify({token: 'not-a-registered-device',"
                + " eventId: 1, eventName: {vi: 'Thử', en: 'Test', zh: '测试'}, eventDate: '2027-02-21',"
                + " entrances: [{key: 'north-gate', name: {vi: 'Cổng Bắc', en: 'North gate', zh: '北门'}}],"
                + " entranceKey: 'north-gate'}));");
    }

    /**
     * Opens the page as a phone set up with a registered device at an entrance of an event (what the setup form
     * keeps of a registration), and waits until it holds the offline package.
     */
    void openAs(String deviceToken, long eventId, String entrance) {
        String event = ApiClient.anonymous().get("api/events/" + eventId).json().toString();
        driver.get(FestgateServer.BASE_URL + "404.html");
        js("const event = JSON.parse(arguments[1]);"
                + "localStorage.setItem('festgate.scanner.device', JSON.stringify({token: arguments[0], eventId: event.id,"
                + " eventName: event.name, eventDate: event.startDate, entrances: event.venue.entrances,"
                + " entranceKey: arguments[2]}));", deviceToken, event, entrance);
        driver.get(FestgateServer.BASE_URL + "scanner/");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        wait.until(ExpectedConditions.attributeToBe(By.id("offline-data"), "data-state", "ready"));
        assertThat(driver.findElement(By.id("offline-data")).getText()).startsWith("Dữ liệu soát vé ngoại tuyến lúc ");
    }

    /** Scans a code by hand in a direction and reads the page's answer to it. */
    Scan scan(String token, String direction) {
        dismissAnswer();
        driver.findElement(By.id(direction.equals("OUT") ? "dir-out" : "dir-in")).click();
        scanManually(token);
        wait.until(d -> !d.findElement(By.id("result")).getAttribute("data-outcome").isEmpty());
        WebElement result = driver.findElement(By.id("result"));
        String reason = result.getAttribute("data-reason");
        return new Scan(result.getAttribute("data-nonce"), result.getAttribute("data-outcome"),
                reason.isEmpty() ? null : reason, Boolean.parseBoolean(result.getAttribute("data-offline")),
                driver.findElement(By.id("result-message")).getText());
    }

    /** Like a gate keeper: closes the answer still on screen ("next"), types the code and checks it. */
    void scanManually(String token) {
        dismissAnswer();
        js("document.getElementById('result').dataset.outcome = '';");
        WebElement field = driver.findElement(By.id("manual-code"));
        field.clear();
        field.sendKeys(token);
        driver.findElement(By.id("manual-submit")).click();
    }

    /** Closes the answer still on screen, as a gate keeper taps "next". */
    void dismissAnswer() {
        WebElement answer = driver.findElement(By.id("result"));
        if (answer.isDisplayed()) {
            driver.findElement(By.id("result-close")).click();
            wait.until(ExpectedConditions.invisibilityOf(answer));
        }
    }

    /** Waits until the page's service worker is active and controls the page, reloading once if need be. */
    void waitForServiceWorker() {
        Object state = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "navigator.serviceWorker.ready.then((r) => done(r.active && r.active.state));");
        assertThat(state).isIn("activated", "activating");
        wait.until(d -> isControlled() || reloadIsControlled());
    }

    /** The tokens of the queued scans. */
    List<String> queuedTokens() {
        return queuedScans().stream().map(scan -> (String) scan.get("token")).toList();
    }

    /** The queued scans, read through the page's own module (which opens or upgrades the database). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> queuedScans() {
        return (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "import('/js/scan-queue.js').then((queue) => queue.queued()).then(done);");
    }

    /** Forgets the device, the queue, the scan log and the offline package. */
    void clearState() {
        js("localStorage.removeItem('festgate.scanner.device');");
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "import('/js/scan-queue.js').then(async (queue) => {"
                        + " await queue.remove((await queue.queued()).map((scan) => scan.nonce));"
                        + " await queue.forgetPackage(); }).then(() => done(true));");
    }

    /** Runs a script in the page and answers its result. */
    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private boolean isControlled() {
        return Boolean.TRUE.equals(js("return navigator.serviceWorker.controller !== null;"));
    }

    private boolean reloadIsControlled() {
        driver.navigate().refresh();
        return isControlled();
    }
}
