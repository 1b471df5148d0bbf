package dev.storybrief.brief.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report written in short sentences fits a fourth into the room of a wire report's three-sentence lead: a count
 * given there is the report's own count as much as one in its first three sentences. Made-up reports.
 */
class LeadOfShortSentencesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 7, 21);

    private static AnalyzedArticle article(String id, String outlet, String... paragraphs) {
        return TestArticle.of(id, paragraphs).title("Report " + id).outlet(outlet).published(DAY, "page").analyzed();
    }

    @Test
    void aCountInTheFourthShortSentenceIsInTheLead() {
        List<String> figures = new NumberDisagreements().find(new StoryGrouper().group("s", List.of(
                article("a", "La Gazette du Var", "Un feu de forêt brûle depuis samedi près de Valbonne.",
                        "Deux maisons ont été détruites.", "Le vent souffle toujours.",
                        "Quelque 400 pompiers luttent contre les flammes.",
                        "« La nuit a été longue », a déclaré le maire."),
                article("b", "Var Matin Express", "L'incendie de Valbonne n'est toujours pas fixé.",
                        "Deux maisons ont brûlé depuis samedi.", "Le préfet est sur place.",
                        "Plus de 650 pompiers sont engagés sur le terrain.",
                        "Des renforts arrivent d'Italie.")))).stream()
                .flatMap(d -> d.claims().stream()).map(c -> c.statement()).toList();
        assertThat(figures).anyMatch(s -> s.contains("400 pompiers")).anyMatch(s -> s.contains("650 pompiers"));
    }
}
