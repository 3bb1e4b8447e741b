package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import org.festgate.core.calendar.LunarDate;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The static pages in headless Chromium against the packaged WAR on Payara Micro: the calendar grid, the language
 * switch, the organizer's festival form, ticket sales and gates pages, and the festival page. One deployment (one
 * server boot) and one browser for the class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarPagesIT {

    private static final String FESTIVAL = "gau-tao-nam-loong";
    @RegisterExtension
    static final FreshBrowser BROWSER = new FreshBrowser();

    private static WebDriver driver;
    private static WebDriverWait wait;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FestgateServer.war();
    }

    @BeforeAll
    static void useBrowser() {
        driver = BROWSER.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // pages that navigate or redraw replace the elements a wait has just found: look again
        wait.ignoring(StaleElementReferenceException.class);
    }

    @Test
    void calendarShowsTheFestivalOnItsDayWithTheLunarDate() {
        openCalendar(2026, 3);

        WebElement cell = driver.findElement(By.cssSelector("td[data-date='2026-03-03']"));
        assertThat(cell.findElements(By.cssSelector("[data-festival='" + FESTIVAL + "']"))).hasSize(1);
        assertThat(cell.findElement(By.cssSelector(".lunar")).getText()).isEqualTo("15/1");
        // a day without the festival does not show it, and its lunar date is counted on: 2026-03-19 is 1/2
        WebElement other = driver.findElement(By.cssSelector("td[data-date='2026-03-10']"));
        assertThat(other.findElements(By.cssSelector("[data-festival='" + FESTIVAL + "']"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("td[data-date='2026-03-19'] .lunar")).getText()).isEqualTo("1/2");

        screenshot("calendar.png");
    }

    @Test
    void monthGridIsUsableWithTheKeyboard() {
        openCalendar(2026, 3);
        WebElement start = driver.findElement(By.cssSelector("td[data-date='2026-03-03']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", start);

        driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        assertThat(driver.switchTo().activeElement().getAttribute("data-date")).isEqualTo("2026-03-04");
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertThat(driver.switchTo().activeElement().getAttribute("data-date")).isEqualTo("2026-03-11");

        driver.findElement(By.id("next-month")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("month-grid"), "data-loaded", "2026-4"));
        assertThat(driver.getCurrentUrl()).contains("year=2026").contains("month=4");
    }

    @Test
    void switchingToChineseTranslatesThePageAndIsRemembered() throws IOException {
        openCalendar(2026, 3);
        JsonObject zh = FestgateServer.messages("zh");
        String zhName = ApiClient.anonymous().get("api/festivals/" + FESTIVAL + "?year=2026").json()
                .getJsonObject("name").getString("zh");

        driver.findElement(By.cssSelector("button[data-lang='zh']")).click();

        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh"));
        assertThat(driver.findElement(By.id("subscribe-heading")).getText())
                .isEqualTo(zh.getString("calendar.subscribe"));
        assertThat(driver.findElement(By.cssSelector("label[for='group-filter']")).getText())
                .isEqualTo(zh.getString("calendar.filterGroup"));
        wait.until(d -> d.findElement(By.cssSelector("td[data-date='2026-03-03'] [data-festival='" + FESTIVAL + "']"))
                .getText().contains(zhName));

        driver.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh"));
        wait.until(ExpectedConditions.attributeToBe(By.id("month-grid"), "data-loaded", "2026-3"));
        assertThat(driver.findElement(By.id("month-title")).getText()).isEqualTo("2026年3月");
    }

    @Test
    void organizerCreatesAFestivalAndSeesItOnTheCalendar() {
        String username = "organizer-" + System.nanoTime();
        ApiClient.Reply created = ApiClient.admin().post("api/users", Json.createObjectBuilder()
                .add("username", username).add("password", "organizer-password")
                .add("roles", Json.createArrayBuilder().add("ORGANIZER")).build().toString());
        assertThat(created.status()).isEqualTo(201);

        driver.get(FestgateServer.BASE_URL + "organizer/festivals.html");
        wait.until(ExpectedConditions.urlContains("/login.html?next="));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("organizer-password");
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.urlContains("/organizer/festivals.html"));
        wait.until(ExpectedConditions.attributeToBe(By.id("festival-form"), "data-ready", "true"));

        String english = "Pages test festival " + System.nanoTime();
        type("name-vi", "Lễ hội thử " + english);
        type("name-en", english);
        type("name-zh", "测试节 " + english);
        type("desc-vi", "Lễ hội để thử trang ban tổ chức.");
        type("desc-en", "A festival to test the organizer page.");
        type("desc-zh", "用于测试主办方页面的节庆。");
        driver.findElement(By.id("group-thai")).click();
        new Select(driver.findElement(By.id("venue"))).selectByIndex(1);
        driver.findElement(By.id("rule-kind-lunar")).click();
        type("rule-month", "2");
        type("rule-day", "10");
        type("duration", "1");
        driver.findElement(By.id("add-session")).click();
        type("session-title-vi-0", "Khai mạc");
        type("session-title-en-0", "Opening");
        type("session-title-zh-0", "开幕");
        screenshot("organizer.png");
        driver.findElement(By.id("save")).click();

        WebElement view = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-on-calendar")));
        String key = view.getAttribute("data-festival");
        assertThat(key).startsWith("pages-test-festival-");

        LocalDate day = LunarDate.of(2027, 2, 10, false).toLocalDate();
        openCalendar(day.getYear(), day.getMonthValue());
        assertThat(driver.findElements(By.cssSelector(
                "td[data-date='" + day + "'] [data-festival='" + key + "']"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector("td[data-date='" + day + "'] .lunar")).getText())
                .isEqualTo("10/2");
    }

    @Test
    void organizerFormShowsFieldErrorsBesideTheInputs() {
        String username = "organizer-" + System.nanoTime();
        assertThat(ApiClient.admin().post("api/users", Json.createObjectBuilder()
                .add("username", username).add("password", "organizer-password")
                .add("roles", Json.createArrayBuilder().add("ORGANIZER")).build().toString()).status())
                .isEqualTo(201);
        driver.get(FestgateServer.BASE_URL + "login.html?next=/organizer/festivals.html");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("organizer-password");
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("festival-form"), "data-ready", "true"));

        type("name-en", "Only an English name");
        driver.findElement(By.id("save")).click();

        wait.until(ExpectedConditions.attributeToBe(By.id("name-vi"), "aria-invalid", "true"));
        assertThat(driver.findElement(By.id("err-name-vi")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("venue")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("name-en")).getAttribute("aria-invalid")).isNull();
    }

    @Test
    void festivalPageShowsLunarDateAndCanChiYear() {
        String yearName = ApiClient.anonymous().get("api/lunar?solar=2026-03-03").json()
                .getJsonObject("lunar").getString("yearName");

        driver.get(FestgateServer.BASE_URL + "festivals/" + FESTIVAL + "?year=2026");

        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#occurrence-table tr[data-start='2026-03-03']")));
        assertThat(row.findElement(By.cssSelector(".lunar-date")).getText()).contains("15").contains(yearName);
        assertThat(row.findElement(By.cssSelector(".year-name")).getText()).isEqualTo(yearName);
        assertThat(driver.findElement(By.id("festival-rule")).getText()).contains("15/1");
        assertThat(driver.findElement(By.id("download-link")).getAttribute("href"))
                .contains("/api/calendar/festivals/" + FESTIVAL + ".ics");
    }

    @Test
    void organizerFollowsTheGatesOfAnEventAndRevokesAPhone() {
        ScannerFixtures.Tickets tickets = ScannerFixtures.makeTickets();
        ApiClient scanner = ApiClient.signedIn(tickets.scanner(), ScannerFixtures.PASSWORD);
        String entrance = ApiClient.anonymous().get("api/events/" + tickets.eventId()).json().getJsonObject("venue")
                .getJsonArray("entrances").getJsonObject(0).getString("key");
        ApiClient.Reply registered = scanner.post("api/scanner/devices", Json.createObjectBuilder()
                .add("eventId", tickets.eventId()).add("entrances", Json.createArrayBuilder().add(entrance))
                .add("label", "north phone").build().toString());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        ApiClient device = ApiClient.withHeader("X-Device-Token", registered.json().getString("token"));
        String token = tickets.first().getString("token");
        assertThat(device.post("api/scanner/scans", scan(token, entrance, null)).json().getString("outcome"))
                .isEqualTo("ADMIT");
        assertThat(device.post("api/scanner/scans/batch", "[" + scan(token, entrance, "ADMIT") + "]").array()
                .getJsonObject(0).getBoolean("conflict")).isTrue();

        String username = signInAsNewOrganizer("gates-organizer-", "/organizer/gates.html?event=" + tickets.eventId());
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded",
                Long.toString(tickets.eventId())));

        assertThat(driver.findElement(By.id("inside-total")).getText()).isEqualTo("1");
        assertThat(driver.findElements(By.cssSelector("#conflict-rows tr"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#log-rows tr"))).hasSize(2);
        String phone = "//tbody[@id='device-rows']/tr[td[1]='north phone']";
        screenshot("gates.png");
        ((JavascriptExecutor) driver).executeScript("window.confirm = () => true;");
        driver.findElement(By.xpath(phone + "//button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-status"), "north phone"));
        // the table is drawn anew after the revocation: look the cell up afresh on every try
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(phone + "/td[4]"), username));
        assertThat(device.post("api/scanner/scans", scan(tickets.second().getString("token"), entrance, null))
                .status()).as("the revoked phone no longer scans").isEqualTo(401);
    }

    /**
     * An organizer opens ticket sales for a coming occurrence of a festival, is told of a missing field, adds a
     * ticket type that visitors can then claim, and reads the page in Chinese; the occurrence is no longer offered.
     */
    @Test
    void organizerOpensTicketSalesAndAddsATicketType() throws IOException {
        String festival = "ticket-office-" + System.nanoTime();
        LocalDate day = LocalDate.now().plusDays(40);
        ApiClient organizer = ApiClient.newUser(ApiClient.admin(), festival, "organizer-password", "ORGANIZER");
        ApiClient.Reply created = organizer.post("api/festivals", Festivals.body(festival, "once:" + day).toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject vi = FestgateServer.messages("vi");

        signInAsNewOrganizer("tickets-organizer-", "/organizer/tickets.html");
        wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
        new Select(driver.findElement(By.id("occurrence"))).selectByValue(festival + "|" + day);
        driver.findElement(By.id("create-event")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-status"), "Lễ hội " + festival));
        long eventId = ApiClient.anonymous().get("api/events").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("festivalKey").equals(festival)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", Long.toString(eventId)));
        assertThat(new Select(driver.findElement(By.id("occurrence"))).getOptions())
                .noneSatisfy(o -> assertThat(o.getAttribute("value")).isEqualTo(festival + "|" + day));

        type("type-name-vi", "Vé ngày hội");
        type("type-name-en", "Festival day");
        type("type-name-zh", "节日门票");
        driver.findElement(By.id("add-type")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("type-capacity"), "aria-invalid", "true"));
        assertThat(driver.findElement(By.id("err-type-capacity")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("type-name-vi")).getAttribute("aria-invalid")).isNull();

        type("type-priceVnd", "20000");
        type("type-capacity", "50");
        type("type-limitPerOrder", "4");
        new Select(driver.findElement(By.id("type-entryPolicy"))).selectByValue("ONCE_PER_DAY");
        driver.findElement(By.id("add-type")).click();
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#type-rows tr")));
        assertThat(row.findElements(By.tagName("td"))).extracting(WebElement::getText).containsExactly("Vé ngày hội",
                "20.000 ₫", vi.getString("tickets.policy.ONCE_PER_DAY"), "50", "0", "50");
        screenshot("organizer-tickets.png");

        JsonObject type = ApiClient.anonymous().get("api/events/" + eventId + "/ticket-types").array()
                .getJsonObject(0);
        assertThat(type.getJsonObject("name").getString("zh")).isEqualTo("节日门票");
        assertThat(type.getInt("limitPerOrder")).isEqualTo(4);
        assertThat(ApiClient.anonymous().post("api/events/" + eventId + "/ticket-types/" + type.getJsonNumber("id")
                + "/claims", Json.createObjectBuilder().add("name", "Lò Văn Khách").add("quantity", 2).build()
                .toString()).status()).isEqualTo(201);

        driver.findElement(By.cssSelector("button[data-lang='zh']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh"));
        JsonObject zh = FestgateServer.messages("zh");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(zh.getString("tickets.title"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#type-rows td:nth-child(3)"),
                zh.getString("tickets.policy.ONCE_PER_DAY")));
    }

    /** Signs a new organizer in on the login page, which then opens {@code next}; answers the username. */
    private static String signInAsNewOrganizer(String prefix, String next) {
        String username = prefix + System.nanoTime();
        ApiClient.newUser(ApiClient.admin(), username, "organizer-password", "ORGANIZER");
        driver.get(FestgateServer.BASE_URL + "login.html?next=" + next);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("organizer-password");
        driver.findElement(By.id("login-submit")).click();
        String page = FestgateServer.BASE_URL + next.substring(1).replaceAll("\\?.*", "");
        wait.until(d -> d.getCurrentUrl().startsWith(page));
        return username;
    }

    private static String scan(String token, String entrance, String offlineOutcome) {
        var scan = Json.createObjectBuilder().add("nonce", java.util.UUID.randomUUID().toString()).add("token", token)
                .add("entranceKey", entrance).add("direction", "IN").add("at", java.time.Instant.now().toString());
        if (offlineOutcome != null) {
            scan.add("offlineOutcome", offlineOutcome);
        }
        return scan.build().toString();
    }

    private static void openCalendar(int year, int month) {
        driver.get(FestgateServer.BASE_URL + "?year=" + year + "&month=" + month);
        wait.until(ExpectedConditions.attributeToBe(By.id("month-grid"), "data-loaded", year + "-" + month));
    }

    private static void screenshot(String name) {
        BROWSER.screenshot(name);
    }

    private static void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
