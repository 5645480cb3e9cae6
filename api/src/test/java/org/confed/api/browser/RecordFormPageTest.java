package org.confed.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.PlanEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The record forms, generated in the page from the OpenAPI document, driven by keyboard alone in headless Chromium.
 * The server holds the AES demo facts without the Koulouba audience of 2024-11-06 (and the plan event's reference to
 * it): the first test records that audience from nothing through the forms, then asks the date panel about its day.
 */
class RecordFormPageTest {
    private static final String TOKEN = PageSession.TOKEN;
    private static final String AUDIENCE = AesFacts.KOULOUBA_AUDIENCE.toString();
    private static final String TITLE = "Audience des chefs d’état-major généraux des armées de l’AES";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final PageSession session = new PageSession("chromedriver-forms.log");

    private final ChromeDriver browser = session.browser();
    private String base;
    private WebDriverWait wait;

    @BeforeEach
    void startServer() {
        List<ConfedRecord> records = new ArrayList<>();
        for (ConfedRecord record : AesFacts.all()) {
            if (record instanceof Meeting meeting && meeting.id().equals(AesFacts.KOULOUBA_AUDIENCE)) {
                continue;
            }
            if (record instanceof PlanEvent event && AesFacts.KOULOUBA_AUDIENCE.equals(event.meeting())) {
                record = new PlanEvent(event.plan(), event.status(), event.date(), null, event.note(), event.sources(), event.disputes());
            }
            records.add(record);
        }
        base = session.serve(PageSession.registry(PageSession.TODAY, records));
        wait = session.webWait();
    }

    @Test
    void the_koulouba_audience_is_recorded_from_nothing_by_keyboard_and_the_date_panel_then_answers_for_its_day() throws Exception {
        open("/#AES/2024-11-06");
        assertEquals(404, session.api("GET", "/api/meetings/" + AUDIENCE, null, null).statusCode(), "the audience is not there yet");
        assertEquals(0, browser.findElements(By.cssSelector("#timeline [data-kind=meeting][data-id=" + AUDIENCE + "]")).size());

        session.tabTo("token").sendKeys(TOKEN);
        session.tabTo("record-type").sendKeys("Meeting");
        assertEquals("New meeting", browser.findElement(By.id("record-form-title")).getText());
        session.tabTo("rf-id").sendKeys(AUDIENCE);
        // References are found by searching, accents and case aside: "etats du sahel" finds the confederation AES.
        pick("rf-confederation", "etats du sahel", "AES");
        session.tabTo("rf-kind").sendKeys("audience");
        session.tabTo("rf-date").sendKeys("2024-11-06");
        session.tabTo("rf-place").sendKeys("Palais de Koulouba, Bamako");
        session.tabTo("rf-title").sendKeys(TITLE);

        press("Add participant");
        assertEquals("rf-participants-1-person", session.active().getAttribute("id"), "the new participant's first field takes the focus");
        pick("rf-participants-1-person", "goita", "assimi-goita");
        session.tabTo("rf-participants-1-capacity").sendKeys("Président de la Transition du Mali");
        press("Add participant");
        // A chief of defence staff whom the dispatch does not name: the participant is the post alone.
        pick("rf-participants-2-post", "armees du burkina", "bfa-chief-of-defence-staff");
        session.tabTo("rf-participants-2-capacity").sendKeys("Chef d’état-major général des armées du Burkina Faso");
        press("Add participant");
        pick("rf-participants-3-person", "barmou", "moussa-saloua-barmou");
        pick("rf-participants-3-post", "armees du niger", "ner-chief-of-defence-staff");

        press("Add topic");
        session.active().sendKeys("Défis logistiques");
        press("Add citation");
        pick("rf-sources-1-source", "koulouba", "apa-2024-11-06-koulouba");
        session.tabTo("rf-sources-1-quote").sendKeys(AesFacts.QUOTE_AUDIENCE);
        assertEquals(List.of("Participant 1", "Participant 2", "Participant 3"), session.texts("#rf-participants > .rows > li > fieldset > legend"));

        Accessibility.assertNoSeriousViolations(browser, "the meeting form, filled in", "#records");
        screenshotOf("records", "record-form.png");
        session.tabTo("record-save").sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.textToBe(By.id("record-summary"), "Saved: meeting " + AUDIENCE + "."));
        HttpResponse<String> stored = session.api("GET", "/api/meetings/" + AUDIENCE, null, null);
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

        assertEquals(List.of(), session.problemsInTheConsole(), "no error and no policy violation");

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
                session.texts("#as-of-members li"));
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
        session.tabTo("record-type").sendKeys("Meeting");
        session.tabTo("rf-id").sendKeys("aes-bad-meeting");
        session.tabTo("rf-kind").sendKeys("other");
        session.tabTo("rf-date").sendKeys("2024-13-06");
        session.tabTo("record-save").sendKeys(Keys.ENTER);

        // Without a token, the refusal is beside the token.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("token-error"), "is required"));
        assertEquals("true", browser.findElement(By.id("token")).getAttribute("aria-invalid"));

        session.tabTo("token").sendKeys(TOKEN);
        session.tabTo("record-save").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rf-date-error"), "is not a date: month 13 does not exist"));
        WebElement date = browser.findElement(By.id("rf-date"));
        assertEquals("true", date.getAttribute("aria-invalid"));
        assertTrue(date.getAttribute("aria-describedby").contains("rf-date-error"), "the error is the field's description");
        assertEquals(date, session.active(), "the focus goes to the first field in error");
        assertEquals("", browser.findElement(By.id("token-error")).getText(), "the token error is gone");
        assertTrue(browser.findElement(By.id("record-summary")).getText().contains("Nothing was saved"));

        // A date of every accepted form goes through the field; a reference to nothing is refused beside it.
        date.clear();
        date.sendKeys("../2024-11-05");
        press("Add participant");
        session.active().sendKeys("nobody-at-all");
        session.tabTo("record-save").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rf-participants-1-person-error"), "nobody-at-all does not exist"));
        assertEquals("", browser.findElement(By.id("rf-date-error")).getText());
        assertEquals(404, session.api("GET", "/api/meetings/aes-bad-meeting", null, null).statusCode(), "nothing was written");
        Accessibility.assertNoSeriousViolations(browser, "the meeting form with its errors", "#records");
        screenshotOf("records", "record-form-errors.png");

        // A type with a key of several fields goes through the import; its problems land beside its fields too.
        session.tabTo("record-type").sendKeys("Membership");
        assertEquals("New membership", browser.findElement(By.id("record-form-title")).getText());
        assertFalse(browser.findElement(By.id("record-edit")).isDisplayed(), "no record of it is fetched by key");
        pick("rf-confederation", "AES", "AES");
        session.tabTo("rf-state").sendKeys("MLI");
        session.tabTo("rf-start").sendKeys("2024-02-30");
        session.tabTo("record-save").sendKeys(Keys.ENTER);
        wait.withMessage(() -> "the form says " + browser.findElement(By.id("record-form")).getText())
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("rf-start-error"), "is not a date"));
        assertEquals("true", browser.findElement(By.id("rf-start")).getAttribute("aria-invalid"));
        Accessibility.assertNoSeriousViolations(browser, "the page with the membership form open");

        // Such a type is created the same way: Goïta's term as the confederation's president, a span and all.
        session.tabTo("record-type").sendKeys("Office term");
        assertEquals("New office term", browser.findElement(By.id("record-form-title")).getText());
        pick("rf-person", "goita", "assimi-goita");
        session.tabTo("rf-office").sendKeys("Président de la Confédération des États du Sahel");
        pick("rf-state", "mali", "MLI");
        session.tabTo("rf-start").sendKeys("2024-07-06");
        session.tabTo("rf-end").sendKeys("2025-12-22");
        session.tabTo("record-save").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("record-summary"),
                "Saved: office term assimi-goita · Président de la Confédération des États du Sahel · 2024-07-06."));
        JsonNode terms = JSON.readTree(session.api("GET", "/api/persons/assimi-goita", null, null).body()).path("office_terms");
        assertTrue(terms.findValuesAsText("office").contains("Président de la Confédération des États du Sahel"), terms.toString());
    }

    @Test
    void a_stale_edit_is_refused_and_the_form_offers_to_reload_the_stored_record() throws Exception {
        open("/");
        session.tabTo("token").sendKeys(TOKEN);
        session.tabTo("record-type").sendKeys("Person");
        pick("record-edit-key", "barmou", "moussa-saloua-barmou");
        session.tabTo("record-load").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("record-form-title"), "Edit person moussa-saloua-barmou"));
        assertEquals("Moussa Saloua Barmou", browser.findElement(By.id("rf-name")).getDomProperty("value"));
        assertEquals("true", String.valueOf(browser.findElement(By.id("rf-id")).getDomProperty("readOnly")));

        // Someone else changes him after the form read him.
        HttpResponse<String> read = session.api("GET", "/api/persons/moussa-saloua-barmou", null, null);
        com.fasterxml.jackson.databind.node.ObjectNode changed = JSON.createObjectNode(); // the person, without what the view adds
        JsonNode stored = JSON.readTree(read.body());
        for (String field : List.of("id", "name", "sources")) {
            changed.set(field, stored.get(field));
        }
        changed.put("honorific", "Général de division");
        assertEquals(200, session.api("PUT", "/api/persons/moussa-saloua-barmou", changed.toString(),
                read.headers().firstValue("ETag").orElseThrow()).statusCode());

        session.tabTo("rf-name").sendKeys(Keys.END, " (CEMGA)");
        session.tabTo("record-save").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-summary"), "Someone else changed this record"));
        assertEquals("record-reload", session.active().getAttribute("id"), "the focus is on the offer to reload");
        assertTrue(JSON.readTree(session.api("GET", "/api/persons/moussa-saloua-barmou", null, null).body()).path("name").asText()
                .equals("Moussa Saloua Barmou"), "the stale edit wrote nothing");
        Accessibility.assertNoSeriousViolations(browser, "the person form, stale", "#records");

        session.active().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.id("rf-honorific"), "value", "Général de division"));
        assertEquals("Moussa Saloua Barmou", browser.findElement(By.id("rf-name")).getDomProperty("value"));
        session.tabTo("rf-name").sendKeys(Keys.END, " (CEMGA)");
        session.tabTo("record-save").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("record-summary"), "Saved: person moussa-saloua-barmou."));
        JsonNode person = JSON.readTree(session.api("GET", "/api/persons/moussa-saloua-barmou", null, null).body());
        assertEquals("Moussa Saloua Barmou (CEMGA)", person.path("name").asText());
        assertEquals("Général de division", person.path("honorific").asText(), "the other change is kept");
    }

    @Test
    void every_record_type_of_the_openapi_document_gets_a_form_with_its_required_fields() throws Exception {
        JsonNode schemas = JSON.readTree(session.api("GET", "/openapi.json", null, null).body()).path("components").path("schemas");
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
            session.tabTo("record-type").sendKeys(words);
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
        assertEquals(List.of(), session.problemsInTheConsole());
    }

    private void open(String path) {
        session.problemsInTheConsole(); // reading the console empties it
        browser.get(base + path);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline [data-kind=presidency]"), 2));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#as-of h3")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rf-id")));
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur()");
    }

    /** Reaches the button by Tab and presses Enter on it. */
    private void press(String buttonText) {
        for (int presses = 0; presses < 120; presses++) {
            WebElement focused = session.active();
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
        WebElement field = session.tabTo(id);
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

    /** The whole element: the window is made as tall as it for the picture, then given back. */
    private void screenshotOf(String id, String name) {
        WebElement element = browser.findElement(By.id(id));
        long height = Math.min(6000, element.getRect().getHeight() + 40L);
        session.inWindowOf(1280, Math.max(1300, height), () -> {
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", element);
            session.save(name, element.getScreenshotAs(OutputType.BYTES));
        });
    }
}
