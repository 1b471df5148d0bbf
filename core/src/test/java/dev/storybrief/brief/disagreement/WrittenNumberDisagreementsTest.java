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
 * One outlet writes a count in words, the other in digits: a different figure is a disagreement, the same figure
 * is none. The stories are made up.
 */
class WrittenNumberDisagreementsTest {

    private static RawDocument text(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    private static Briefing brief(String language, String first, String second) {
        return Storybrief.builder().words(80).language(language).build()
                .briefDocuments("brand", List.of(text("a", first), text("b", second)), List.of());
    }

    @ParameterizedTest(name = "{0}: {3} / {4}")
    @CsvSource(delimiter = '|', value = {
            "en | Twenty one people were killed when fire swept through the Kellport grain warehouse on Tuesday, officials said."
                    + "| 30 people were killed when fire swept through the Kellport grain warehouse on Tuesday, officials said."
                    + "| Twenty one people | 30 people",
            "fr | Quinze personnes ont été tuées dans l'incendie de l'entrepôt de Rochebrune mardi, selon les pompiers."
                    + "| 12 personnes ont été tuées dans l'incendie de l'entrepôt de Rochebrune mardi, selon la préfecture."
                    + "| Quinze personnes | 12 personnes",
            "de | Dreiundzwanzig Menschen starben bei dem Brand im Lager von Lindenau am Dienstag, sagte die Feuerwehr."
                    + "| 30 Menschen starben bei dem Brand im Lager von Lindenau am Dienstag, sagte die Polizei."
                    + "| Dreiundzwanzig Menschen | 30 Menschen",
            "it | Ventitré persone sono morte nell'incendio del magazzino di Valdicorte martedì, secondo i vigili del fuoco."
                    + "| 30 persone sono morte nell'incendio del magazzino di Valdicorte martedì, secondo la prefettura."
                    + "| Ventitré persone | 30 persone",
            "es | Treinta y dos personas murieron en el incendio del almacén de Almadén el martes, según los bomberos."
                    + "| 20 personas murieron en el incendio del almacén de Almadén el martes, según la policía."
                    + "| Treinta y dos personas murieron | 20 personas murieron",
            "fr | Une vingtaine de personnes ont été tuées dans l'incendie de l'entrepôt de Rochebrune mardi, selon les pompiers."
                    + "| 12 personnes ont été tuées dans l'incendie de l'entrepôt de Rochebrune mardi, selon la préfecture."
                    + "| Une vingtaine de personnes | 12 personnes",
    })
    void aCountInWordsMeetsACountInDigits(String language, String first, String second, String firstClaim,
                                         String secondClaim) {
        Briefing b = brief(language, first, second);
        assertThat(b.disagreements()).filteredOn(d -> d.kind() == DisagreementKind.NUMBER).singleElement()
                .satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                        .containsExactlyInAnyOrder(firstClaim, secondClaim));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en | Eight people were killed when fire swept through the Kellport grain warehouse on Tuesday, officials said."
                    + "| 8 people were killed when fire swept through the Kellport grain warehouse on Tuesday, officials said.",
            "fr | Vingt-trois personnes ont été tuées dans l'incendie de l'entrepôt de Rochebrune mardi, selon les pompiers."
                    + "| 23 personnes ont été tuées dans l'incendie de l'entrepôt de Rochebrune mardi, selon la préfecture.",
    })
    void theSameCountInWordsAndDigitsIsNoDisagreement(String language, String first, String second) {
        assertThat(brief(language, first, second).disagreements()).noneMatch(d -> d.kind() == DisagreementKind.NUMBER);
    }
}
