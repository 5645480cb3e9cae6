package org.confed.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.confed.api.http.ApiConfig;
import org.confed.api.http.ConfedApi;
import org.confed.api.http.Tokens;
import org.confed.application.json.Json;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API reference at {@code /api/docs/}: Swagger UI from the jar, on this server's document, in headless
 * Chromium under the server's Content-Security-Policy, reached from the timeline page's footer.
 */
class ApiReferencePageTest {
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    private static Path profile;
    private static ChromeDriver browser;
    private static Javalin server;
    private static String base;

    private WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        if (!Chromium.installed()) {
            return; // each test then says why it is skipped (or, under CI=true, fails)
        }
        InMemoryRegistry registry = new InMemoryRegistry(TODAY);
        List<RecordWrite> writes = new ArrayList<>();
        AesFacts.all().forEach(record -> writes.add(RecordWrite.upsert(record)));
        registry.write(writes, Actor.CLI);
        server = ConfedApi.create(registry, ApiConfig.defaults(Tokens.none()).withClock(TODAY)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        profile = Chromium.newProfile();
        Files.createDirectories(SCREENSHOTS);
        browser = Chromium.start(profile, Path.of(System.getProperty("basedir", "."), "target", "chromedriver-docs.log"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
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
    void needsTheBrowser() {
        Chromium.assumeInstalled();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @Test
    void the_reference_lists_every_operation_of_the_document_and_loads_nothing_from_elsewhere() throws Exception {
        problemsInTheConsole();
        browser.get(base + "/api/docs/");
        List<String> documented = operations();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".opblock"), documented.size()));

        List<String> listed = new ArrayList<>();
        for (WebElement operation : browser.findElements(By.cssSelector(".opblock"))) {
            String method = operation.findElement(By.cssSelector(".opblock-summary-method")).getText();
            String path = operation.findElement(By.cssSelector(".opblock-summary-path")).getAttribute("data-path");
            listed.add(method + " " + path);
        }
        assertEquals(new TreeSet<>(documented), new TreeSet<>(listed));
        assertEquals("confed", browser.findElement(By.cssSelector(".info .title")).getText().split("\\s")[0]);
        assertEquals(List.of(), problemsInTheConsole(), "no error, no policy violation");
        assertEquals(List.of(), resourcesFromElsewhere());
        screenshot("api-reference.png");

        // One operation opened, as a reader would: its parameters and answers are there.
        WebElement presidency = browser.findElement(By.cssSelector("#operations-confederations-presidencyOn .opblock-summary-control"));
        presidency.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#operations-confederations-presidencyOn .parameters")));
        String opened = browser.findElement(By.id("operations-confederations-presidencyOn")).getText();
        assertTrue(opened.contains("at") && opened.contains("404"), opened);
        screenshot("api-reference-operation.png");
    }

    @Test
    void the_reference_has_no_serious_or_critical_accessibility_violations() {
        browser.get(base + "/api/docs/");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".opblock"), operations().size()));
        browser.findElement(By.cssSelector("#operations-confederations-presidencyOn .opblock-summary-control")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#operations-confederations-presidencyOn .parameters")));

        Accessibility.assertNoSeriousViolations(browser, "the API reference");
    }

    @Test
    void the_timeline_page_footer_leads_to_the_reference() {
        browser.get(base + "/");
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("API reference")));
        link.click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
        assertEquals(base + "/api/docs/", browser.getCurrentUrl());
    }

    @Test
    void the_reference_runs_under_the_same_strict_policy_as_the_page() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/api/docs/", "/api/docs/docs.js", "/api/docs/swagger-ui-bundle.js")) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), path);
            String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("script-src 'self'") && policy.contains("style-src 'self'"), path + ": " + policy);
            assertFalse(policy.contains("unsafe"), path + ": " + policy);
        }
        // Swagger UI's own start page would fetch the petstore document from the Internet; it is not served.
        for (String path : List.of("/api/docs/swagger-initializer.js", "/api/docs/oauth2-redirect.html")) {
            assertEquals(404, client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), path);
        }
    }

    /** Every operation of the served document, as Swagger UI names it: {@code GET /api/health}. */
    private static List<String> operations() {
        try {
            HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/openapi.json")).build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode document = Json.mapper().readTree(answer.body());
            List<String> operations = new ArrayList<>();
            Set<String> methods = Set.of("get", "head", "put", "post", "delete", "patch", "options");
            document.get("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                if (methods.contains(method)) {
                    operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                }
            }));
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> problemsInTheConsole() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    private static List<String> resourcesFromElsewhere() {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(entry => entry.name)"
                        + ".concat(performance.getEntriesByType('navigation').map(entry => entry.name))");
        assertFalse(loaded.isEmpty());
        return loaded.stream().filter(url -> !url.startsWith(base + "/")).toList();
    }

    private static void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
