package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.Removal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Texts that carry a report inside another kind of text: an encyclopedia article copied from the browser, a
 * broadcast transcript, a fact check, an e-mail forward of an app's share, an advertorial. Every text is made up.
 */
class NonReportTextsTest {
    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("t1", Path.of("t1.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    @Test
    void anEncyclopediaCopyLosesItsReferencesFooterAndMarkers() {
        Article a = clean("""
                2025 Lowmoor ferry fire
                From Wikipedia, the free encyclopedia

                The 2025 Lowmoor ferry fire broke out on 3 June 2025 aboard the ferry Aster.[1][2] Nobody was hurt.[3]
                The ferry had been refitted in 2019.[citation needed]

                References
                1. ^ a b "Ferry fire at Lowmoor". Lowmoor Echo. 3 June 2025. Retrieved 9 June 2025.
                2. ^ "Aster towed to dry dock". Coast Wire. 4 June 2025.
                3. ^ "No injuries in ferry blaze". Lowmoor Echo. 3 June 2025.

                This page was last edited on 12 June 2025, at 08:02 (UTC).
                """);
        assertThat(a.title()).isEqualTo("2025 Lowmoor ferry fire");
        assertThat(a.paragraphs()).containsExactly(
                "The 2025 Lowmoor ferry fire broke out on 3 June 2025 aboard the ferry Aster. Nobody was hurt.",
                "The ferry had been refitted in 2019.");
        assertThat(a.outlet()).isEqualTo("Wikipedia");
        assertThat(a.removed()).extracting(Removal::rule).contains("reference-list", "encyclopedia-page",
                "reference-marker");
    }

    @Test
    void aTranscriptsLabelsBecomeItsSpeakersAndTheHostsAndReportersTurnsStayReporting() {
        Article a = clean("""
                Coast Tonight: transcript

                ANA SILVA, COAST TONIGHT: Good evening. The ferry Aster caught fire off Lowmoor this afternoon.

                JO KENT, REPORTER: The fire started in the engine room.

                TOM REED, HARBOUR MASTER: Everyone got off safely. The crew did a superb job.

                SILVA: Thank you. The ferry will be towed to dry dock tomorrow.

                REED: We will know more by Friday.
                """);
        assertThat(a.paragraphs()).containsExactly(
                "Good evening. The ferry Aster caught fire off Lowmoor this afternoon.",
                "The fire started in the engine room.",
                "Tom Reed, harbour master, said: “Everyone got off safely. The crew did a superb job.”",
                "Thank you. The ferry will be towed to dry dock tomorrow.",
                "Tom Reed, harbour master, said: “We will know more by Friday.”");
        assertThat(a.removed()).filteredOn(r -> r.rule().equals("speaker-label")).extracting(Removal::text)
                .containsExactly("ANA SILVA, COAST TONIGHT:", "JO KENT, REPORTER:", "TOM REED, HARBOUR MASTER:", "SILVA:", "REED:");
    }

    @Test
    void oneCapitalisedWordBeforeAColonIsNoTranscript() {
        String text = "Ferry catches fire\n\nLOWMOOR: The ferry Aster caught fire on Tuesday.\n\n"
                + "UPDATE: The crew were rescued.\n\nOfficials said the cause was not known.";
        assertThat(clean(text).paragraphs()).contains("LOWMOOR: The ferry Aster caught fire on Tuesday.");
    }

    @Test
    void aFactChecksClaimGoesAndItsVerdictStays() {
        Article a = clean("""
                Fact check: No, the Lowmoor ferry did not sink

                Claim: The ferry Aster sank off Lowmoor with 200 people on board.

                Verdict: False. The Aster was towed to dry dock and nobody was hurt.

                A post shared 50,000 times claims the ferry sank.
                """);
        assertThat(a.paragraphs()).containsExactly("Verdict: False. The Aster was towed to dry dock and nobody was hurt.",
                "A post shared 50,000 times claims the ferry sank.");
        String claimed = "Fire crews\n\nClaim: Residents say the harbour was never inspected.\n\nThe council denied it.";
        assertThat(clean(claimed).paragraphs()).as("no verdict follows: a report's line")
                .contains("Claim: Residents say the harbour was never inspected.");
    }

    @Test
    void aForwardedShareIsTheStoryUnderItsOwnHeadline() {
        Article a = clean("""
                Fwd: Ferry fire: Aster towed to dry dock

                Sent from my iPhone

                Begin forwarded message:

                Ferry fire: Aster towed to dry dock

                The ferry Aster was towed to dry dock on Wednesday, a day after a fire broke out on board.

                Shared via the Lowmoor Echo app. Download it free on the App Store and Google Play.
                """);
        assertThat(a.title()).isEqualTo("Ferry fire: Aster towed to dry dock");
        assertThat(a.paragraphs()).containsExactly(
                "The ferry Aster was towed to dry dock on Wednesday, a day after a fire broke out on board.");
    }

    @Test
    void aPaidLabelCountsAboveTheStoryNotInAnAdvertisingBoxBelowIt() {
        Article paid = clean("Sponsored content\nHow Pierline keeps ferries safe\nIn partnership with Pierline\n\n"
                + "Every day Pierline checks the ferries that sail from Lowmoor.");
        assertThat(paid.removed()).extracting(Removal::rule).containsExactly("paid-label", "paid-label");
        assertThat(paid.title()).isEqualTo("How Pierline keeps ferries safe");
        Article report = clean("Ferry catches fire off Lowmoor\n\nThe ferry Aster caught fire on Tuesday.\n\n"
                + "Nobody was hurt, the coastguard said.\n\nSponsored content\n\nTen ways to save on ferry fares");
        assertThat(report.removed()).extracting(Removal::rule).doesNotContain("paid-label");
    }
}
