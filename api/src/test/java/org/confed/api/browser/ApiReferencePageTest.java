package org.confed.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.confed.api.http.ApiConfig;
import org.confed.api.http.Tokens;
import org.confed.application.json.Json;
import org.confed.domain.fixtures.AesFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API reference at {@code /api/docs/}: Swagger UI from the jar, on this server's document, in headless
 * Chromium under the server's Content-Security-Policy, reached from the timeline page's footer.
 */
class ApiReferencePageTest {
    // Swagger UI takes longer to draw than the timeline page.
    @RegisterExtension
    static final PageSession session = new PageSession("chromedriver-docs.log", Duration.ofSeconds(30));

    private static String base;

    private final ChromeDriver browser = session.browser();
    private WebDriverWait wait;

    @BeforeAll
    static void startServer() {
        if (!Chromium.installed()) {
            return; // each test then says why it is skipped (or, under CI=true, fails)
        }
        // One server for the class: its tests write nothing.
        base = session.serve(PageSession.registry(PageSession.TODAY, AesFacts.all()),
                ApiConfig.defaults(Tokens.none()).withClock(PageSession.TODAY));
    }

    @BeforeEach
    void needsTheBrowser() {
        wait = session.webWait();
    }

    @Test
    void the_reference_lists_every_operation_of_the_document_and_loads_nothing_from_elsewhere() throws Exception {
        session.problemsInTheConsole();
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
        assertEquals(List.of(), session.problemsInTheConsole(), "no error, no policy violation");
        assertEquals(List.of(), session.resourcesFromElsewhere());
        session.screenshot("api-reference.png");

        // One operation opened, as a reader would: its parameters and answers are there.
        WebElement presidency = browser.findElement(By.cssSelector("#operations-confederations-presidencyOn .opblock-summary-control"));
        presidency.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#operations-confederations-presidencyOn .parameters")));
        String opened = browser.findElement(By.id("operations-confederations-presidencyOn")).getText();
        assertTrue(opened.contains("at") && opened.contains("404"), opened);
        session.screenshot("api-reference-operation.png");
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
}
