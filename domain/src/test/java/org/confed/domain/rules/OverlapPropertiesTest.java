package org.confed.domain.rules;

import java.util.Random;
import org.confed.domain.generate.Choices;
import org.confed.domain.generate.Generate;
import org.junit.jupiter.api.Test;

/** {@link OverlapProperties} over many cases from a seeded random; a failure names the seed and the case. */
class OverlapPropertiesTest {
    private static final int CASES = 3_000;

    @Test
    void two_spans_overlap_exactly_when_they_share_a_day() {
        Choices choices = Choices.of(new Random(Generate.SEED));
        for (int i = 0; i < CASES; i++) {
            OverlapProperties.spansOverlapWhenTheyShareADay(choices, "seed " + Generate.SEED + ", case " + i);
        }
    }

    @Test
    void a_membership_overlap_is_reported_exactly_when_two_memberships_share_a_day() {
        Choices choices = Choices.of(new Random(Generate.SEED));
        for (int i = 0; i < CASES; i++) {
            OverlapProperties.membershipOverlapsAgreeWithPairwiseCheck(choices, "seed " + Generate.SEED + ", case " + i);
        }
    }

    @Test
    void a_presidency_overlap_is_reported_exactly_when_two_terms_share_a_day() {
        Choices choices = Choices.of(new Random(Generate.SEED));
        for (int i = 0; i < CASES; i++) {
            OverlapProperties.presidencyOverlapsAgreeWithPairwiseCheck(choices, "seed " + Generate.SEED + ", case " + i);
        }
    }
}
