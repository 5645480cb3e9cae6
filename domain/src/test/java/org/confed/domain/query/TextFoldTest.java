package org.confed.domain.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextFoldTest {

    @ParameterizedTest(name = "{0} folds to {1}")
    @CsvSource(delimiter = '|', value = {
            "Goïta|goita",
            "Œ|oe",
            "œuvre|oeuvre",
            "Æ|ae",
            "Straße|strasse",
            "Général d’Armée|general d'armee",
            "KOULOUBA|koulouba",
            "État-major|etat-major",
            "Traoré|traore",
            "ﬁn|fin"})
    void accents_ligatures_and_case_are_set_aside(String text, String folded) {
        assertEquals(folded, TextFold.fold(text));
    }

    @Test
    void nothing_folds_to_empty() {
        assertEquals("", TextFold.fold(null));
        assertEquals("", TextFold.fold(""));
    }

    @Test
    void a_query_is_split_into_folded_words() {
        assertEquals(List.of("assimi", "goita"), TextFold.words("  Assimi   GOÏTA "));
        assertEquals(List.of(), TextFold.words("   "));
        assertEquals(List.of(), TextFold.words(null));
    }

    @Test
    void every_word_of_a_query_must_begin_a_word_of_the_text() {
        List<String> title = TextFold.words("Audience des chefs d'état-major généraux des armées de l'AES");

        assertTrue(TextFold.matches(title, TextFold.words("etat-major AES")));
        assertTrue(TextFold.matches(title, TextFold.words("")));
        assertTrue(TextFold.matches(title, TextFold.words("gener arm")));
        assertFalse(TextFold.matches(title, TextFold.words("etat-major Niamey")));
        assertFalse(TextFold.matches(title, TextFold.words("ajor")), "a word's middle is not a match");
    }

    @Test
    void words_are_runs_of_letters_and_digits_folded() {
        assertEquals(List.of("chef", "d", "etat", "major", "general", "des", "armees", "2024"),
                TextFold.words("Chef d’état-major général des armées, 2024!"));
    }

    @Test
    void goita_finds_goita_with_its_diaeresis() {
        assertTrue(TextFold.matches(TextFold.words("Général d'Armée Assimi Goïta"), TextFold.words("goita")));
    }
}
