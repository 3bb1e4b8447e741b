package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.festgate.core.qr.QrImages;
import org.festgate.web.it.VendorFixtures.Vendor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The vendor pages in headless Chromium against the packaged WAR: a vendor registers on the registration page and
 * lists a product with a photo on its own page; an organizer verifies it on the verification page; a visitor opens
 * the product page from its QR code, reads it in Chinese and sees no personal data. One deployment and one browser
 * for the class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VendorPagesIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @RegisterExtension
    static final FreshBrowser BROWSER = new FreshBrowser();

    private final WebDriver driver = BROWSER.driver();
    private final WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FestgateServer.war();
    }

    @Test
    void aVendorRegistersAndListsAProductWithAPhoto() throws IOException {
        String username = "page-" + RUN;
        driver.get(FestgateServer.BASE_URL + "vendor/register.html");
        wait.until(ExpectedConditions.attributeToBe(By.id("register-form"), "data-ready", "true"));
        type("reg-account-username", username);
        type("reg-account-password", VendorFixtures.PASSWORD);
        type("reg-businessName", "HTX Chè Shan tuyết " + RUN);
        new Select(driver.findElement(By.id("reg-kind"))).selectByValue("COOPERATIVE");
        type("reg-commune", "Sin Suối Hồ");
        type("reg-phone", "0912 345 678");
        driver.findElement(By.id("register-submit")).click();

        wait.until(ExpectedConditions.urlContains("/vendor/?registered=1"));
        wait.until(ExpectedConditions.attributeToBe(By.id("main"), "data-ready", "true"));
        assertThat(driver.findElement(By.id("verification")).getAttribute("data-status")).isEqualTo("UNVERIFIED");

        // a product with a name in Vietnamese and Chinese; a missing price is named next to its field first
        type("product-name-vi", "Chè Shan tuyết " + RUN);
        type("product-name-zh", "雪山茶 " + RUN);
        new Select(driver.findElement(By.id("product-category"))).selectByValue("TEA");
        type("product-commune", "Sin Suối Hồ");
        type("product-producer", "HTX Chè Shan tuyết");
        type("product-unit-vi", "gói 100 g");
        driver.findElement(By.id("product-save")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("product-priceVnd"), "aria-invalid", "true"));
        assertThat(driver.findElement(By.id("err-product-priceVnd")).isDisplayed()).isTrue();
        type("product-priceVnd", "180000");
        driver.findElement(By.id("product-save")).click();
        wait.until(d -> d.findElement(By.id("form-status")).getAttribute("data-key") != null);
        String key = driver.findElement(By.id("form-status")).getAttribute("data-key");
        assertThat(key).isEqualTo("che-shan-tuyet-" + RUN);

        Path photo = Files.createTempFile("festgate-photo-", ".png");
        try {
            BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
            ImageIO.write(image, "png", photo.toFile());
            driver.findElement(By.id("photo-file")).sendKeys(photo.toAbsolutePath().toString());
            driver.findElement(By.id("photo-upload")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#photo-list li"), 1));
        } finally {
            Files.delete(photo);
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#product-list li[data-product='" + key + "'] .meta"), "1"));
        BROWSER.screenshot("vendor.png");

        JsonObject own = ApiClient.signedIn(username, VendorFixtures.PASSWORD).get("api/vendors/me/products/" + key)
                .json();
        assertThat(own.getJsonNumber("priceVnd").longValue()).isEqualTo(180_000);
        assertThat(own.getJsonArray("photos")).hasSize(1);
    }

    @Test
    void anOrganizerVerifiesAndAVisitorOpensTheProductFromItsQrCodeInChinese() throws IOException {
        Vendor vendor = VendorFixtures.register("zh-" + RUN, "HTX Thảo quả " + RUN);
        String key = VendorFixtures.createProduct(vendor, VendorFixtures.product("Thảo quả " + RUN)
                .add("name", Json.createObjectBuilder().add("vi", "Thảo quả " + RUN).add("zh", "草果 " + RUN))
                .add("category", "SPICE"));
        String organizer = "organizer-p" + RUN;
        ApiClient.newUser(ApiClient.admin(), organizer, "password-" + RUN, "ORGANIZER");

        driver.get(FestgateServer.BASE_URL + "login.html?next=/organizer/vendors.html");
        type("username", organizer);
        type("password", "password-" + RUN);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("main"), "data-ready", "true"));
        By entry = By.cssSelector("#vendor-list li[data-vendor='" + vendor.id() + "']");
        assertThat(driver.findElement(entry).getText()).contains(vendor.phone());
        driver.findElement(entry).findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(entry));
        assertThat(vendor.client().get("api/vendors/me").json().getString("status")).isEqualTo("VERIFIED");

        // the visitor scans the code at the stall: its address opens the page, which the visitor reads in Chinese
        driver.manage().deleteAllCookies();
        byte[] png = ApiClient.anonymous().getBytes("api/vendor-products/" + key + "/qr.png").body();
        String link = QrImages.decode(ImageIO.read(new ByteArrayInputStream(png))).orElseThrow();
        driver.get(link);
        wait.until(ExpectedConditions.attributeToBe(By.id("product"), "data-loaded", "true"));
        assertThat(driver.findElement(By.id("product-name")).getText()).isEqualTo("Thảo quả " + RUN);
        assertThat(driver.findElement(By.id("qr")).getAttribute("src")).endsWith("/api/vendor-products/" + key
                + "/qr.svg");
        driver.findElement(By.cssSelector("button[data-lang='zh']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh"));
        JsonObject zh = FestgateServer.messages("zh");
        assertThat(driver.findElement(By.id("product-name")).getText()).isEqualTo("草果 " + RUN);
        assertThat(driver.findElement(By.id("product-category")).getText())
                .isEqualTo(zh.getString("product.category.SPICE"));
        assertThat(driver.findElement(By.cssSelector("dl.facts dt")).getText())
                .isEqualTo(zh.getString("product.origin"));
        assertThat(driver.findElement(By.id("product-vendor")).getText()).contains("HTX Thảo quả " + RUN);
        assertThat(driver.findElement(By.id("product-price")).getText()).contains("350");
        BROWSER.screenshot("product-zh.png");
        String page = driver.getPageSource();
        assertThat(page).doesNotContain(vendor.phone(), vendor.email(), vendor.taxCode(), vendor.username());
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
