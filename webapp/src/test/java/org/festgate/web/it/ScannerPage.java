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

    /**
     * Decides cases ({token, entranceKey, direction, at, earlier} as JSON) with the page's own offline gate on an
     * offline package, and words each decision in Vietnamese, English and Chinese with the page's bundles; answers
     * a line per case: the reason (ADMIT for none) and the three messages, joined by "|".
     */
    @SuppressWarnings("unchecked")
    List<String> decideOffline(String offlinePackage, String cases) {
        driver.get(FestgateServer.BASE_URL + "404.html");
        return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const [offlinePackage, cases] = [JSON.parse(arguments[0]), JSON.parse(arguments[1])];"
                        + "(async () => {"
                        + " const { OfflineGate, describe } = await import('/js/offline-gate.js');"
                        + " const i18n = await import('/js/i18n.js');"
                        + " const gate = await OfflineGate.of(offlinePackage);"
                        + " const decisions = [];"
                        + " const start = performance.now();"
                        + " for (const c of cases) decisions.push(await gate.decide(c.token, c.entranceKey, c.direction,"
                        + "   Date.parse(c.at), async () => c.earlier));"
                        + " console.info(`offline gate: ${cases.length} decisions in ${Math.round(performance.now() - start)} ms`);"
                        + " const words = {};"
                        + " for (const language of i18n.LANGUAGES) {"
                        + "   await i18n.setLanguage(language);"
                        + "   words[language] = decisions.map((d) => describe(d, language, i18n.t));"
                        + " }"
                        + " await i18n.setLanguage('vi');"
                        + " return decisions.map((d, i) => [d.reason || 'ADMIT', words.vi[i], words.en[i], words.zh[i]].join('|'));"
                        + "})().then(done, (e) => done(['failed: ' + e]));",
                offlinePackage, cases);
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
