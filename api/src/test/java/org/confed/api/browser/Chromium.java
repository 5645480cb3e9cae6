package org.confed.api.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and its driver, started headless on a fresh profile. Nothing is downloaded: the driver and the
 * browser are given by path, so Selenium Manager has nothing to find (the api module's tests also point
 * {@code SE_MANAGER_PATH} at {@code /bin/false}, so a call to it would fail the test instead of reaching the
 * network), and the browser resolves no host name at all: the page under test is on 127.0.0.1, and anything it
 * tried to fetch from elsewhere would fail.
 */
final class Chromium {
    /** Debian's paths; {@code -Dconfed.chromium=…} and {@code -Dconfed.chromedriver=…} name others. */
    static final Path BROWSER = Path.of(System.getProperty("confed.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("confed.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /**
     * Skips the calling tests when the browser or its driver is missing, with a message saying what to install;
     * under {@code CI=true} a missing browser fails them instead, so that CI cannot pass without running them.
     */
    static void assumeInstalled() {
        List<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        String message = "The browser tests need Debian's chromium and chromium-driver, and " + String.join(" and ", missing)
                + " is missing: apt-get install chromium chromium-driver";
        if ("true".equals(System.getenv("CI"))) {
            fail(message + " (CI=true: a missing browser fails the run)");
        }
        Assumptions.abort(message);
    }

    static boolean installed() {
        return missing().isEmpty();
    }

    private static List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (Path path : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(path)) {
                missing.add(path.toString());
            }
        }
        return missing;
    }

    /** A headless Chromium on a new, empty profile in {@code profile}. */
    static ChromeDriver start(Path profile, Path driverLog) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(driverLog.toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1280,1300",
                "--lang=en-US",
                // No name resolves: a request to any host but the literal 127.0.0.1 fails.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(service, options);
    }

    static Path newProfile() {
        try {
            return Files.createTempDirectory("confed-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
