package org.confed.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.confed.domain.model.Meeting;
import org.confed.domain.model.PlanEvent;
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
 * The record forms, generated in the page from the OpenAPI document, driven by keyboard alone in headless Chromium.
 * The server holds the AES demo facts without the Koulouba audience of 2024-11-06 (and the plan event's reference to
 * it): the first test records that audience from nothing through the forms, then asks the date panel about its day.
 */
class RecordFormPageTest {
    private static final String TOKEN = "alice-token-0123456789abcdef";
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String AUDIENCE = AesFacts.KOULOUBA_AUDIENCE.toString();
    private static final String TITLE = "Audience des chefs d’état-major généraux des armées de l’AES";
    private static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path profile;
    private static ChromeDriver browser;

    private InMemoryRegistry registry;
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
        browser = Chromium.start(profile, TARGET.resolve("chromedriver-forms.log"));
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
        registry = new InMemoryRegistry(TODAY);
        List<RecordWrite> writes = new ArrayList<>();
        for (ConfedRecord record : AesFacts.all()) {
            if (record instanceof Meeting meeting && meeting.id().equals(AesFacts.KOULOUBA_AUDIENCE)) {
                continue;
            }
            if (record instanceof PlanEvent event && AesFacts.KOULOUBA_AUDIENCE.equals(event.meeting())) {
                record = new PlanEvent(event.plan(), event.status(), event.date(), null, event.note(), event.sources(), event.disputes());
            }
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
    void the_koulouba_audience_is_recorded_from_nothing_by_keyboard_and_the_date_panel_then_answers_for_its_day() throws Exception {
        open("/#AES/2024-11-06");
        assertEquals(404, api("GET", "/api/meetings/" + AUDIENCE, null, null).statusCode(), "the audience is not there yet");
        assertEquals(0, browser.findElements(By.cssSelector("#timeline [data-kind=meeting][data-id=" + AUDIENCE + "]")).size());

        tabTo("token").sendKeys(TOKEN);
        tabTo("record-type").sendKeys("Meeting");
        assertEquals("New meeting", browser.findElement(By.id("record-form-title")).getText());
        tabTo("rf-id").sendKeys(AUDIENCE);
        // References are found by searching, accents and case aside: "etats du sahel" finds the confederation AES.
        pick("rf-confederation", "etats du sahel", "AES");
        tabTo("rf-kind").sendKeys("audience");
        tabTo("rf-date").sendKeys("2024-11-06");
        tabTo("rf-place").sendKeys("Palais de Koulouba, Bamako");
        tabTo("rf-title").sendKeys(TITLE);

        press("Add participant");
        assertEquals("rf-participants-1-person", active().getAttribute("id"), "the new participant's first field takes the focus");
        pick("rf-participants-1-person", "goita", "assimi-goita");
        tabTo("rf-participants-1-capacity").sendKeys("Président de la Transition du Mali");
        press("Add participant");
        // A chief of defence staff whom the dispatch does not name: the participant is the post alone.
        pick("rf-participants-2-post", "armees du burkina", "bfa-chief-of-defence-staff");
        tabTo("rf-participants-2-capacity").sendKeys("Chef d’état-major général des armées du Burkina Faso");
        press("Add participant");
        pick("rf-participants-3-person", "barmou", "moussa-saloua-barmou");
        pick("rf-participants-3-post", "armees du niger", "ner-chief-of-defence-staff");

        press("Add topic");
        active().sendKeys("Défis logistiques");
        press("Add citation");
        pick("rf-sources-1-source", "koulouba", "apa-2024-11-06-koulouba");
        tabTo("rf-sources-1-quote").sendKeys(AesFacts.QUOTE_AUDIENCE);
        assertEquals(List.of("Participant 1", "Participant 2", "Participant 3"), texts("#rf-participants > .rows > li > fieldset > legend"));

        Accessibility.assertNoSeriousViolations(browser, "the meeting form, filled in", "#records");
        screenshotOf("records", "record-form.png");
        tabTo("record-save").sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.textToBe(By.id("record-summary"), "Saved: meeting " + AUDIENCE + "."));
        HttpResponse<String> stored = api("GET", "/api/meetings/" + AUDIENCE, null, null);
        assertEquals(200, stored.statusCode());
        JsonNode meeting = JSON.readTree(stored.body());
        assertEquals("audience", meeting.path("kind").asText());
        assertEquals("2024-11-06", meeting.path("date").asText());
        assertEquals("AES", meeting.path("confederation").asText());
        assertEquals("Palais de Koulouba, Bamako", meeting.path("place").asText());
        assertEquals(TITLE, meeting.path("title").asText());
        assertEquals(JSON.readTree("[{\"person\":\"assimi-goita\",\"capacity\":\"Président de la Transition du Mali\"},"
                + "{\"post\":\"bfa-chief-of-defence-staff\",\"capacity\":\"Chef d’état-major général des armées du Burkina Faso\"},"
                + "{\"person\":\"moussa-saloua-barmou\",\"post\":\"ner-chief-of-defence-staff\"}]"), meeting.path("participants"));
        assertEquals(JSON.readTree("[\"Défis logistiques\"]"), meeting.path("topics"));
        assertEquals("apa-2024-11-06-koulouba", meeting.path("sources").path(0).path("source").asText());
        assertEquals(AesFacts.QUOTE_AUDIENCE, meeting.path("sources").path(0).path("quote").asText());
        assertEquals("Edit meeting " + AUDIENCE, browser.findElement(By.id("record-form-title")).getText(),
                "once saved, the form edits the stored record");

        assertEquals(List.of(), problemsInTheConsole(), "no error and no policy violation");

        // The page is drawn again on the meeting's day; the date panel is asked about it.
        WebElement point = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#timeline [data-kind=meeting][data-id=" + AUDIENCE + "]")));
        typeDate("2024-11-05");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#as-of .as-of-date"), "2024-11-05"));
        typeDate("2024-11-06");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#as-of .as-of-date"), "2024-11-06"));
        wait.until(driver -> browser.findElement(By.id("as-of")).getAttribute("aria-busy") == null);
        assertEquals("Mali / Assimi Goïta", browser.findElement(By.cssSelector("#as-of .presidency-line")).getText());
        assertEquals(List.of("Burkina Faso since 2023-09-16", "Mali since 2023-09-16", "Niger since 2023-09-16"),
                texts("#as-of-members li"));
        assertEquals("Plan d’action du pilier défense et sécurité: presented since 2024-11-06",
                browser.findElement(By.cssSelector("#as-of-plans [data-plan=aes-defence-security-2024]")).getText());

        // The audience as entered, opened from the timeline with Enter.
        point = browser.findElement(By.cssSelector("#timeline [data-kind=meeting][data-id=" + AUDIENCE + "]"));
        assertEquals("2024-11-06 · " + TITLE + " · Palais de Koulouba, Bamako", point.getAttribute("aria-label"));
        point.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("details-title"), TITLE));
        String details = browser.findElement(By.id("details")).getText();
        assertTrue(details.contains("Chef d’état-major général des armées du Burkina Faso (holder not named by the sources)"), details);
        assertTrue(details.contains("Assimi Goïta"), details);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#details .source blockquote.quote"), AesFacts.QUOTE_AUDIENCE));
    }

    @Test
    void every_problem_the_api_reports_shows_beside_its_field_and_nothing_is_written() throws Exception {
        open("/");
        tabTo("record-type").sendKeys("Meeting");
        tabTo("rf-id").sendKeys("aes-bad-meeting");
        tabTo("rf-kind").sendKeys("other");
        tabTo("rf-date").sendKeys("2024-13-06");
        tabTo("record-save").sendKeys(Keys.ENTER);

        // Without a token, the refusal is beside the token.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("token-error"), "is required"));
        assertEquals("true", browser.findElement(By.id("token")).getAttribute("aria-invalid"));

        tabTo("token").sendKeys(TOKEN);
        tabTo("record-save").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rf-date-error"), "is not a date: month 13 does not exist"));
        WebElement date = browser.findElement(By.id("rf-date"));
        assertEquals("true", date.getAttribute("aria-invalid"));
        assertTrue(date.getAttribute("aria-describedby").contains("rf-date-error"), "the error is the field's description");
        assertEquals(date, active(), "the focus goes to the first field in error");
        assertEquals("", browser.findElement(By.id("token-error")).getText(), "the token error is gone");
        assertTrue(browser.findElement(By.id("record-summary")).getText().contains("Nothing was saved"));

        // A date of every accepted form goes through the field; a reference to nothing is refused beside it.
        date.clear();
        date.sendKeys("../2024-11-05");
        press("Add participant");
        active().sendKeys("nobody-at-all");
        tabTo("record-save").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rf-participants-1-person-error"), "nobody-at-all does not exist"));
        assertEquals("", browser.findElement(By.id("rf-date-error")).getText());
        assertEquals(404, api("GET", "/api/meetings/aes-bad-meeting", null, null).statusCode(), "nothing was written");
        Accessibility.assertNoSeriousViolations(browser, "the meeting form with its errors", "#records");
        screenshotOf("records", "record-form-errors.png");

        // A type with a key of several fields goes through the import; its problems land beside its fields too.
        tabTo("record-type").sendKeys("Membership");
        assertEquals("New membership", browser.findElement(By.id("record-form-title")).getText());
        assertFalse(browser.findElement(By.id("record-edit")).isDisplayed(), "no record of it is fetched by key");
        pick("rf-confederation", "AES", "AES");
        tabTo("rf-state").sendKeys("MLI");
        tabTo("rf-start").sendKeys("2024-02-30");
        tabTo("record-save").sendKeys(Keys.ENTER);
        wait.withMessage(() -> "the form says " + browser.findElement(By.id("record-form")).getText())
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("rf-start-error"), "is not a date"));
        assertEquals("true", browser.findElement(By.id("rf-start")).getAttribute("aria-invalid"));
        Accessibility.assertNoSeriousViolations(browser, "the page with the membership form open");

        // Such a type is created the same way: Goïta's term as the confederation's president, a span and all.
        tabTo("record-type").sendKeys("Office term");
        assertEquals("New office term", browser.findElement(By.id("record-form-title")).getText());
        pick("rf-person", "goita", "assimi-goita");
        tabTo("rf-office").sendKeys("Président de la Confédération des États du Sahel");
        pick("rf-state", "mali", "MLI");
        tabTo("rf-start").sendKeys("2024-07-06");
        tabTo("rf-end").sendKeys("2025-12-22");
        tabTo("record-save").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("record-summary"),
                "Saved: office term assimi-goita · Président de la Confédération des États du Sahel · 2024-07-06."));
        JsonNode terms = JSON.readTree(api("GET", "/api/persons/assimi-goita", null, null).body()).path("office_terms");
        assertTrue(terms.findValuesAsText("office").contains("Président de la Confédération des États du Sahel"), terms.toString());
    }

    @Test
    void a_stale_edit_is_refused_and_the_form_offers_to_reload_the_stored_record() throws Exception {
        open("/");
        tabTo("token").sendKeys(TOKEN);
        tabTo("record-type").sendKeys("Person");
        pick("record-edit-key", "barmou", "moussa-saloua-barmou");
        tabTo("record-load").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("record-form-title"), "Edit person moussa-saloua-barmou"));
        assertEquals("Moussa Saloua Barmou", browser.findElement(By.id("rf-name")).getDomProperty("value"));
        assertEquals("true", String.valueOf(browser.findElement(By.id("rf-id")).getDomProperty("readOnly")));

        // Someone else changes him after the form read him.
        HttpResponse<String> read = api("GET", "/api/persons/moussa-saloua-barmou", null, null);
        com.fasterxml.jackson.databind.node.ObjectNode changed = JSON.createObjectNode(); // the person, without what the view adds
        JsonNode stored = JSON.readTree(read.body());
        for (String field : List.of("id", "name", "sources")) {
            changed.set(field, stored.get(field));
        }
        changed.put("honorific", "Général de division");
        assertEquals(200, api("PUT", "/api/persons/moussa-saloua-barmou", changed.toString(),
                read.headers().firstValue("ETag").orElseThrow()).statusCode());

        tabTo("rf-name").sendKeys(Keys.END, " (CEMGA)");
        tabTo("record-save").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-summary"), "Someone else changed this record"));
        assertEquals("record-reload", active().getAttribute("id"), "the focus is on the offer to reload");
        assertTrue(JSON.readTree(api("GET", "/api/persons/moussa-saloua-barmou", null, null).body()).path("name").asText()
                .equals("Moussa Saloua Barmou"), "the stale edit wrote nothing");
        Accessibility.assertNoSeriousViolations(browser, "the person form, stale", "#records");

        active().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.id("rf-honorific"), "value", "Général de division"));
        assertEquals("Moussa Saloua Barmou", browser.findElement(By.id("rf-name")).getDomProperty("value"));
        tabTo("rf-name").sendKeys(Keys.END, " (CEMGA)");
        tabTo("record-save").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("record-summary"), "Saved: person moussa-saloua-barmou."));
        JsonNode person = JSON.readTree(api("GET", "/api/persons/moussa-saloua-barmou", null, null).body());
        assertEquals("Moussa Saloua Barmou (CEMGA)", person.path("name").asText());
        assertEquals("Général de division", person.path("honorific").asText(), "the other change is kept");
    }

    @Test
    void every_record_type_of_the_openapi_document_gets_a_form_with_its_required_fields() throws Exception {
        JsonNode schemas = JSON.readTree(api("GET", "/openapi.json", null, null).body()).path("components").path("schemas");
        List<String> types = new ArrayList<>();
        Map<String, JsonNode> byType = new java.util.HashMap<>();
        schemas.fields().forEachRemaining(component -> {
            JsonNode name = component.getValue().path("properties").path("type").path("enum");
            if (name.size() == 1 && !component.getKey().endsWith("Body") && !types.contains(name.get(0).asText())) {
                types.add(name.get(0).asText());
                byType.put(name.get(0).asText(), component.getValue());
            }
        });
        assertTrue(types.containsAll(List.of("source", "state", "confederation", "person", "post", "meeting", "instrument",
                "membership", "office_term", "presidency", "action_plan", "plan_event")), types.toString());
        open("/");
        assertEquals(types, browser.findElements(By.cssSelector("#record-type option")).stream()
                .map(option -> option.getAttribute("value")).toList(), "one form per record type, in the document's order");

        for (String type : types) {
            String words = Character.toUpperCase(type.charAt(0)) + type.substring(1).replace('_', ' ');
            tabTo("record-type").sendKeys(words);
            wait.until(ExpectedConditions.textToBe(By.id("record-form-title"), "New " + type.replace('_', ' ')));
            for (JsonNode required : byType.get(type).path("required")) {
                WebElement label = browser.findElement(By.cssSelector("label[for=rf-" + required.asText() + "]"));
                assertTrue(label.getText().endsWith("(required)"), type + "." + required.asText() + ": " + label.getText());
                assertEquals("true", browser.findElement(By.id("rf-" + required.asText())).getAttribute("aria-required"));
            }
            byType.get(type).path("properties").fields().forEachRemaining(field -> {
                // (a list's items are pickers too: the meeting's participants show it)
                if (field.getValue().has("x-references") && !"array".equals(field.getValue().path("type").asText())) {
                    assertEquals("combobox", browser.findElement(By.id("rf-" + field.getKey())).getAttribute("role"),
                            type + "." + field.getKey() + " is picked by searching");
                }
            });
            Accessibility.assertNoSeriousViolations(browser, "the " + type + " form", "#records");
        }
        assertEquals(List.of(), problemsInTheConsole());
    }

    private void open(String path) {
        problemsInTheConsole(); // reading the console empties it
        browser.get(base + path);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline [data-kind=presidency]"), 2));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#as-of h3")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rf-id")));
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur()");
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    /** Presses Tab (Shift+Tab when it lies before) until the element with that id has the focus: a keyboard user's way. */
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

    /** Reaches the button by Tab and presses Enter on it. */
    private void press(String buttonText) {
        for (int presses = 0; presses < 120; presses++) {
            WebElement focused = active();
            if ("button".equals(focused.getTagName()) && buttonText.equals(focused.getText())) {
                focused.sendKeys(Keys.ENTER);
                return;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reaches the button " + buttonText);
    }

    /** Types words into a reference field, then picks the record with that key from the list by arrow keys and Enter. */
    private void pick(String id, String words, String key) {
        WebElement field = tabTo(id);
        assertEquals("combobox", field.getAttribute("role"));
        field.sendKeys(words);
        wait.until(driver -> "true".equals(field.getAttribute("aria-expanded"))
                && !driver.findElements(By.cssSelector("#" + id + "-options [data-key='" + key + "']")).isEmpty());
        List<String> offered = browser.findElements(By.cssSelector("#" + id + "-options [role=option]")).stream()
                .map(option -> option.getAttribute("data-key")).toList();
        for (int i = 0; i <= offered.indexOf(key); i++) {
            field.sendKeys(Keys.ARROW_DOWN);
        }
        String chosen = field.getAttribute("aria-activedescendant");
        assertEquals(key, browser.findElement(By.id(chosen)).getAttribute("data-key"));
        field.sendKeys(Keys.ENTER);
        assertEquals(key, field.getDomProperty("value"));
        assertEquals("false", field.getAttribute("aria-expanded"));
    }

    private void typeDate(String isoDate) {
        String[] parts = isoDate.split("-");
        WebElement field = browser.findElement(By.id("cursor-date"));
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur()");
        field.sendKeys(parts[1] + parts[2] + parts[0]);
        wait.until(driver -> isoDate.equals(field.getDomProperty("value")));
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
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

    private List<String> problemsInTheConsole() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** The whole element: the window is made as tall as it for the picture, then given back. */
    private void screenshotOf(String id, String name) {
        WebElement element = browser.findElement(By.id(id));
        long height = Math.min(6000, element.getRect().getHeight() + 40L);
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", Math.max(1300, height), "deviceScaleFactor", 1, "mobile", false));
        try {
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", element);
            Files.write(TARGET.resolve("screenshots").resolve(name), element.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
