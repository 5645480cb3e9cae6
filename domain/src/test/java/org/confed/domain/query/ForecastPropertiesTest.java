package org.confed.domain.query;

import java.util.Random;
import org.confed.domain.generate.Choices;
import org.confed.domain.generate.Generate;
import org.junit.jupiter.api.Test;

/** {@link ForecastProperties} over many cases from a seeded random; a failure names the seed and the case. */
class ForecastPropertiesTest {
    private static final int CASES = 2_000;

    @Test
    void forecast_terms_follow_each_other_without_gap_or_overlap_in_rotation_order() {
        Choices choices = Choices.of(new Random(Generate.SEED));
        for (int i = 0; i < CASES; i++) {
            ForecastProperties.forecastTermsFollowEachOtherInRotation(choices, "seed " + Generate.SEED + ", case " + i);
        }
    }
}
