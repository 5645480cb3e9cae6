package org.confed.api.browser;

import static org.confed.api.browser.HistoryPage.AUDIENCE;
import static org.confed.api.browser.HistoryPage.CHANGED;
import static org.confed.api.browser.HistoryPage.LOADED;
import static org.confed.api.browser.HistoryPage.NEW_PLACE;
import static org.confed.api.browser.HistoryPage.OLD_PLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A record's history in its details, in headless Chromium on a real server: what the change log holds for it, read
 * anew when the details open again, and said when it cannot be read. The log's dates are set by the test: see
 * {@link HistoryPage}.
 */
class HistoryPanelPageTest {
    @RegisterExtension
    static final PageSession session = new PageSession("chromedriver-history.log");

    private final HistoryPage page = new HistoryPage(session);
    private final ChromeDriver browser = session.browser();
    private String base;
    private WebDriverWait wait;

    @BeforeEach
    void startServer() {
        base = page.serve();
        wait = session.webWait();
    }

    @Test
    void a_meetings_details_show_its_history_and_then_the_update_made_through_the_api_with_the_field_it_changed() throws Exception {
        page.open("/#AES/2024-11-06");
        page.openAudience();
        List<WebElement> entries = page.historyEntries(1);
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

        page.changeAudiencePlace();

        // The details read the history anew when they open again: the update comes first, by alice, with what it changed.
        page.openAudience();
        entries = page.historyEntries(2);
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
        page.open("/#AES/2024-11-06");
        page.openAudience();
        page.placeIs(NEW_PLACE);
        assertEquals(List.of("update", "insert"), page.historyEntries(2).stream().map(entry -> entry.getAttribute("data-kind")).toList());

        Accessibility.assertNoSeriousViolations(browser, "the details with their history", "#details");
        assertEquals(List.of(), session.problemsInTheConsole());
        page.screenshotOf("details", "record-history.png");
    }

    @Test
    void the_history_of_a_presidency_and_of_a_plan_event_are_read_by_their_composite_keys() {
        page.open("/#AES/2024-11-06");
        browser.findElement(By.cssSelector("#timeline [data-kind=presidency][data-start='2024-07-06']")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("details-title"), "Presidency of Mali"));
        page.historyEntries(1);
        assertEquals("presidency:AES:2024-07-06", browser.findElement(By.cssSelector("#details .history")).getAttribute("data-record"));
        assertEquals("created", browser.findElement(By.cssSelector("#details .history .change-kind")).getText());

        // A date known only as "on or before 2024-11-05" is part of the plan event's key, as the log names it.
        browser.findElement(By.cssSelector("#timeline [data-kind=plan-event][data-status=validated]")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("details-title"), "Plan d’action du pilier défense et sécurité"));
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#details .history"), "data-record",
                "plan_event:aes-defence-security-2024:validated:../2024-11-05"));
        assertEquals("insert", page.historyEntries(1).get(0).getAttribute("data-kind"));
        assertEquals(List.of(), session.problemsInTheConsole());
    }

    @Test
    void a_history_that_cannot_be_read_is_said_in_the_details_and_the_rest_of_them_stays() {
        page.open("/#AES/2024-11-06");
        // The change log stops answering; everything else still does.
        ((JavascriptExecutor) browser).executeScript("const real = window.fetch;"
                + " window.fetch = (url, options) => String(url).startsWith('/api/changes')"
                + " ? Promise.reject(new TypeError('Failed to fetch')) : real(url, options);");
        page.openAudience();
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#details .history-status.error")));
        assertEquals("Could not load the history of this record: The server did not answer. Is confed serve still running?",
                status.getText());
        assertEquals(0, browser.findElements(By.cssSelector("#details .history-list")).size());
        page.placeIs(OLD_PLACE);
        assertEquals(null, browser.findElement(By.cssSelector("#details .history")).getAttribute("aria-busy"));
        assertEquals(List.of(), session.problemsInTheConsole(), "no unhandled error");
    }
}
