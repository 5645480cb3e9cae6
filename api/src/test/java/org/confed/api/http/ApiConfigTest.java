package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiConfigTest {

    @Test
    void the_defaults_keep_cors_off_and_writes_for_the_tokens_given() {
        ApiConfig config = ApiConfig.defaults(Tokens.none());

        assertTrue(config.corsOrigins().isEmpty());
        assertTrue(config.tokens().isEmpty());
        assertEquals(1024 * 1024, config.maxBodyBytes());
        assertEquals(64L * 1024 * 1024, config.maxImportBytes());
        assertEquals(50, config.defaultPageSize());
        assertEquals(500, config.maxPageSize());
        assertEquals("/web", config.webRoot());
    }

    @Test
    void origins_are_kept_as_browsers_send_them() {
        assertEquals(List.of("https://news.example.org", "http://localhost:5173"),
                ApiConfig.defaults(Tokens.none()).withCorsOrigins(List.of("HTTPS://News.Example.org/", "http://localhost:5173"))
                        .corsOrigins());
    }

    @Test
    void a_wildcard_or_a_path_is_not_an_origin() {
        ApiConfig config = ApiConfig.defaults(Tokens.none());

        assertThrows(IllegalArgumentException.class, () -> config.withCorsOrigins(List.of("*")));
        assertThrows(IllegalArgumentException.class, () -> config.withCorsOrigins(List.of("https://news.example.org/page")));
    }

    @Test
    void page_sizes_and_limits_must_make_sense() {
        ApiConfig config = ApiConfig.defaults(Tokens.none());

        assertThrows(IllegalArgumentException.class, () -> config.withPageSizes(0, 10));
        assertThrows(IllegalArgumentException.class, () -> config.withPageSizes(100, 10));
        assertThrows(IllegalArgumentException.class, () -> config.withMaxBodyBytes(0));
        assertThrows(IllegalArgumentException.class, () -> config.withWebRoot("web"));
    }
}
