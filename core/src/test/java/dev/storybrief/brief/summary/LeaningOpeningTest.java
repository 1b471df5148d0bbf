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
}
