package org.confed.api.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The as-of panel's presidency line ("Mali / Assimi Goïta"). The panel is drawn again as each of its answers arrives,
 * so the line is read afresh until it shows what is expected, or the wait ends and the test fails saying what it shows.
 */
final class PresidencyLine {
    private static final By LINE = By.cssSelector("#as-of .presidency-line");

    private PresidencyLine() {
    }

    static void assertShows(WebDriver browser, String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .withMessage(() -> "the presidency line shows \"" + text(browser) + "\", not \"" + expected + "\"")
                .until(driver -> expected.equals(text(driver)));
    }

    private static String text(WebDriver browser) {
        try {
            return browser.findElement(LINE).getText();
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return null; // drawn again meanwhile, or not yet
        }
    }
}
