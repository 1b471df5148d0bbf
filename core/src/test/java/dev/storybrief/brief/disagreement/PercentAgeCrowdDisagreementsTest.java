package dev.storybrief.brief.disagreement;

import static dev.storybrief.brief.disagreement.DisagreementFixtures.article;
import static dev.storybrief.brief.disagreement.DisagreementFixtures.twoReports;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Percentages, ages, crowds, amounts told by their act and harm counts with no noun are compared between outlets:
 * the same measured thing with different values is a disagreement; the same value rounded is none.
 */
class PercentAgeCrowdDisagreementsTest {
    @Test
    void twoVoteSharesDisagree() {
        List<Disagreement> found = twoReports(
                "Councillor Rhys Obi was elected mayor of Dunmere on Thursday with 47.8% of the vote.",
                "Rhys Obi was elected mayor of Dunmere on Thursday, taking 44.2 per cent of the vote.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.topic()).isEqualTo("vote (per cent)");
            assertThat(d.claims()).extracting(Claim::statement).containsExactlyInAnyOrder("47.8%", "44.2 per cent");
        });
    }

    @Test
    void aRoundedShareIsNoDisagreement() {
        assertThat(twoReports(
                "Councillor Rhys Obi was elected mayor of Dunmere on Thursday with 47.8% of the vote.",
                "Rhys Obi was elected mayor of Dunmere on Thursday, taking 48 per cent of the vote.")).isEmpty();
    }

    @Test
    void twoAgesOfOnePersonDisagree() {
        List<Disagreement> found = twoReports(
                "The Stenby poet Marta Quell has died aged 91 at her home in the town.",
                "Marta Quell, the Stenby poet who has died aged 90 at her home, wrote eleven collections.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.topic()).isEqualTo("age");
            assertThat(d.claims()).extracting(Claim::statement).containsExactlyInAnyOrder("91", "90");
        });
    }

    @Test
    void twoCrowdsAtOneFinalDisagree() {
        List<Disagreement> found = twoReports(
                "Stenby beat Larkhall 2-0 in the Vale Trophy final at Mill Lane in front of 7,316 fans.",
                "A crowd of more than 9,000 saw Stenby beat Larkhall 2-0 in the Vale Trophy final at Mill Lane.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.topic()).isEqualTo("crowd");
            assertThat(d.claims()).extracting(Claim::statement)
                    .containsExactlyInAnyOrder("7,316 fans", "more than 9,000");
        });
    }

    @Test
    void twoSumsTakenDisagree() {
        List<Disagreement> found = twoReports(
                "Jurors heard that the treasurer of Stenby Rowing Club took £84,000 from its accounts.",
                "The prosecutor said the treasurer of Stenby Rowing Club had taken £79,500 from its accounts.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.topic()).isEqualTo("amount");
            assertThat(d.claims()).extracting(Claim::statement).containsExactlyInAnyOrder("£84,000", "£79,500");
        });
    }

    @Test
    void fiveInjuredMeetsSixPeopleHurt() {
        List<Disagreement> found = twoReports(
                "A gas blast wrecked a bakery in Larkhall on Monday morning, leaving five injured.",
                "Six people were hurt when a gas blast wrecked a bakery in Larkhall on Monday morning.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.topic()).isEqualTo("people injured");
            assertThat(d.claims()).extracting(Claim::statement).containsExactlyInAnyOrder("five injured", "Six people");
        });
    }
}
