package org.festgate.web.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * One {@link HeadlessChromium} for a test class ({@code @RegisterExtension static final FreshBrowser BROWSER}):
 * started before the class, quit after it; each test starts signed out in the default language, and the browser's
 * console of each test is printed after it.
 */
final class FreshBrowser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private HeadlessChromium browser;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        browser = HeadlessChromium.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /** Signs out and forgets the chosen language, on a page of the site so that its storage is reachable. */
    @Override
    public void beforeEach(ExtensionContext context) {
        WebDriver driver = browser.driver();
        driver.get(FestgateServer.BASE_URL + "404.html");
        driver.manage().deleteAllCookies();
        ((JavascriptExecutor) driver).executeScript("localStorage.clear();");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        browser.printConsole();
    }

    WebDriver driver() {
        return browser.driver();
    }

    void screenshot(String name) {
        browser.screenshot(name);
    }
}
