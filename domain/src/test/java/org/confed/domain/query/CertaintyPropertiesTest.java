package org.confed.domain.query;

import java.util.Random;
import org.confed.domain.generate.Choices;
import org.confed.domain.generate.Generate;
import org.junit.jupiter.api.Test;

/** {@link CertaintyProperties} over many generated histories from a seeded random; a failure names the seed and case. */
class CertaintyPropertiesTest {
    private static final int CASES = 3_000;

    @Test
    void members_are_certain_exactly_when_no_span_or_dispute_could_change_them() {
        Choices choices = Choices.of(new Random(Generate.SEED));
        for (int i = 0; i < CASES; i++) {
            CertaintyProperties.membersAgreeWithTheModel(choices, "seed " + Generate.SEED + ", case " + i);
        }
    }

    @Test
    void the_presidency_is_certain_exactly_when_no_span_or_dispute_could_change_it() {
        Choices choices = Choices.of(new Random(Generate.SEED + 1));
        for (int i = 0; i < CASES; i++) {
            CertaintyProperties.presidencyAgreesWithTheModel(choices, "seed " + (Generate.SEED + 1) + ", case " + i);
        }
    }

    @Test
    void a_plan_status_is_certain_exactly_when_no_span_or_dispute_could_change_it() {
        Choices choices = Choices.of(new Random(Generate.SEED + 2));
        for (int i = 0; i < CASES; i++) {
            CertaintyProperties.planStatusAgreesWithTheModel(choices, "seed " + (Generate.SEED + 2) + ", case " + i);
        }
    }
}
