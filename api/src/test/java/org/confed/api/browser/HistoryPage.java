package org.confed.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What the history page tests ({@link HistoryPanelPageTest}, {@link HistoryAsRecordedPageTest}) share: a server whose
 * change log is dated by a clock the test sets, the test's own changes, and the page's parts they read. The AES demo
 * facts are written by the CLI on 2026-03-01 at 12:00 UTC, and the test's changes, through the API with alice's token,
 * on 2026-03-03 at 09:15 UTC, so that "as recorded on 2026-03-02" is the registry before them.
 */
final class HistoryPage {
    static final Instant LOADED = Instant.parse("2026-03-01T12:00:00Z");
    static final Instant CHANGED = Instant.parse("2026-03-03T09:15:00Z");
    static final String AUDIENCE = AesFacts.KOULOUBA_AUDIENCE.toString();
    static final String OLD_PLACE = "Palais de Koulouba, Bamako";
    static final String NEW_PLACE = "Palais de Koulouba, Bamako (Mali)";
    static final String NEW_NAME = "Assimi GOÏTA";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PageSession session;
    private final LogClock clock = new LogClock(LOADED);

    HistoryPage(PageSession session) {
        this.session = session;
    }

    /** Serves the demo facts, their change log dated by this page's clock; returns the server's address. */
    String serve() {
        return session.serve(PageSession.registry(clock, AesFacts.all()));
    }

    // The test's changes, committed at CHANGED through the API.

    void changeAudiencePlace() throws Exception {
        clock.set(CHANGED);
        ObjectNode meeting = (ObjectNode) writtenContent("/api/meetings/" + AUDIENCE);
        meeting.put("place", NEW_PLACE);
        put("/api/meetings/" + AUDIENCE, meeting);
    }

    void renamePresident() throws Exception {
        clock.set(CHANGED);
        ObjectNode person = (ObjectNode) writtenContent("/api/persons/assimi-goita");
        person.put("name", NEW_NAME);
        put("/api/persons/assimi-goita", person);
    }

    /** The record as last written, from its history (a GET of a person adds what refers to it). */
    private JsonNode writtenContent(String path) throws Exception {
        HttpResponse<String> history = session.api("GET", path + "/history", null, null);
        assertEquals(200, history.statusCode(), history.body());
        JsonNode items = JSON.readTree(history.body()).path("items");
        return items.get(items.size() - 1).path("content").deepCopy();
    }

    private void put(String path, JsonNode record) throws Exception {
        String etag = session.api("GET", path, null, null).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> written = session.api("PUT", path, record.toString(), etag);
        assertEquals(200, written.statusCode(), written.body());
    }

    // The page.

    void open(String path) {
        session.problemsInTheConsole(); // reading the console empties it: what an earlier test left there is not this one's
        session.browser().get("about:blank"); // the same address again would only move within the page, not load it anew
        session.browser().get(session.base() + path);
        session.webWait().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline [data-kind=presidency]"), 2));
        session.webWait().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#as-of h3")));
        session.webWait().until(driver -> driver.findElement(By.id("as-of")).getAttribute("aria-busy") == null);
    }

    void openAudience() {
        // Its mark may lie under another at this scale: the details are reached with Enter, as by keyboard.
        session.browser().findElement(By.cssSelector("#timeline [data-kind=meeting][data-id=" + AUDIENCE + "]")).sendKeys(Keys.ENTER);
        session.webWait().until(ExpectedConditions.textToBe(By.id("details-title"), "Audience des chefs d’état-major généraux des armées de l’AES"));
    }

    void placeIs(String place) {
        session.webWait().until(ExpectedConditions.textToBe(By.cssSelector("#details dd[data-field=place]"), place));
    }

    List<WebElement> historyEntries(int count) {
        session.webWait().withMessage(() -> "the history shows " + session.browser().findElement(By.cssSelector("#details")).getText())
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#details .history-list > li"), count));
        return session.browser().findElements(By.cssSelector("#details .history-list > li"));
    }

    /** The window at 1400 × 1000, as the README's pictures are. */
    void screenshot(String name) {
        session.inWindowOf(1400, 1000, () -> {
            ((JavascriptExecutor) session.browser()).executeScript("window.scrollTo(0, 0)");
            session.screenshot(name);
        });
    }

    /** The window at 1400 × 1000, scrolled to the element. */
    void screenshotOf(String id, String name) {
        session.inWindowOf(1400, 1000, () -> {
            ((JavascriptExecutor) session.browser()).executeScript("arguments[0].scrollIntoView()",
                    session.browser().findElement(By.id(id)));
            session.screenshot(name);
        });
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
