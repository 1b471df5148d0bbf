package dev.storybrief.brief.disagreement;

import dev.storybrief.brief.Briefer;
import dev.storybrief.brief.summary.StorySummarizer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.analyze.quantity.QuantityRules;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A German storm whose toll rises over three days (three, then five, then six dead, told "ist auf sechs gestiegen"):
 * the headline does not give the oldest toll (QA 18, defect 6). Made-up reports of a made-up storm.
 */
class GermanRisingTollLeadTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);

    private static AnalyzedArticle article(String id, String outlet, LocalDate date, String title, String... paragraphs) {
        return TestArticle.of(id, paragraphs).title(title).outlet(outlet).published(date, "page").analyzed();
    }

    private static Story story() {
        return new StoryGrouper().group("sturm", List.of(
                article("tag1", "Kellbacher Anzeiger", MONDAY, "Sturmtief Ilka: Drei Tote in Kellbach",
                        "Das Sturmtief Ilka hat im Landkreis Oberhollen schwere Schäden angerichtet.",
                        "Drei Menschen kamen ums Leben, als Bäume auf ihre Autos stürzten, teilte die Polizei mit.",
                        "Die Feuerwehr rückte in der Nacht zu mehr als 400 Einsätzen im Landkreis Oberhollen aus.",
                        "In Kellbach blieben die Schulen am Montag geschlossen."),
                article("tag2", "Hessischer Morgen", MONDAY.plusDays(1), "Sturm Ilka: Zahl der Toten steigt auf fünf",
                        "Nach dem Sturmtief Ilka ist die Zahl der Toten im Landkreis Oberhollen auf fünf gestiegen.",
                        "Die Polizei fand zwei weitere Opfer in einem Waldstück bei Kellbach, teilte die Polizei mit.",
                        "Die Feuerwehr im Landkreis Oberhollen beseitigte weiter umgestürzte Bäume.",
                        "Die Schulen in Kellbach öffnen am Mittwoch wieder."),
                article("tag3", "Rhein-Main-Rundschau", MONDAY.plusDays(2), "Sturmtief Ilka: Bootsfahrer tot geborgen",
                        "Taucher haben am Lindensee die Leiche eines vermissten Bootsfahrers geborgen.",
                        "Damit ist die Zahl der Toten nach dem Sturmtief Ilka im Landkreis Oberhollen auf sechs gestiegen.",
                        "Die Polizei im Landkreis Oberhollen schloss die Suche am Lindensee ab.",
                        "Die Aufräumarbeiten in Kellbach dauern nach Angaben der Feuerwehr an.")));
    }

    @Test
    void aTollSetAfterItsWordsIsAToll() {
        List<QuantitySpan> found = QuantityRules.forLanguage("de").extract(
                "Damit ist die Zahl der Toten nach dem Sturmtief auf sechs gestiegen.", 0, 0);
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(6);
            assertThat(q.key()).isEqualTo("people killed");
        });
        assertThat(QuantityRules.forLanguage("es").extract("El número de muertos ascendió a seis.", 0, 0))
                .singleElement().satisfies(q -> assertThat(q.key()).isEqualTo("people killed"));
    }

    @Test
    void aRiseIsReadInGermanSpanishAndPortuguese() {
        String de = "Die Zahl der Toten ist auf sechs gestiegen.";
        assertThat(LatestFigures.statedAsUpdate(de, de.indexOf("sechs"), de.indexOf("sechs") + 5)).isTrue();
        String title = "Sturm Ilka: Zahl der Toten steigt auf fünf";
        assertThat(LatestFigures.statedAsUpdate(title, title.indexOf("fünf"), title.length())).isTrue();
        String es = "El número de muertos ascendió a seis.";
        assertThat(LatestFigures.statedAsUpdate(es, es.indexOf("seis"), es.indexOf("seis") + 4)).isTrue();
        String pt = "O número de mortos subiu para seis.";
        assertThat(LatestFigures.statedAsUpdate(pt, pt.indexOf("seis"), pt.indexOf("seis") + 4)).isTrue();
    }

    @Test
    void theHeadlineDoesNotGiveTheOldestToll() {
        Briefing briefing = Briefer.standard(new StorySummarizer()).brief(story(), 80, List.of());
        assertThat(briefing.headline()).isNotNull().doesNotContain("Drei").doesNotContain("fünf");
    }
}
