package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.confed.domain.port.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensTest {
    private static final String ONE = "one-token-0123456789";
    private static final String TWO = "two-token-0123456789";

    @TempDir
    Path directory;

    private Path file(String... lines) throws IOException {
        return Files.write(directory.resolve("tokens"), List.of(lines));
    }

    @Test
    void the_environment_token_is_named_default() throws IOException {
        Tokens tokens = Tokens.fromEnvironmentAndFile(Map.of("CONFED_API_TOKEN", ONE), null);

        assertEquals(Optional.of(new Actor("default")), tokens.actorFor(ONE));
        assertEquals(Optional.empty(), tokens.actorFor(TWO));
    }

    @Test
    void no_environment_and_no_file_is_no_token() throws IOException {
        assertTrue(Tokens.fromEnvironmentAndFile(Map.of(), null).isEmpty());
        assertTrue(Tokens.fromEnvironmentAndFile(Map.of("CONFED_API_TOKEN", "  "), null).isEmpty());
    }

    @Test
    void a_file_holding_one_token_alone_names_it_default() throws IOException {
        Tokens tokens = Tokens.fromEnvironmentAndFile(Map.of(), file("# the server's token", "", "  " + ONE + "  "));

        assertEquals(Set.of("default"), tokens.names());
        assertEquals("default", tokens.actorFor(ONE).orElseThrow().name());
    }

    @Test
    void a_file_of_named_tokens_skips_blank_lines_and_comments() throws IOException {
        Tokens tokens = Tokens.fromEnvironmentAndFile(Map.of("CONFED_API_TOKEN", "env-token-0123456789"),
                file("# who may write", "alice " + ONE, "", "newsroom-bot\t" + TWO));

        assertEquals(List.of("default", "alice", "newsroom-bot"), List.copyOf(tokens.names()));
        assertEquals("newsroom-bot", tokens.actorFor(TWO).orElseThrow().name());
    }

    @Test
    void a_malformed_line_is_refused_naming_file_and_line_but_never_the_token() throws IOException {
        Path tokens = file("alice " + ONE, ONE + "-alone");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Tokens.fromEnvironmentAndFile(Map.of(), tokens));

        assertTrue(refused.getMessage().startsWith(tokens + ":2: "), refused.getMessage());
        assertFalse(refused.getMessage().contains(ONE), refused.getMessage());
    }

    @Test
    void short_tokens_bad_names_and_the_cli_name_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> Tokens.of(Map.of("alice", "short")));
        assertThrows(IllegalArgumentException.class, () -> Tokens.of(Map.of("al ice", ONE)));
        assertThrows(IllegalArgumentException.class, () -> Tokens.of(Map.of("cli", ONE)));
        assertThrows(IllegalArgumentException.class, () -> Tokens.of(Map.of("alice", ONE + " with spaces")));
    }

    @Test
    void one_token_under_two_names_is_refused() throws IOException {
        Path tokens = file("alice " + ONE, "bob " + ONE);

        assertThrows(IllegalArgumentException.class, () -> Tokens.fromEnvironmentAndFile(Map.of(), tokens));
    }

    @Test
    void default_given_by_both_the_environment_and_the_file_is_refused() throws IOException {
        Path tokens = file(TWO);

        assertThrows(IllegalArgumentException.class,
                () -> Tokens.fromEnvironmentAndFile(Map.of("CONFED_API_TOKEN", ONE), tokens));
    }

    @Test
    void an_empty_file_is_refused() throws IOException {
        Path tokens = file("# nothing yet", "");

        assertThrows(IllegalArgumentException.class, () -> Tokens.fromEnvironmentAndFile(Map.of(), tokens));
    }

    @Test
    void the_tokens_never_show_in_their_text_form() {
        assertEquals("Tokens[alice]", Tokens.of(Map.of("alice", ONE)).toString());
    }

    @Test
    void no_token_matches_nothing() {
        assertEquals(Optional.empty(), Tokens.none().actorFor(ONE));
        assertEquals(Optional.empty(), Tokens.of(Map.of("alice", ONE)).actorFor(""));
        assertEquals(Optional.empty(), Tokens.of(Map.of("alice", ONE)).actorFor(null));
    }
}
