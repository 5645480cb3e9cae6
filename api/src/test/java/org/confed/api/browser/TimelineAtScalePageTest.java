package org.confed.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.confed.application.json.RecordJson;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.MeetingKind;
import org.confed.domain.model.PartialDate;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.persistence.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The timeline page over an H2 store of {@value #MEETINGS} meetings (about ten a day since 2000) besides the AES
 * facts, in headless Chromium: it opens, moves the date, opens a meeting from the counts drawn for the meetings, and
 * searches, with no error shown; and every request it made was bounded, its answer small.
 */
class TimelineAtScalePageTest {
    static final int MEETINGS = 100_000;
    /** Records a write session takes at a time, as an import hands them over. */
    private static final int CHUNK = 1000;
    /** A word of one meeting only, for the search. */
    private static final String RARE_WORD = "zanzibarique";
    /** The most bytes one answer may take: a page of 500 meetings stays well within it. */
    private static final long MAX_ANSWER_BYTES = 512 * 1024;

    @RegisterExtension
    static final PageSession session = new PageSession("chromedriver-at-scale.log", Duration.ofSeconds(60));

    private static Path directory;
    private static Store store;
    private static String base;

    @BeforeAll
    static void serveAStoreOfManyMeetings() throws IOException {
        directory = Files.createTempDirectory("confed-at-scale");
        store = Store.open("jdbc:h2:file:" + directory.resolve("confed"), RecordJson.codec());
        store.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), Actor.CLI);
        // one transaction, a chunk at a time, as an import writes: the quickest way in
        store.transact(Actor.CLI, writing -> {
            LocalDate first = LocalDate.of(2000, 1, 1);
            List<RecordWrite> chunk = new ArrayList<>(CHUNK);
            for (int i = 0; i < MEETINGS; i++) {
                String title = i == MEETINGS / 2 ? "Réunion " + RARE_WORD : "Réunion numéro " + i;
                chunk.add(RecordWrite.upsert(new Meeting(MeetingId.of("scale-" + i), AesFacts.AES, MeetingKind.OTHER,
                        PartialDate.parse(first.plusDays(i % 9500).toString()), null, "Niamey", title, List.of(),
                        List.of(), AesFacts.cites(AesFacts.APA), null)));
                if (chunk.size() == CHUNK || i == MEETINGS - 1) {
                    writing.putAll(chunk);
                    chunk.clear();
                }
            }
            return null;
        });
        base = session.serve(store, org.confed.api.http.ApiConfig.defaults(
                org.confed.api.http.Tokens.of(Map.of("alice", PageSession.TOKEN))).withClock(PageSession.TODAY)
                .withWebRoot(org.confed.api.http.ApiConfig.DEFAULT_WEB_ROOT));
    }

    @AfterAll
    static void closeTheStore() throws IOException {
        if (store != null) {
            store.close();
        }
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @Test
    void the_page_stays_usable_and_every_request_it_makes_is_bounded() {
        ChromeDriver browser = session.browser();
        WebDriverWait wait = session.webWait();
        browser.get(base + "/#AES/2000-01-01");
        ((JavascriptExecutor) browser).executeScript("performance.setResourceTimingBufferSize(5000)");
        wait.withMessage("the timeline draws the meetings as counts per period")
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline [data-kind=meeting-count]")));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#as-of .as-of-date"), "2000-01-01"));
        wait.withMessage("the date panel answers").until(driver -> !driver.findElement(By.cssSelector("#as-of .as-of-body"))
                .getText().contains("Loading"));
        noErrorShown(browser);
        long drawn = browser.findElements(By.cssSelector("#timeline [data-kind=meeting-count]")).stream()
                .mapToLong(bar -> Long.parseLong(bar.getAttribute("data-meetings"))).sum();
        assertEquals(MEETINGS + AesFacts.meetings().size(), drawn, "every meeting is counted in some bar");
        session.screenshot("timeline-at-scale.png");

        WebElement date = browser.findElement(By.id("cursor-date"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2010-06-15';"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", date);
        wait.withMessage("the date panel follows the date")
                .until(ExpectedConditions.textToBe(By.cssSelector("#as-of .as-of-date"), "2010-06-15"));
        assertTrue(browser.getCurrentUrl().endsWith("#AES/2010-06-15"), browser.getCurrentUrl());

        WebElement bar = browser.findElement(By.cssSelector("#timeline [data-kind=meeting-count][data-period='2010-06']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", bar);
        wait.withMessage("the bar lists its meetings")
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#details .period-meetings button")));
        WebElement listed = browser.findElement(By.cssSelector("#details .period-meetings button"));
        String id = listed.getAttribute("data-id");
        listed.click();
        wait.withMessage("the meeting's details open").until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("details-title"), "Réunion numéro " + id.substring("scale-".length())));
        assertEquals(1, browser.findElements(By.cssSelector("#meeting option[value='" + id + "']")).size(),
                "the meeting opened is offered in the status form, which cannot list them all");

        WebElement search = browser.findElement(By.id("search-q"));
        search.sendKeys(RARE_WORD);
        browser.findElement(By.cssSelector("#search-form button[type=submit], #search-form button")).click();
        wait.withMessage("the search finds the one meeting").until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("search-status"), "1 meeting matches"));
        browser.findElement(By.cssSelector("#search-results button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("details-title"), "Réunion " + RARE_WORD));
        noErrorShown(browser);
        // a day without a presidency is answered 404, which the browser notes; the page says "none" instead
        assertEquals(List.of(), session.problemsInTheConsole().stream()
                .filter(problem -> !problem.matches(".*/presidency\\?at=[0-9-]+ - Failed to load resource: .* 404 .*")).toList());
        everyRequestWasBounded(browser);
    }

    private static void noErrorShown(ChromeDriver browser) {
        WebElement status = browser.findElement(By.id("page-status"));
        assertFalse(status.isDisplayed() && !status.getText().isBlank(), "the page says: " + status.getText());
        assertEquals(List.of(), browser.findElements(By.cssSelector(".error")).stream().map(WebElement::getText)
                .filter(text -> !text.isBlank()).toList());
    }

    /** Each list asked for carried a limit (or, for counts, a span), and no answer was large. */
    @SuppressWarnings("unchecked")
    private static void everyRequestWasBounded(ChromeDriver browser) {
        List<Map<String, Object>> requests = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').filter(e => e.name.includes('/api/'))"
                        + ".map(e => ({url: e.name, bytes: e.encodedBodySize}))");
        assertTrue(requests.size() > 10, "the page asked the API: " + requests);
        List<String> unbounded = new ArrayList<>();
        for (Map<String, Object> request : requests) {
            String url = (String) request.get("url");
            String path = url.substring(base.length()).split("\\?")[0];
            boolean list = path.matches("/api/(timeline|meetings|action-plans|states|confederations|persons|posts|"
                    + "instruments|sources|changes)") || path.matches("/api/persons/[^/]+");
            boolean counts = path.equals("/api/timeline/counts");
            if (list && !url.contains("limit=") || counts && !(url.contains("from=") && url.contains("to="))) {
                unbounded.add(url);
            }
            if (((Number) request.get("bytes")).longValue() > MAX_ANSWER_BYTES) {
                unbounded.add(url + " answered " + request.get("bytes") + " bytes");
            }
        }
        assertEquals(List.of(), unbounded);
    }
}
