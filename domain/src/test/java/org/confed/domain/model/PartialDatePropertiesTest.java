package org.confed.domain.model;

import java.util.List;
import java.util.Random;
import org.confed.domain.generate.Choices;
import org.confed.domain.generate.Generate;
import org.junit.jupiter.api.Test;

/** {@link PartialDateProperties} over many cases from a seeded random; a failure names the seed and the case. */
class PartialDatePropertiesTest {
    private static final int CASES = 5_000;

    @Test
    void every_date_prints_as_the_text_it_reads_back_from() {
        Random random = new Random(Generate.SEED);
        Choices choices = Choices.of(random);
        for (int i = 0; i < CASES; i++) {
            PartialDateProperties.printAndReadBack(choices, "seed " + Generate.SEED + ", case " + i);
        }
    }

    @Test
    void date_order_is_the_order_of_first_then_last_days() {
        Random random = new Random(Generate.SEED);
        Choices choices = Choices.of(random);
        for (int i = 0; i < CASES; i++) {
            PartialDateProperties.orderAgreesWithSpans(choices, "seed " + Generate.SEED + ", case " + i);
        }
    }

    @Test
    void reading_any_text_gives_a_date_or_an_invalid_field_exception() {
        Random random = new Random(Generate.SEED);
        Choices choices = Choices.of(random);
        List<String> alphabet = List.of("0", "1", "2", "9", "-", "/", " ", "+", "T", "x", "\u0660", "\u0000", "é");
        for (int i = 0; i < CASES; i++) {
            String text;
            if (choices.coin()) {
                StringBuilder noise = new StringBuilder();
                int length = choices.between(0, 12);
                for (int c = 0; c < length; c++) {
                    noise.append(choices.oneOf(alphabet));
                }
                text = noise.toString();
            } else {
                text = mutate(choices, Generate.anyDate(choices).toString(), alphabet);
            }
            PartialDateProperties.readAnyText(text, "seed " + Generate.SEED + ", case " + i + ", text \"" + text + "\"");
        }
    }

    /** A valid date's text with one character replaced, inserted or removed: the nearest misses. */
    private static String mutate(Choices choices, String text, List<String> alphabet) {
        StringBuilder out = new StringBuilder(text);
        int at = choices.between(0, text.length() - 1);
        switch (choices.between(0, 2)) {
            case 0 -> out.setCharAt(at, choices.oneOf(alphabet).charAt(0));
            case 1 -> out.insert(at, choices.oneOf(alphabet));
            default -> out.deleteCharAt(at);
        }
        return out.toString();
    }
}
