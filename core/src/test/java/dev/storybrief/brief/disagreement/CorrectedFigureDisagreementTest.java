package dev.storybrief.brief.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.render.TextRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three outlets report "41 dead" on the first day; the next day a report says the toll was revised down to 14, or a
 * correction notice says the toll is 14, not 41. The disagreements show the pair as a correction (the withdrawn figure
 * marked retracted, the correcting report credited), not as two sides of a dispute, as the summary and headline tell it
 * (fig26, task 1). Made-up reports of a made-up mine collapse.
 */
class CorrectedFigureDisagreementTest {
    private static RawDocument text(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    private static List<RawDocument> firstDay() {
        return List.of(
                text("gazette", "Mine collapse in Holmfirth kills 41\n\nBy Ada Penrose, Holm Valley Gazette\nPublished:"
                        + " March 9, 2026 17:10\n\nAt least 41 people died when a tunnel of the Brackley pit collapsed near"
                        + " Holmfirth on Monday morning, the mines inspectorate said.\n\nThe shift of about 120 men had gone"
                        + " underground at six, and rescuers brought 62 of them to the surface by the afternoon.\n\nThe pit's"
                        + " owner, Brackley Coal, said the tunnel had been inspected in January."),
                text("post", "41 killed in Brackley pit collapse\n\nBy Tomas Reyes, Eastmoor Post\nPublished: March 9, 2026"
                        + " 18:45\n\nA tunnel collapsed at the Brackley pit near Holmfirth on Monday, killing 41 people,"
                        + " according to the mines inspectorate.\n\nRescue teams worked through the afternoon to reach men"
                        + " trapped behind the fall, inspectorate spokeswoman Lena Marsh said.\n\nUnion leader Karl Dunn"
                        + " called for the pit to stay closed until an inquiry reports."),
                text("wire", "Death toll in Brackley mine collapse reaches 41\n\nHOLMFIRTH (Pennine Wire) - Forty-one people"
                        + " were killed when a tunnel of the Brackley pit collapsed on Monday, the mines inspectorate said.\n\n"
                        + "Published: March 9, 2026 21:05\n\nThe collapse happened two kilometres from the shaft, where about"
                        + " 120 men were working. Rescuers reached the last of the survivors late in the afternoon.\n\n"
                        + "Inspectorate spokeswoman Lena Marsh said an inquiry would look at the tunnel's supports."));
    }

    private static Briefing brief(RawDocument... later) {
        List<RawDocument> documents = new ArrayList<>(firstDay());
        documents.addAll(List.of(later));
        return Storybrief.builder().build().briefDocuments("mine", documents, new ArrayList<>());
    }

    private static final RawDocument REVISED = text("revised", "Inspectorate revises Brackley mine toll down to 14\n\n"
            + "HOLMFIRTH (Pennine Wire) - The mines inspectorate revised the death toll from Monday's collapse at the"
            + " Brackley pit down to 14 on Tuesday, saying rescued miners had been counted among the missing.\n\nPublished:"
            + " March 10, 2026 10:20\n\nThe inspectorate had earlier given the toll as 41. Spokeswoman Lena Marsh said 14"
            + " people had died and 106 had been brought out alive.\n\nRelatives waited at the pit gates for news.");

    private static List<Disagreement> ofKind(Briefing briefing, DisagreementKind kind) {
        return briefing.disagreements().stream().filter(d -> d.kind() == kind).toList();
    }

    @Test
    void aTollRevisedDownTheNextDayIsShownAsACorrectionNotAsTwoSides() {
        Briefing briefing = brief(REVISED);
        // no dispute over the toll: 41 and 14 are not two outlets' figures but one figure and its correction
        assertThat(ofKind(briefing, DisagreementKind.NUMBER)).noneSatisfy(d -> assertThat(d.topic()).contains("killed"));
        Disagreement correction = ofKind(briefing, DisagreementKind.CORRECTION).stream().filter(d -> d.topic()
                .startsWith("people killed")).findFirst().orElseThrow();
        assertThat(correction.topic()).isEqualTo("people killed: 41 corrected to 14 (Pennine Wire, 2026-03-10)");
        // the correcting report first, on side 0; the three first-day reports of 41 on side 1
        assertThat(correction.claims().get(0).source()).isEqualTo("revised");
        assertThat(correction.claims().get(0).side()).isZero();
        assertThat(correction.claims().get(0).statement()).contains("14");
        assertThat(correction.claims().stream().filter(c -> c.side() == 1).map(Claim::source))
                .containsExactlyInAnyOrder("gazette", "post", "wire");
        assertThat(correction.claims().stream().filter(c -> c.side() == 1).map(Claim::statement))
                .allSatisfy(s -> assertThat(s).containsAnyOf("41", "Forty-one"));
        // the reader sees the withdrawn figure marked as such, under a topic that credits the correction
        String text = new TextRenderer().render(briefing, false);
        assertThat(text).contains("* people killed: 41 corrected to 14 (Pennine Wire, 2026-03-10):");
        // (wrapped at any space)
        assertThat(text).containsPattern("\\(and\\s+2\\s+more\\s+reports;\\s+retracted\\):\\s+\"(At\\s+least\\s+)?(41|Forty-one)");
    }

    @Test
    void aCorrectionNoticeIsTheCorrectionsSourceThoughNoReport() {
        Briefing briefing = brief(text("notice", "Correction: Brackley mine death toll\n\nHolm Valley Gazette\nPublished:"
                + " March 10, 2026 09:00\n\nAn earlier version of this article said 41 people had died when a tunnel of"
                + " the Brackley pit collapsed. The correct figure is 14: the inspectorate had counted rescued miners"
                + " among the missing, it said on Tuesday."));
        Disagreement correction = ofKind(briefing, DisagreementKind.CORRECTION).stream().findFirst().orElseThrow();
        assertThat(correction.topic()).isEqualTo("people killed: 41 corrected to 14 (Holm Valley Gazette, 2026-03-10)");
        assertThat(correction.claims().get(0)).satisfies(c -> {
            assertThat(c.source()).isEqualTo("notice");
            assertThat(c.side()).isZero();
            assertThat(c.statement()).isEqualTo("14");
            assertThat(c.text()).startsWith("The correct figure is 14");
        });
        assertThat(correction.claims().stream().filter(c -> c.side() == 1)).hasSize(3);
        assertThat(ofKind(briefing, DisagreementKind.NUMBER)).noneSatisfy(d -> assertThat(d.topic()).contains("killed"));
    }

    @Test
    void anotherOutletsFigureOfTheCorrectedDayStillDisputesTheCorrectedOne() {
        Briefing briefing = brief(REVISED, text("herald", "Families bury Brackley miners\n\nBy Ruth Ansel, Moorside"
                + " Herald\nPublished: March 10, 2026 16:30\n\nNineteen people were killed in Monday's collapse at the"
                + " Brackley pit, the miners' union said on Tuesday, disputing the inspectorate's count.\n\nThe union"
                + " said five of its members were still unaccounted for."));
        assertThat(ofKind(briefing, DisagreementKind.CORRECTION)).anySatisfy(d -> assertThat(d.topic())
                .startsWith("people killed: 41 corrected to 14"));
        // 19 against the corrected 14 is a dispute of its own; the withdrawn 41 is no side of it
        Disagreement dispute = ofKind(briefing, DisagreementKind.NUMBER).stream()
                .filter(d -> d.topic().contains("killed")).findFirst().orElseThrow();
        assertThat(dispute.claims()).extracting(Claim::source).containsExactlyInAnyOrder("revised", "herald");
    }

    @Test
    void aLowerTollOfALaterDayWithoutCorrectionWordsIsNoCorrection() {
        Briefing briefing = brief(text("later", "Holmfirth mourns its miners\n\nHOLMFIRTH (Pennine Wire) - Fourteen of"
                + " the people killed in Monday's collapse at the Brackley pit came from Holmfirth itself, the town's"
                + " mayor said on Tuesday.\n\nPublished: March 10, 2026 12:00\n\nRelatives waited at the pit gates."));
        assertThat(ofKind(briefing, DisagreementKind.CORRECTION)).isEmpty();
    }
}
