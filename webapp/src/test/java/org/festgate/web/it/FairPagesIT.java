package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.festgate.core.fair.ProductQr;
import org.festgate.core.qr.QrImages;
import org.festgate.web.it.FairFixtures.StallSpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The fair pages in headless Chromium against the packaged WAR, the whole way a stall goes: a vendor registers and
 * lists a product on the vendor pages, an organizer verifies it, the vendor applies on its applications page, the
 * organizer approves and allocates on the fair's review page, and a visitor opens the stall map, finds the product
 * by a search that highlights its stall, and opens the product's page from the address its QR code holds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FairPagesIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final String PASSWORD = "page-password-" + RUN;

    private static HeadlessChromium browser;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FestgateServer.war();
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessChromium.start();
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void printConsole() {
        browser.printConsole();
    }

    @Test
    void aStallFromApplicationToTheVisitorsMap() throws IOException {
        String organizer = "fair-page-org-" + RUN;
        ApiClient organizerApi = ApiClient.newUser(ApiClient.admin(), organizer, PASSWORD, "ORGANIZER");
        String fairKey = "page-fair-" + RUN;
        FairFixtures.createFair(organizerApi, FairFixtures.fair(fairKey, List.of(
                new StallSpec("A-01", "CUISINE", 300, 300, true, 0, 0),
                new StallSpec("B-01", "CRAFTS_AND_BROCADE", 300, 300, false, 400, 0)), JsonValue.EMPTY_JSON_OBJECT));

        // a vendor registers and lists a product on the vendor pages
        String vendor = "fair-page-vendor-" + RUN;
        String business = "HTX Ẩm thực Giáy " + RUN;
        driver.get(FestgateServer.BASE_URL + "vendor/register.html");
        wait.until(ExpectedConditions.attributeToBe(By.id("register-form"), "data-ready", "true"));
        type("reg-account-username", vendor);
        type("reg-account-password", PASSWORD);
        type("reg-businessName", business);
        new Select(driver.findElement(By.id("reg-kind"))).selectByValue("HOUSEHOLD");
        type("reg-commune", "Bình Lư");
        type("reg-phone", "0987 654 321");
        driver.findElement(By.id("register-submit")).click();
        wait.until(ExpectedConditions.urlContains("/vendor/?registered=1"));
        wait.until(ExpectedConditions.attributeToBe(By.id("main"), "data-ready", "true"));
        String productName = "Xôi ngũ sắc " + RUN;
        type("product-name-vi", productName);
        new Select(driver.findElement(By.id("product-category"))).selectByValue("PROCESSED_FOOD");
        type("product-commune", "Bình Lư");
        type("product-producer", business);
        type("product-unit-vi", "đĩa");
        type("product-priceVnd", "40000");
        driver.findElement(By.id("product-save")).click();
        wait.until(d -> d.findElement(By.id("form-status")).getAttribute("data-key") != null);
        String productKey = driver.findElement(By.id("form-status")).getAttribute("data-key");

        // the organizer verifies the vendor
        long vendorId = organizerApi.get("api/vendors?status=UNVERIFIED").array().getValuesAs(JsonObject.class)
                .stream().filter(v -> v.getString("businessName").equals(business)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        signIn(organizer, "/organizer/vendors.html");
        By entry = By.cssSelector("#vendor-list li[data-vendor='" + vendorId + "']");
        driver.findElement(entry).findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(entry));

        // the vendor applies for a stall with power for its product, and submits
        signIn(vendor, "/vendor/applications.html?key=" + fairKey);
        new Select(driver.findElement(By.id("apply-category"))).selectByValue("CUISINE");
        driver.findElement(By.id("apply-power")).click();
        new Select(driver.findElement(By.id("preferred-1"))).selectByValue("A-01");
        assertThat(driver.findElement(By.id("product-" + productKey)).isSelected()).isTrue();
        driver.findElement(By.id("apply-submit")).click();
        By submitted = By.cssSelector("#my-applications .state[data-state='SUBMITTED']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(submitted));
        long applicationId = Long.parseLong(driver.findElement(By.cssSelector("#my-applications li[data-id]"))
                .getAttribute("data-id"));

        // the organizer approves it, previews the allocation and commits it
        signIn(organizer, "/organizer/fairs.html?key=" + fairKey);
        By row = By.cssSelector("#application-list li[data-id='" + applicationId + "']");
        driver.findElement(row).findElement(By.cssSelector("button[data-action='APPROVE']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#application-list li[data-id='" + applicationId + "'] .state[data-state='APPROVED']")));
        driver.findElement(By.id("preview")).click();
        By previewStall = By.cssSelector("#preview-table input.preview-stall[data-id='" + applicationId + "']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(previewStall));
        assertThat(driver.findElement(previewStall).getAttribute("value")).isEqualTo("A-01");
        driver.findElement(By.id("commit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#application-list li[data-id='" + applicationId + "'] .state[data-state='ALLOCATED']")));
        browser.screenshot("fair-organizer.png");
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/organizer/")));

        // a visitor finds the product on the stall map and opens its page from its QR code's address
        driver.manage().deleteAllCookies();
        driver.get(FestgateServer.BASE_URL + "fair.html?key=" + fairKey);
        wait.until(ExpectedConditions.attributeToBe(By.id("main"), "data-ready", "true"));
        WebElement stall = driver.findElement(By.cssSelector("#stall-svg a.stall[data-code='A-01']"));
        assertThat(stall.getAttribute("class")).contains("occupied");
        assertThat(stall.getAttribute("aria-label")).contains(business, productName);
        assertThat(driver.findElement(By.id("stall-row-A-01")).getText()).contains(business, productName);
        type("search-text", "xoi ngu sac " + RUN);
        driver.findElement(By.id("search-submit")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("stall-svg"), "class", "searched"));
        assertThat(driver.findElement(By.cssSelector("#stall-svg a.stall[data-code='A-01']")).getAttribute("class"))
                .contains("match");
        assertThat(driver.findElement(By.cssSelector("#stall-svg a.stall[data-code='B-01']")).getAttribute("class"))
                .doesNotContain("match");
        WebElement found = driver.findElement(By.cssSelector("#search-products a[data-product='" + productKey + "']"));
        String qrAddress = qrCodeAddress(productKey);
        assertThat(qrAddress).isEqualTo(ProductQr.productLink(URI.create(FestgateServer.BASE_URL), productKey)
                .toString());
        assertThat(found.getAttribute("href")).isEqualTo(qrAddress);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('stall-map').scrollIntoView()");
        browser.screenshot("fair-map.png");
        assertThat(driver.getPageSource()).doesNotContain(vendor, "0987 654 321");

        ((JavascriptExecutor) driver).executeScript("document.querySelector('[data-lang=zh]').click()");
        JsonObject zh = FestgateServer.messages("zh");
        wait.until(ExpectedConditions.textToBe(By.id("map-heading"), zh.getString("fair.map")));

        driver.get(qrAddress);
        wait.until(ExpectedConditions.attributeToBe(By.id("product"), "data-loaded", "true"));
        assertThat(driver.findElement(By.id("product-name")).getText()).isEqualTo(productName);
        assertThat(driver.findElement(By.id("product-vendor")).getText()).contains(business);
    }

    /** The address that the product's QR code, as printed for its stall, holds. */
    private static String qrCodeAddress(String productKey) throws IOException {
        ApiClient.Binary png = ApiClient.anonymous().getBytes("api/vendor-products/" + productKey + "/qr.png?size=400");
        assertThat(png.status()).isEqualTo(200);
        return QrImages.decode(ImageIO.read(new ByteArrayInputStream(png.body()))).orElseThrow();
    }

    /** Signs in on the sign-in page and waits for the page it leads to. */
    private static void signIn(String username, String next) {
        driver.manage().deleteAllCookies();
        driver.get(FestgateServer.BASE_URL + "login.html?next=" + next);
        type("username", username);
        type("password", PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(FestgateServer.BASE_URL + next.substring(1)));
        wait.until(ExpectedConditions.attributeToBe(By.id("main"), "data-ready", "true"));
    }

    private static void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
