package dev.storybrief.brief.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.DisagreementKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two outlets giving a budget in one language's two forms of its scale word ("62 млрд рублей", "58 миллиардов
 * рублей") disagree over one sum; made-up reports.
 */
class ScaledAmountsDisagreementTest {

    private static RawDocument text(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    @Test
    void twoFormsOfAScaleWordGiveOneSumInDispute() {
        Briefing b = Storybrief.builder().words(80).language("ru").build().briefDocuments("дороги", List.of(
                text("a", "Власти края выделили на ремонт дорог 62 млрд рублей, сообщил губернатор в среду. Работы"
                        + " начались весной."),
                text("b", "Власти края выделили на ремонт дорог 58 миллиардов рублей, заявил губернатор в среду. Работы"
                        + " начались весной.")), List.of());
        assertThat(b.disagreements()).filteredOn(d -> d.kind() == DisagreementKind.NUMBER).singleElement()
                .satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                        .containsExactlyInAnyOrder("62 млрд рублей", "58 миллиардов рублей"));
    }
}
