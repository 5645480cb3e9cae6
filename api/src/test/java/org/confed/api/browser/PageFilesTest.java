package org.confed.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.confed.api.http.ApiConfig;
import org.junit.jupiter.api.Test;

/**
 * The page's files as shipped on the class path, checked without a browser (so these run on any machine): every
 * file the page names is there, nothing comes from another site, and no script builds markup from text.
 */
class PageFilesTest {
    private static final String ROOT = ApiConfig.DEFAULT_WEB_ROOT;
    /** What would turn a text from the data into markup, or run a string as code. */
    private static final List<String> MARKUP_SINKS = List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
            "eval(", "new Function", "setAttribute('style'", "srcdoc");
    private static final Pattern LOCAL_REFERENCE = Pattern.compile("(?:src|href)=\"(/[^\"]*)\"");
    private static final Pattern IMPORT = Pattern.compile("from '(\\./[^']+)'");
    private static final Pattern ELSEWHERE = Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}");

    @Test
    void every_file_the_page_names_is_shipped() throws IOException {
        String page = text("index.html");
        Matcher reference = LOCAL_REFERENCE.matcher(page);
        List<String> named = new ArrayList<>();
        while (reference.find()) {
            String path = reference.group(1);
            if (!path.startsWith("/api/") && !path.equals("/openapi.json")) {
                named.add(path);
                assertNotNull(PageFilesTest.class.getResource(ROOT + path), "index.html names " + path + ", which is not shipped");
            }
        }
        assertTrue(named.containsAll(List.of("/js/main.js", "/css/page.css")), named.toString());
    }

    @Test
    void every_module_the_scripts_import_is_shipped() throws Exception {
        for (Path script : scripts()) {
            Matcher imported = IMPORT.matcher(Files.readString(script));
            while (imported.find()) {
                assertTrue(Files.isRegularFile(script.resolveSibling(imported.group(1)).normalize()),
                        script.getFileName() + " imports " + imported.group(1) + ", which is not shipped");
            }
        }
    }

    @Test
    void no_script_turns_text_into_markup_or_code() throws Exception {
        List<Path> scripts = scripts();
        assertTrue(scripts.size() >= 5, scripts.toString());
        for (Path script : scripts) {
            String code = Files.readString(script);
            for (String sink : MARKUP_SINKS) {
                assertFalse(code.contains(sink), script.getFileName() + " uses " + sink);
            }
        }
    }

    @Test
    void nothing_is_fetched_from_another_site() throws Exception {
        List<Path> files = new ArrayList<>(scripts());
        files.add(file("index.html"));
        files.add(file("css/page.css"));
        for (Path file : files) {
            // The SVG namespace is a name, not an address the browser visits.
            String text = Files.readString(file).replace("http://www.w3.org/2000/svg", "");
            Matcher address = ELSEWHERE.matcher(text);
            assertFalse(address.find(), file.getFileName() + " names another site: " + (address.hitEnd() ? "" : address.group()));
        }
    }

    @Test
    void the_page_declares_utf8_and_has_no_inline_script_style_or_handler() throws IOException {
        String page = text("index.html");
        assertTrue(page.contains("<meta charset=\"utf-8\">"));
        assertEquals(1, count(page, "<script"), "one script: the main module");
        assertTrue(page.contains("<script type=\"module\" src=\"/js/main.js\"></script>"));
        assertFalse(page.contains("<style"), "no style element");
        assertFalse(Pattern.compile("\\s(style|on[a-z]+)=").matcher(page).find(), "no style attribute or event handler");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String text(String name) throws IOException {
        try (InputStream in = PageFilesTest.class.getResourceAsStream(ROOT + "/" + name)) {
            assertNotNull(in, ROOT + "/" + name + " is not on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path file(String name) throws URISyntaxException {
        return Path.of(PageFilesTest.class.getResource(ROOT + "/" + name).toURI());
    }

    private static List<Path> scripts() throws Exception {
        try (Stream<Path> files = Files.list(file("js"))) {
            return files.filter(path -> path.toString().endsWith(".js")).sorted().toList();
        }
    }
}
