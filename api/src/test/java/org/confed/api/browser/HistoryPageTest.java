package org.confed.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.confed.api.http.ApiConfig;
import org.confed.api.http.ConfedApi;
import org.confed.api.http.Tokens;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A record's history in its details, and the registry "as recorded" at an earlier instant, in headless Chromium on a
 * real server. The change log is dated by a clock the test sets: the AES demo facts are written by the CLI on
 * 2026-03-01 at 12:00 UTC, and the test's own changes, through the API with alice's token, on 2026-03-03 at 09:15 UTC,
 * so that "as recorded on 2026-03-02" is the registry before them.
 */
class HistoryPageTest {
    private static final String TOKEN = "alice-token-0123456789abcdef";
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant LOADED = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant CHANGED = Instant.parse("2026-03-03T09:15:00Z");
    private static final String AUDIENCE = AesFacts.KOULOUBA_AUDIENCE.toString();
    private static final String OLD_PLACE = "Palais de Koulouba, Bamako";
    private static final String NEW_PLACE = "Palais de Koulouba, Bamako (Mali)";
    private static final String NEW_NAME = "Assimi GOÏTA";
    private static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path profile;
    private static ChromeDriver browser;

    private final LogClock clock = new LogClock(LOADED);
    private Javalin server;
    private String base;
    private WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Chromium.installed()) {
            return; // each test then says why it is skipped (or, under CI=true, fails)
        }
        profile = Chromium.newProfile();
        Files.createDirectories(TARGET.resolve("screenshots"));
        browser = Chromium.start(profile, TARGET.resolve("chromedriver-history.log"));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @BeforeEach
    void startServer() {
        Chromium.assumeInstalled();
        InMemoryRegistry registry = new InMemoryRegistry(clock);
        List<RecordWrite> writes = new ArrayList<>();
        for (ConfedRecord record : AesFacts.all()) {
            writes.add(RecordWrite.upsert(record));
        }
        registry.write(writes, Actor.CLI);
        ApiConfig config = ApiConfig.defaults(Tokens.of(Map.of("alice", TOKEN))).withClock(TODAY)
                .withWebRoot(ApiConfig.DEFAULT_WEB_ROOT);
        server = ConfedApi.create(registry, config).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void a_meetings_details_show_its_history_and_then_the_update_made_through_the_api_with_the_field_it_changed() throws Exception {
        open("/#AES/2024-11-06");
        openAudience();
        List<WebElement> entries = historyEntries(1);
        WebElement created = entries.get(0);
        assertEquals("insert", created.getAttribute("data-kind"));
        assertEquals("1", created.getAttribute("data-version"));
        WebElement time = created.findElement(By.tagName("time"));
        assertEquals(LOADED.toString(), time.getAttribute("datetime"));
        assertEquals(LOADED.toString(), time.getAttribute("title"), "the exact instant is the time's title");
        assertFalse(time.getText().isBlank());
        assertTrue(time.getText().contains("2026"), "the instant in the reader's form: " + time.getText());
        assertEquals("cli", created.findElement(By.cssSelector(".change-actor")).getText());
        assertEquals("created", created.findElement(By.cssSelector(".change-kind")).getText());
        assertEquals("version 1", created.findElement(By.cssSelector(".change-version")).getText());
        assertEquals("One change (every change as JSON).", browser.findElement(By.cssSelector("#details .history-status")).getText());
        assertEquals(base + "/api/changes?record=meeting%3A" + AUDIENCE,
                browser.findElement(By.cssSelector("#details .history-status a")).getAttribute("href"));

        changeAudiencePlace();

        // The details read the history anew when they open again: the update comes first, by alice, with what it changed.
        openAudience();
        entries = historyEntries(2);
        WebElement updated = entries.get(0);
        assertEquals("update", updated.getAttribute("data-kind"));
        assertEquals(CHANGED.toString(), updated.findElement(By.tagName("time")).getAttribute("title"));
        assertEquals("alice", updated.findElement(By.cssSelector(".change-actor")).getText());
        assertEquals("updated", updated.findElement(By.cssSelector(".change-kind")).getText());
        assertEquals("version 2 (replaced 1)", updated.findElement(By.cssSelector(".change-version")).getText());
        assertEquals(List.of("place"), updated.findElements(By.cssSelector(".change-fields li")).stream()
                .map(li -> li.getAttribute("data-field")).toList(), "only the place changed");
        assertEquals("Changed: place: was “" + OLD_PLACE + "”, now “" + NEW_PLACE + "”",
                updated.findElement(By.cssSelector(".change-fields")).getText());
        assertEquals("insert", entries.get(1).getAttribute("data-kind"));
        assertEquals("2 changes, newest first (every change as JSON).",
                browser.findElement(By.cssSelector("#details .history-status")).getText());

        // Opened afresh, the page draws the audience as it now stands, and its details say what changed and when.
        open("/#AES/2024-11-06");
        openAudience();
        placeIs(NEW_PLACE);
        assertEquals(List.of("update", "insert"), historyEntries(2).stream().map(entry -> entry.getAttribute("data-kind")).toList());

        Accessibility.assertNoSeriousViolations(browser, "the details with their history", "#details");
        assertEquals(List.of(), problemsInTheConsole());
        screenshotOf("details", "record-history.png");
    }

    @Test
    void the_history_of_a_presidency_and_of_a_plan_event_are_read_by_their_composite_keys() {
        open("/#AES/2024-11-06");
        browser.findElement(By.cssSelector("#timeline [data-kind=presidency][data-start='2024-07-06']")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("details-title"), "Presidency of Mali"));
        historyEntries(1);
        assertEquals("presidency:AES:2024-07-06", browser.findElement(By.cssSelector("#details .history")).getAttribute("data-record"));
        assertEquals("created", browser.findElement(By.cssSelector("#details .history .change-kind")).getText());

        // A date known only as "on or before 2024-11-05" is part of the plan event's key, as the log names it.
        browser.findElement(By.cssSelector("#timeline [data-kind=plan-event][data-status=validated]")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("details-title"), "Plan d’action du pilier défense et sécurité"));
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#details .history"), "data-record",
                "plan_event:aes-defence-security-2024:validated:../2024-11-05"));
        assertEquals("insert", historyEntries(1).get(0).getAttribute("data-kind"));
        assertEquals(List.of(), problemsInTheConsole());
    }

    @Test
    void a_history_that_cannot_be_read_is_said_in_the_details_and_the_rest_of_them_stays() {
        open("/#AES/2024-11-06");
        // The change log stops answering; everything else still does.
        ((JavascriptExecutor) browser).executeScript("const real = window.fetch;"
                + " window.fetch = (url, options) => String(url).startsWith('/api/changes')"
                + " ? Promise.reject(new TypeError('Failed to fetch')) : real(url, options);");
        openAudience();
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#details .history-status.error")));
        assertEquals("Could not load the history of this record: The server did not answer. Is confed serve still running?",
                status.getText());
        assertEquals(0, browser.findElements(By.cssSelector("#details .history-list")).size());
        placeIs(OLD_PLACE);
        assertEquals(null, browser.findElement(By.cssSelector("#details .history")).getAttribute("aria-busy"));
        assertEquals(List.of(), problemsInTheConsole(), "no unhandled error");
    }

    @Test
    void as_recorded_on_a_day_before_a_change_the_page_shows_the_old_values_and_cleared_the_new_ones() throws Exception {
        renamePresident();
        changeAudiencePlace();
        open("/#AES/2024-11-06");
        assertEquals("Mali / " + NEW_NAME, presidencyOnShow());
        assertFalse(browser.findElement(By.id("recorded-notice")).isDisplayed());
        assertEquals("", browser.findElement(By.id("recorded-date")).getDomProperty("value"));

        // By keyboard: Tab to the field, type the day.
        tabTo("recorded-date");
        typeDay("recorded-date", "2026-03-02");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#as-of .presidency-line"), "Mali / Assimi Goïta"));
        wait.until(driver -> driver.getCurrentUrl().endsWith("#AES/2024-11-06/recorded=2026-03-02"));
        assertAsRecorded("on 2026-03-02");
        assertEquals("Assimi Goïta · Mali", browser.findElements(By.cssSelector("#timeline [data-kind=presidency] .band-label"))
                .get(0).getText());

        // The audience as it was; its history shows the later change, marked as later than the registry on show.
        openAudience();
        placeIs(OLD_PLACE);
        List<WebElement> entries = historyEntries(2);
        assertTrue(entries.get(0).getAttribute("class").contains("later"), entries.get(0).getAttribute("class"));
        assertEquals("Recorded after the registry on show (as recorded on 2026-03-02)",
                entries.get(0).findElement(By.cssSelector(".change-later")).getText());
        assertFalse(entries.get(1).getAttribute("class").contains("later"));
        assertTrue(browser.findElement(By.cssSelector("#details .actions a")).getAttribute("href")
                .endsWith("/api/meetings/" + AUDIENCE + "?recorded=2026-03-02"), "the JSON link asks as recorded too");
        assertTrue(browser.findElement(By.id("export-link")).getAttribute("href").endsWith("/api/export?format=ndjson&recorded=2026-03-02"));
        Accessibility.assertNoSeriousViolations(browser, "the page as recorded on 2026-03-02, its details open");
        screenshot("as-recorded.png");

        // The address round-trips: opened afresh, it shows the same registry.
        open("/#AES/2024-11-06/recorded=2026-03-02");
        assertEquals("Mali / Assimi Goïta", presidencyOnShow());
        assertEquals("2026-03-02", browser.findElement(By.id("recorded-date")).getDomProperty("value"));
        assertAsRecorded("on 2026-03-02");

        // An instant to the microsecond, as the API takes it: the change is seen from the instant it was committed.
        followAddress("#AES/2024-11-06/recorded=2026-03-03T09:14:59.999999Z");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recorded-notice-text"), "at 2026-03-03 09:14:59.999999 UTC"));
        assertEquals("Mali / Assimi Goïta", presidencyOnShow());
        assertEquals("2026-03-03", browser.findElement(By.id("recorded-date")).getDomProperty("value"));
        followAddress("#AES/2024-11-06/recorded=2026-03-03T10:15:00%2B01:00");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#as-of .presidency-line"), "Mali / " + NEW_NAME));
        assertAsRecorded("at 2026-03-03 09:15:00 UTC");

        // Cleared from the notice, by keyboard: the registry as it stands, and the address as it was before all this.
        followAddress("#AES/2024-11-06/recorded=2026-03-02");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#as-of .presidency-line"), "Mali / Assimi Goïta"));
        tabTo("recorded-clear").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#as-of .presidency-line"), "Mali / " + NEW_NAME));
        wait.until(driver -> driver.getCurrentUrl().endsWith("#AES/2024-11-06"));
        assertFalse(browser.findElement(By.id("recorded-notice")).isDisplayed());
        assertEquals("", browser.findElement(By.id("recorded-date")).getDomProperty("value"));
        assertEquals("recorded-date", active().getAttribute("id"), "the focus goes to the field, the button being gone");
        assertEquals("", browser.findElement(By.cssSelector("#as-of .as-of-recorded")).getText());
        assertEquals("Timeline of Confédération des États du Sahel (AES)", browser.findElement(By.id("timeline-title")).getText());
        assertFalse(browser.findElement(By.tagName("body")).getAttribute("class").contains("as-recorded"));
        openAudience();
        placeIs(NEW_PLACE);
        assertEquals(0, historyEntries(2).stream().filter(entry -> entry.getAttribute("class").contains("later")).count());
        assertEquals(List.of(), problemsInTheConsole());
    }

    @Test
    void an_address_from_before_and_one_with_a_recorded_value_the_page_cannot_read_show_the_registry_as_it_stands() {
        renamePresidentQuietly();
        open("/#AES/2024-11-06/recorded=last-week");
        assertEquals("Mali / " + NEW_NAME, presidencyOnShow());
        assertEquals("The address asks for the registry as recorded at “last-week”, which is neither a date (2026-03-02) nor an"
                + " instant with its offset (2026-03-02T09:30:00Z): it is shown as it stands.",
                browser.findElement(By.id("page-status")).getText());
        assertFalse(browser.findElement(By.id("recorded-notice")).isDisplayed());
        assertTrue(browser.getCurrentUrl().endsWith("#AES/2024-11-06"), browser.getCurrentUrl());

        // Before anything was recorded, there is nothing to draw, and the page says so instead of drawing another day's.
        followAddress("#AES/2024-11-06/recorded=2026-02-01");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-status"), "as recorded on 2026-02-01"));
        assertEquals(0, browser.findElements(By.cssSelector("#timeline [data-kind=presidency]")).size());
        assertTrue(browser.findElement(By.id("recorded-notice")).isDisplayed());
        assertTrue(browser.findElement(By.id("page-status")).getText().endsWith(
                "There is no confederation with code \"AES\". Choose a later date, or show the registry as it stands now."),
                browser.findElement(By.id("page-status")).getText());
        // The browser logs the API's 404s; the page itself logs nothing (no unhandled error).
        assertEquals(List.of(), problemsInTheConsole().stream()
                .filter(problem -> !problem.contains("recorded=2026-02-01 - Failed to load resource: the server responded with a status of 404"))
                .toList());
    }

    private void assertAsRecorded(String when) {
        WebElement notice = browser.findElement(By.id("recorded-notice"));
        assertTrue(notice.isDisplayed());
        assertEquals("Showing the registry as it was recorded " + when + ": changes, retractions and merges recorded later are"
                + " not shown. Saving a record still writes to the registry as it stands.",
                browser.findElement(By.id("recorded-notice-text")).getText());
        assertEquals("status", browser.findElement(By.id("recorded-notice-text")).getAttribute("role"));
        assertEquals("as recorded " + when, browser.findElement(By.cssSelector("#as-of .as-of-recorded")).getText());
        assertEquals("Timeline of Confédération des États du Sahel (AES), as recorded " + when,
                browser.findElement(By.id("timeline-title")).getText());
        assertTrue(browser.findElement(By.tagName("body")).getAttribute("class").contains("as-recorded"));
    }

    // The test's changes, committed at CHANGED through the API.

    private void changeAudiencePlace() throws Exception {
        clock.set(CHANGED);
        ObjectNode meeting = (ObjectNode) writtenContent("/api/meetings/" + AUDIENCE);
        meeting.put("place", NEW_PLACE);
        put("/api/meetings/" + AUDIENCE, meeting);
    }

    private void renamePresident() throws Exception {
        clock.set(CHANGED);
        ObjectNode person = (ObjectNode) writtenContent("/api/persons/assimi-goita");
        person.put("name", NEW_NAME);
        put("/api/persons/assimi-goita", person);
    }

    private void renamePresidentQuietly() {
        try {
            renamePresident();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The record as last written, from its history (a GET of a person adds what refers to it). */
    private JsonNode writtenContent(String path) throws Exception {
        HttpResponse<String> history = api("GET", path + "/history", null, null);
        assertEquals(200, history.statusCode(), history.body());
        JsonNode items = JSON.readTree(history.body()).path("items");
        return items.get(items.size() - 1).path("content").deepCopy();
    }

    private void put(String path, JsonNode record) throws Exception {
        String etag = api("GET", path, null, null).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> written = api("PUT", path, record.toString(), etag);
        assertEquals(200, written.statusCode(), written.body());
    }

    private HttpResponse<String> api(String method, String path, String body, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // The page.

    private void open(String path) {
        problemsInTheConsole(); // reading the console empties it: what an earlier test left there is not this one's
        browser.get("about:blank"); // the same address again would only move within the page, not load it anew
        browser.get(base + path);
        waitForPage();
    }

    private void waitForPage() {
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline [data-kind=presidency]"), 2));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#as-of h3")));
        wait.until(driver -> driver.findElement(By.id("as-of")).getAttribute("aria-busy") == null);
    }

    /** A new address typed over the old one: the page follows it without reloading. */
    private void followAddress(String hash) {
        ((JavascriptExecutor) browser).executeScript("window.location.hash = arguments[0]", hash);
    }

    private void openAudience() {
        // Its mark may lie under another at this scale: the details are reached with Enter, as by keyboard.
        browser.findElement(By.cssSelector("#timeline [data-kind=meeting][data-id=" + AUDIENCE + "]")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("details-title"), "Audience des chefs d’état-major généraux des armées de l’AES"));
    }

    private void placeIs(String place) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#details dd[data-field=place]"), place));
    }

    private List<WebElement> historyEntries(int count) {
        wait.withMessage(() -> "the history shows " + browser.findElement(By.cssSelector("#details")).getText())
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#details .history-list > li"), count));
        return browser.findElements(By.cssSelector("#details .history-list > li"));
    }

    private String presidencyOnShow() {
        return browser.findElement(By.cssSelector("#as-of .presidency-line")).getText();
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    /** Presses Tab (Shift+Tab when it lies before) until the element with that id has the focus. */
    private WebElement tabTo(String id) {
        boolean forward = (Boolean) ((JavascriptExecutor) browser).executeScript("const target = document.getElementById(arguments[0]);"
                + " return !!(document.activeElement.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);", id);
        for (int presses = 0; presses < 120; presses++) {
            if (id.equals(active().getAttribute("id"))) {
                return active();
            }
            active().sendKeys(forward ? Keys.TAB : Keys.chord(Keys.SHIFT, Keys.TAB));
        }
        throw new AssertionError("Tab never reaches #" + id + "; the focus is on " + active().getAttribute("outerHTML"));
    }

    // A date as a person types it in Chromium's en-US field: month, day, then year.
    private void typeDay(String id, String isoDate) {
        String[] parts = isoDate.split("-");
        WebElement field = browser.findElement(By.id(id));
        field.sendKeys(parts[1] + parts[2] + parts[0]);
        wait.withMessage(() -> "the field shows " + field.getDomProperty("value") + ", not " + isoDate)
                .until(driver -> isoDate.equals(field.getDomProperty("value")));
    }

    private List<String> problemsInTheConsole() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** The window at 1400 × 1000, as the README's pictures are. */
    private void screenshot(String name) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1400, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        try {
            ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
            Files.write(TARGET.resolve("screenshots").resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The window at 1400 × 1000, scrolled to the element. */
    private void screenshotOf(String id, String name) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1400, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        try {
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id(id)));
            Files.write(TARGET.resolve("screenshots").resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The clock that dates the change log: set by the test between writes. */
    private static final class LogClock extends Clock {
        private volatile Instant now;

        LogClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
