package org.confed.domain.query;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.confed.domain.generate.Choices;

/** {@link ForecastProperties} driven by Jazzer (replays its inputs under {@code mvn test}; fuzzes with {@code JAZZER_FUZZ=1}). */
class ForecastFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void forecast_terms_follow_each_other_without_gap_or_overlap_in_rotation_order(FuzzedDataProvider data) {
        ForecastProperties.forecastTermsFollowEachOtherInRotation(Choices.of(data), "fuzz input");
    }
}
