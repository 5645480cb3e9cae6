package org.confed.domain.rules;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.confed.domain.generate.Choices;

/** {@link OverlapProperties} driven by Jazzer (replays its inputs under {@code mvn test}; fuzzes with {@code JAZZER_FUZZ=1}). */
class OverlapFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void a_membership_overlap_is_reported_exactly_when_two_memberships_share_a_day(FuzzedDataProvider data) {
        OverlapProperties.membershipOverlapsAgreeWithPairwiseCheck(Choices.of(data), "fuzz input");
    }

    @FuzzTest(maxDuration = "10s")
    void a_presidency_overlap_is_reported_exactly_when_two_terms_share_a_day(FuzzedDataProvider data) {
        OverlapProperties.presidencyOverlapsAgreeWithPairwiseCheck(Choices.of(data), "fuzz input");
    }
}
