package org.confed.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, run in the page the browser shows, over the WCAG 2.x A and AA rules and axe's best practices. The
 * script comes from the {@code com.deque.html.axe-core:selenium} jar; nothing is fetched.
 *
 * <p>For a form or a panel, pass its CSS selector: {@code Accessibility.assertNoSeriousViolations(browser, "the
 * meeting form", "#meeting-form")}.
 */
final class Accessibility {
    /** The impacts that fail a test; axe also reports minor and moderate ones, printed only. */
    static final Set<String> FAILING = Set.of("serious", "critical");
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private Accessibility() {
    }

    /**
     * Fails with each serious or critical violation (rule, impact, the elements and what to fix) found in the page,
     * or in the parts of it that {@code selectors} name.
     *
     * @param browser   the browser showing the page, after it has finished rendering
     * @param what      what is checked, for the messages (such as "the timeline page")
     * @param selectors CSS selectors of the parts to check; none: the whole page
     */
    static void assertNoSeriousViolations(WebDriver browser, String what, String... selectors) {
        Results results = analyze(browser, selectors);
        assertTrue(results.getPasses().size() > 10, what + ": axe ran too few checks to mean anything: "
                + results.getPasses().size());
        List<String> failing = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String line = describe(rule);
            if (FAILING.contains(rule.getImpact())) {
                failing.add(line);
            } else {
                System.out.println("axe, " + what + ", not failing: " + line);
            }
        }
        System.out.println("axe, " + what + ": " + results.getPasses().size() + " rules passed, "
                + results.getViolations().size() + " violated (" + failing.size() + " serious or critical)");
        assertEquals(List.of(), failing, what + ": serious or critical accessibility violations");
    }

    static Results analyze(WebDriver browser, String... selectors) {
        AxeBuilder axe = new AxeBuilder().withTags(TAGS);
        if (selectors.length > 0) {
            axe.include(List.of(selectors));
        }
        Results results = axe.analyze(browser);
        if (results.isErrored()) {
            throw new AssertionError("axe failed to run: " + results.getErrorMessage());
        }
        return results;
    }

    private static String describe(Rule rule) {
        StringBuilder line = new StringBuilder(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp());
        for (CheckedNode node : rule.getNodes()) {
            line.append("\n    at ").append(node.getTarget()).append(": ").append(shortened(node.getHtml()));
            if (node.getFailureSummary() != null) {
                line.append("\n       ").append(node.getFailureSummary().replace("\n", " "));
            }
        }
        return line.toString();
    }

    private static String shortened(String html) {
        return html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }
}
