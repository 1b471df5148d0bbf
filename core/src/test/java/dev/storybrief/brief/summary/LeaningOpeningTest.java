package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A summary does not open with a sentence that adds to one left out ("El tribunal le obliga además a indemnizar..."
 * without the sentence it adds to; QA 18, defect 6). Made-up reports of a made-up trial.
 */
class LeaningOpeningTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 10, 15);

    private static AnalyzedArticle article(String id, String outlet, LocalDate date, String title, String... paragraphs) {
        return TestArticle.of(id, paragraphs).title(title).outlet(outlet).published(date, "page").analyzed();
    }

    private static Story story() {
        return new StoryGrouper().group("juicio", List.of(
                article("correo", "Correo de Almares", THURSDAY, "Seis años de cárcel para Tomás Aguirre",
                        "La Audiencia Provincial de Almares condenó este jueves al empresario Tomás Aguirre a seis años"
                                + " de prisión por estafar a unos 300 ahorradores de Almares con participaciones preferentes.",
                        "El tribunal le obliga además a indemnizar a las víctimas de la estafa con 4,2 millones de euros.",
                        "El abogado de Aguirre, Luis Serrano, anunció que recurrirá la sentencia ante el Tribunal Supremo."),
                article("onda", "Onda Almares", THURSDAY, "Aguirre deberá indemnizar a las víctimas",
                        "Tomás Aguirre deberá indemnizar a las víctimas de la estafa con 4,2 millones de euros.",
                        "Las víctimas de la estafa celebraron la sentencia a las puertas de la Audiencia de Almares.",
                        "Serrano dijo que recurrirá la sentencia ante el Tribunal Supremo."),
                article("agencia", "Agencia Ibérica", THURSDAY.plusDays(1), "Aguirre recurrirá la condena",
                        "El tribunal obliga a Aguirre a indemnizar a las víctimas de la estafa con 4,2 millones de euros.",
                        "El abogado de Tomás Aguirre recurrirá la sentencia ante el Tribunal Supremo.",
                        "La fiscal Marta Gil dijo que la Fiscalía se opondrá al recurso.")));
    }

    @Test
    void anAdditiveAdverbLeansBackInEachLanguage() {
        assertThat(LeaningSentences.leansBack("El tribunal le obliga además a indemnizar a las víctimas.", "es")).isTrue();
        assertThat(LeaningSentences.leansBack("The court also ordered him to pay $4 million.", "en")).isTrue();
        assertThat(LeaningSentences.leansBack("Das Gericht verhängte außerdem eine Geldstrafe.", "de")).isTrue();
        assertThat(LeaningSentences.leansBack("El tribunal condenó a Aguirre a seis años.", "es")).isFalse();
    }

    @Test
    void theSummaryNeverOpensWithAnAddition() {
        for (int budget = 30; budget <= 90; budget += 10) {
            List<SummarySentence> summary = new StorySummarizer().summarize(story(), budget);
            assertThat(summary).as("budget " + budget).isNotEmpty();
            if (summary.size() > 1) {
                assertThat(summary.get(0).text()).as("budget " + budget).doesNotContain("además");
            }
        }
    }

    /**
     * An anaphoric opener (QA27 #12) names its subject by a sentence before: a pronoun, a possessive, "the latter", a
     * person named by a contest's outcome. A pronoun that stands for nothing ("Il y a", "It was", "Es gibt") and a
     * sentence naming its subject do not lean.
     */
    @Test
    void anAnaphoricOpenerLeansBackInEachLanguage() {
        assertThat(LeaningSentences.leansBack("Son adversaire, Jean Morel, a reconnu sa défaite.", "fr")).isTrue();
        assertThat(LeaningSentences.leansBack("Ce dernier a quitté la salle.", "fr")).isTrue();
        assertThat(LeaningSentences.leansBack("His opponent, Jean Morel, conceded late on Sunday.", "en")).isTrue();
        assertThat(LeaningSentences.leansBack("\u201cWe were outplayed,\u201d the losing coach said.", "en")).isFalse();
        assertThat(LeaningSentences.leansBack("The losing coach, Tim Hale, said his side had been outplayed.", "en"))
                .isTrue();
        assertThat(LeaningSentences.leansBack("She conceded defeat on Sunday night.", "en")).isTrue();
        assertThat(LeaningSentences.leansBack("Ihr Anwalt kündigte Berufung an.", "de")).isTrue();
        assertThat(LeaningSentences.leansBack("Su rival reconoció la derrota.", "es")).isTrue();
        assertThat(LeaningSentences.leansBack("Il suo avversario ha ammesso la sconfitta.", "it")).isTrue();
        assertThat(LeaningSentences.leansBack("Jego rywal uznał porażkę.", "pl")).isTrue();
        assertThat(LeaningSentences.leansBack("Il y a eu trois morts dans l'accident.", "fr")).isFalse();
        assertThat(LeaningSentences.leansBack("Il faut reconstruire le pont, a dit le maire.", "fr")).isFalse();
        assertThat(LeaningSentences.leansBack("It was the worst storm in a decade.", "en")).isFalse();
        assertThat(LeaningSentences.leansBack("Es gibt keine Verletzten.", "de")).isFalse();
        assertThat(LeaningSentences.leansBack("Marie Dubois a été élue maire de Lorvan.", "fr")).isFalse();
        assertThat(LeaningSentences.leansBack("Herald readers voted the library the town's best building.", "en"))
                .isFalse();
    }

    /**
     * "Son adversaire, Jean Morel, a reconnu sa défaite", dated the election night, read before the next day's report
     * of the result (QA27 #12): the summary opens with the result, and the concession is read after it. Its own
     * article's lead, which repeats the result, does not come in beside the next day's.
     */
    @Test
    void aPossessiveOpenerIsReadAfterTheLineItLeansOn() {
        Story story = new StoryGrouper().group("vote", List.of(
                article("courrier", "Courrier de Lorvan", THURSDAY, "Marie Dubois élue maire de Lorvan",
                        "Marie Dubois a été élue maire de Lorvan dimanche avec 54 % des voix au second tour.",
                        "Son adversaire, Jean Morel, a reconnu sa défaite dans la soirée et l'a félicitée."),
                article("radio", "Radio Lorvan", THURSDAY.plusDays(1), "Lorvan : Dubois l'emporte",
                        "Marie Dubois a remporté dimanche la mairie de Lorvan avec 54 % des voix face à Jean Morel.",
                        "La nouvelle maire prendra ses fonctions le 15 décembre.")));
        var index = story.index(dev.storybrief.model.StoryView.MAIN);
        List<SummaryCandidate> ranked = new CandidateRanking(new CandidateFilter(), StorySummarizer.Weights.DEFAULT,
                SentenceTrimmer.standard()).rank(story, index.articles(), index, index.centroid());
        SummaryCandidate concession = ranked.stream().filter(c -> c.text().startsWith("Son adversaire")).findFirst()
                .orElseThrow();
        SummaryCandidate result = ranked.stream().filter(c -> c.text().contains("a remporté")).findFirst().orElseThrow();
        List<SummaryCandidate> opened = SummaryReadingOrder.withoutLeaningOpening(List.of(concession, result), ranked,
                100, index.articles(), index, StorySummarizer.DEFAULT_REDUNDANCY);
        // before: the concession opened the summary, leaning on the result read after it
        assertThat(opened).containsExactly(result, concession);
    }
}
