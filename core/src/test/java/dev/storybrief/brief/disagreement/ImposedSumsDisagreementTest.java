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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fine is one sum per event: two outlets giving it five times apart disagree, though reports of one count rarely
 * lie that far apart; the Brazilian real's "R$" stays with its figure.
 */
class ImposedSumsDisagreementTest {

    private static RawDocument text(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "pt | A usina de açúcar Santa Rita foi multada em 120 milhões de reais pelo governo estadual pelo vazamento no "
                    + "rio Claro. Milhares de peixes morreram ao longo do rio. A empresa disse que vai recorrer."
                    + "| O governo estadual aplicou uma multa de R$ 24 milhões à usina Santa Rita pelo vazamento no rio "
                    + "Claro. Pescadores da região pedem indenização. A usina não comentou."
                    + "| 120 milhões de reais | R$ 24 milhões",
            "en | The Santa Rita sugar mill was fined $120 million by the state government over the spill in the Claro "
                    + "river. Thousands of fish died along the river. The company said it would appeal."
                    + "| The state government imposed a fine of $24 million on the Santa Rita mill over the spill in the "
                    + "Claro river. Fishermen are seeking damages. The mill did not comment."
                    + "| $120 million | $24 million",
            "pt-parties-off-the-clause | A siderúrgica foi multada em 300 milhões de reais pela prefeitura municipal. "
                    + "O rio ficou vermelho por dois dias. A empresa disse que vai recorrer."
                    + "| A prefeitura municipal aplicou ontem uma multa de R$ 60 milhões à siderúrgica Aço Norte pela "
                    + "poluição do rio. Pescadores pedem indenização. A empresa não comentou."
                    + "| 300 milhões de reais | R$ 60 milhões",
    })
    void aFineFiveTimesApartIsShown(String language, String first, String second, String firstClaim,
                                    String secondClaim) {
        Briefing b = Storybrief.builder().words(80).language(language.substring(0, 2)).build()
                .briefDocuments("multa", List.of(text("a", first), text("b", second)), List.of());
        assertThat(b.disagreements()).filteredOn(d -> d.kind() == DisagreementKind.NUMBER).singleElement()
                .satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                        .containsExactlyInAnyOrder(firstClaim, secondClaim));
    }
}
