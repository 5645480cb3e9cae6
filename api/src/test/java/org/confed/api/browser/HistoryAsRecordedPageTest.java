package org.confed.api.browser;

import static org.confed.api.browser.HistoryPage.AUDIENCE;
import static org.confed.api.browser.HistoryPage.NEW_NAME;
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
 * The registry "as recorded" at an earlier instant, in headless Chromium on a real server: the field that asks for it,
 * the notice while it shows, and the address that carries it. The test's changes are committed after the day it asks
 * about: see {@link HistoryPage}.
 */
class HistoryAsRecordedPageTest {
    @RegisterExtension
    static final PageSession session = new PageSession("chromedriver-as-recorded.log");

    private final HistoryPage page = new HistoryPage(session);
    private final ChromeDriver browser = session.browser();
    private WebDriverWait wait;

    @BeforeEach
    void startServer() {
        page.serve();
        wait = session.webWait();
    }

    @Test
    void as_recorded_on_a_day_before_a_change_the_page_shows_the_old_values_and_cleared_the_new_ones() throws Exception {
        page.renamePresident();
        page.changeAudiencePlace();
        page.open("/#AES/2024-11-06");
        PresidencyLine.assertShows(browser, "Mali / " + NEW_NAME);
        assertFalse(browser.findElement(By.id("recorded-notice")).isDisplayed());
        assertEquals("", browser.findElement(By.id("recorded-date")).getDomProperty("value"));

        // By keyboard: Tab to the field, type the day.
        session.tabTo("recorded-date");
        typeDay("recorded-date", "2026-03-02");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#as-of .presidency-line"), "Mali / Assimi Goïta"));
        wait.until(driver -> driver.getCurrentUrl().endsWith("#AES/2024-11-06/recorded=2026-03-02"));
        assertAsRecorded("on 2026-03-02");
        assertEquals("Assimi Goïta · Mali", browser.findElements(By.cssSelector("#timeline [data-kind=presidency] .band-label"))
                .get(0).getText());

        // The audience as it was; its history shows the later change, marked as later than the registry on show.
        page.openAudience();
        page.placeIs(OLD_PLACE);
        List<WebElement> entries = page.historyEntries(2);
        assertTrue(entries.get(0).getAttribute("class").contains("later"), entries.get(0).getAttribute("class"));
        assertEquals("Recorded after the registry on show (as recorded on 2026-03-02)",
                entries.get(0).findElement(By.cssSelector(".change-later")).getText());
        assertFalse(entries.get(1).getAttribute("class").contains("later"));
        assertTrue(browser.findElement(By.cssSelector("#details .actions a")).getAttribute("href")
                .endsWith("/api/meetings/" + AUDIENCE + "?recorded=2026-03-02"), "the JSON link asks as recorded too");
        assertTrue(browser.findElement(By.id("export-link")).getAttribute("href").endsWith("/api/export?format=ndjson&recorded=2026-03-02"));
        Accessibility.assertNoSeriousViolations(browser, "the page as recorded on 2026-03-02, its details open");
        page.screenshot("as-recorded.png");

        // The address round-trips: opened afresh, it shows the same registry.
        page.open("/#AES/2024-11-06/recorded=2026-03-02");
        PresidencyLine.assertShows(browser, "Mali / Assimi Goïta");
        assertEquals("2026-03-02", browser.findElement(By.id("recorded-date")).getDomProperty("value"));
        assertAsRecorded("on 2026-03-02");

        // An instant to the microsecond, as the API takes it: the change is seen from the instant it was committed.
        followAddress("#AES/2024-11-06/recorded=2026-03-03T09:14:59.999999Z");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recorded-notice-text"), "at 2026-03-03 09:14:59.999999 UTC"));
        PresidencyLine.assertShows(browser, "Mali / Assimi Goïta");
        assertEquals("2026-03-03", browser.findElement(By.id("recorded-date")).getDomProperty("value"));
        followAddress("#AES/2024-11-06/recorded=2026-03-03T10:15:00%2B01:00");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#as-of .presidency-line"), "Mali / " + NEW_NAME));
        assertAsRecorded("at 2026-03-03 09:15:00 UTC");

        // Cleared from the notice, by keyboard: the registry as it stands, and the address as it was before all this.
        followAddress("#AES/2024-11-06/recorded=2026-03-02");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#as-of .presidency-line"), "Mali / Assimi Goïta"));
        session.tabTo("recorded-clear").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#as-of .presidency-line"), "Mali / " + NEW_NAME));
        wait.until(driver -> driver.getCurrentUrl().endsWith("#AES/2024-11-06"));
        assertFalse(browser.findElement(By.id("recorded-notice")).isDisplayed());
        assertEquals("", browser.findElement(By.id("recorded-date")).getDomProperty("value"));
        assertEquals("recorded-date", session.active().getAttribute("id"), "the focus goes to the field, the button being gone");
        assertEquals("", browser.findElement(By.cssSelector("#as-of .as-of-recorded")).getText());
        assertEquals("Timeline of Confédération des États du Sahel (AES)", browser.findElement(By.id("timeline-title")).getText());
        assertFalse(browser.findElement(By.tagName("body")).getAttribute("class").contains("as-recorded"));
        page.openAudience();
        page.placeIs(NEW_PLACE);
        assertEquals(0, page.historyEntries(2).stream().filter(entry -> entry.getAttribute("class").contains("later")).count());
        assertEquals(List.of(), session.problemsInTheConsole());
    }

    @Test
    void an_address_from_before_and_one_with_a_recorded_value_the_page_cannot_read_show_the_registry_as_it_stands() {
        renamePresidentQuietly();
        page.open("/#AES/2024-11-06/recorded=last-week");
        PresidencyLine.assertShows(browser, "Mali / " + NEW_NAME);
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
        assertEquals(List.of(), session.problemsInTheConsole().stream()
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

    private void renamePresidentQuietly() {
        try {
            page.renamePresident();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A new address typed over the old one: the page follows it without reloading. */
    private void followAddress(String hash) {
        ((JavascriptExecutor) browser).executeScript("window.location.hash = arguments[0]", hash);
    }

    // A date as a person types it in Chromium's en-US field: month, day, then year.
    private void typeDay(String id, String isoDate) {
        String[] parts = isoDate.split("-");
        WebElement field = browser.findElement(By.id(id));
        field.sendKeys(parts[1] + parts[2] + parts[0]);
        wait.withMessage(() -> "the field shows " + field.getDomProperty("value") + ", not " + isoDate)
                .until(driver -> isoDate.equals(field.getDomProperty("value")));
    }
}
