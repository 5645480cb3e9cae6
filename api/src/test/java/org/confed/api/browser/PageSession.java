package org.confed.api.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

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
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test class and the confed server it looks at, with the few helpers the browser tests
 * share. Registered as a static extension, it starts the browser before the class and quits it after; before each
 * test it skips it when Chromium is missing (fails it under {@code CI=true}, see {@link Chromium#assumeInstalled()})
 * and gives it a fresh {@link #webWait()}. The class starts the server with {@link #serve}: in a {@code @BeforeEach}
 * for a server per test, in a {@code @BeforeAll} for one shared by the class; it is stopped after the same span.
 */
final class PageSession implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
    static final String TOKEN = "alice-token-0123456789abcdef";
    /** The server's today: the page opens on Burkina Faso's presidency. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target");
    static final Path SCREENSHOTS = TARGET.resolve("screenshots");

    private final String driverLog;
    private final Duration timeout;
    private Path profile;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private Javalin server;
    private boolean inTest;
    private boolean serverPerTest;

    /** @param driverLog the chromedriver log's name under {@code target/}, one per class so none overwrites another */
    PageSession(String driverLog) {
        this(driverLog, Duration.ofSeconds(15));
    }

    PageSession(String driverLog, Duration timeout) {
        this.driverLog = driverLog;
        this.timeout = timeout;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!Chromium.installed()) {
            return; // each test then says why it is skipped (or, under CI=true, fails)
        }
        profile = Chromium.newProfile();
        Files.createDirectories(SCREENSHOTS);
        browser = Chromium.start(profile, TARGET.resolve(driverLog));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Chromium.assumeInstalled();
        inTest = true;
        // A new wait per test: withMessage(…) changes the wait it is called on.
        wait = new WebDriverWait(browser, timeout);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        inTest = false;
        if (serverPerTest) {
            stopServer();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (browser != null) {
            browser.quit();
        }
        stopServer();
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The records, written at once by the CLI, in a registry dated by {@code clock}. */
    static InMemoryRegistry registry(Clock clock, List<? extends ConfedRecord> records) {
        InMemoryRegistry registry = new InMemoryRegistry(clock);
        List<RecordWrite> writes = new ArrayList<>();
        for (ConfedRecord record : records) {
            writes.add(RecordWrite.upsert(record));
        }
        registry.write(writes, Actor.CLI);
        return registry;
    }

    /** Serves the page and the API on a free port, alice holding {@link #TOKEN}; returns the server's address. */
    String serve(Registry registry) {
        return serve(registry, ApiConfig.defaults(Tokens.of(Map.of("alice", TOKEN))).withClock(TODAY)
                .withWebRoot(ApiConfig.DEFAULT_WEB_ROOT));
    }

    String serve(Registry registry, ApiConfig config) {
        server = ConfedApi.create(registry, config).start("127.0.0.1", 0);
        serverPerTest = inTest;
        return base();
    }

    private void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    ChromeDriver browser() {
        return browser;
    }

    WebDriverWait webWait() {
        return wait;
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Errors and policy violations the page caused, as the browser's console reported them; reading empties it. */
    List<String> problemsInTheConsole() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Every file the page loaded from anywhere but this server. */
    List<String> resourcesFromElsewhere() {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(entry => entry.name)"
                        + ".concat(performance.getEntriesByType('navigation').map(entry => entry.name))");
        assertFalse(loaded.isEmpty());
        String base = base();
        return loaded.stream().filter(url -> !url.startsWith(base + "/")).toList();
    }

    List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    WebElement active() {
        return browser.switchTo().activeElement();
    }

    /** Presses Tab (Shift+Tab when it lies before) until the element with that id has the focus: a keyboard user's way. */
    WebElement tabTo(String id) {
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

    /** A request to the server; a body goes with alice's token, as JSON. */
    HttpResponse<String> api(String method, String path, String body, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The window as it is, to {@code target/screenshots/name}. */
    void screenshot(String name) {
        save(name, browser.getScreenshotAs(OutputType.BYTES));
    }

    void save(String name, byte[] picture) {
        try {
            Files.write(SCREENSHOTS.resolve(name), picture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code take} with the page laid out at width × height CSS pixels, then gives the window its own size back. */
    void inWindowOf(long width, long height, Runnable take) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        try {
            take.run();
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
