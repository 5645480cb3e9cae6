package org.confed.domain.model;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.confed.domain.generate.Choices;

/**
 * {@link PartialDateProperties} driven by Jazzer. Under {@code mvn test} each method replays its inputs in
 * {@code src/test/resources/org/confed/domain/model/PartialDateFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1}
 * it fuzzes for {@code maxDuration}.
 */
class PartialDateFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void reading_any_text_gives_a_date_or_an_invalid_field_exception(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        PartialDateProperties.readAnyText(text, "fuzz input \"" + text + "\"");
    }

    @FuzzTest(maxDuration = "10s")
    void every_date_prints_as_the_text_it_reads_back_from(FuzzedDataProvider data) {
        PartialDateProperties.printAndReadBack(Choices.of(data), "fuzz input");
    }

    @FuzzTest(maxDuration = "10s")
    void date_order_is_the_order_of_first_then_last_days(FuzzedDataProvider data) {
        PartialDateProperties.orderAgreesWithSpans(Choices.of(data), "fuzz input");
    }
}
