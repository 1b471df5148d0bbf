package dev.storybrief.brief.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A thing a story counts once in each of its few reports is one count, however each outlet words the sentence it
 * gives it in; an Italian or Spanish perfect ("sono state evacuate") tells what has happened, not a headcount of the
 * moment. Made-up reports.
 */
class CountedOncePerReportTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 4);

    private static AnalyzedArticle article(String id, String outlet, String... paragraphs) {
        return TestArticle.of(id, paragraphs).title("Report " + id).outlet(outlet).published(DAY, "page").analyzed();
    }

    private static List<String> figures(AnalyzedArticle... articles) {
        return new NumberDisagreements().find(new StoryGrouper().group("s", List.of(articles))).stream()
                .flatMap(d -> d.claims().stream()).map(c -> c.statement()).toList();
    }

    @Test
    void theOneCountOfEachReportDisagreesThoughTheSentencesShareNoOtherWord() {
        assertThat(figures(
                article("a", "Veldhovens Dagblad", "Gisteravond brak een grote brand uit in een loods in Veldhoven.",
                        "Ongeveer 3.000 bewoners kregen het advies ramen en deuren gesloten te houden vanwege de rook.",
                        "De oorzaak van de brand is nog onbekend."),
                article("b", "Omroep Kempen", "Een loods in Veldhoven is gisteravond volledig afgebrand.",
                        "Door de brand moesten woensdagavond 5.500 bewoners van Veldhoven binnen blijven.",
                        "De brandweer was de hele nacht bezig.")))
                .containsExactlyInAnyOrder("Ongeveer 3.000 bewoners", "5.500 bewoners");
        assertThat(figures(
                article("a", "Harbour Courier", "Bus drivers in Selby walked out on Monday over pay.",
                        "About 300 drivers employed by Selby Buses are taking part in the four-day walkout, the union said."),
                article("b", "Selby Evening News", "Most Selby Buses services did not run on Tuesday over the pay row.",
                        "The company says 240 drivers are on strike.")))
                .containsExactlyInAnyOrder("About 300 drivers", "240 drivers");
    }

    @Test
    void aReportThatCountsTheThingTwiceKeepsTheSentencesTests() {
        // the second report gives two counts of drivers: which of them the first report's count answers, only the
        // sentences can tell, and these share no word beyond the drivers
        assertThat(figures(
                article("a", "Harbour Courier", "Bus drivers in Selby walked out on Monday over pay.",
                        "About 300 drivers employed by Selby Buses are taking part in the four-day walkout, the union said."),
                article("b", "Selby Evening News", "Most Selby Buses services did not run on Tuesday over the pay row.",
                        "The company says 240 drivers are on strike.", "Another 40 drivers of a contractor kept working.")))
                .isEmpty();
    }

    @Test
    void anItalianPerfectIsNoHeadcountOfTheMoment() {
        assertThat(figures(
                article("a", "Gazzetta del Monte", "Una frana si è staccata ieri sera dal monte Sella sopra Torrevecchia.",
                        "Circa 900 persone sono state evacuate dalle frazioni di Pian e Colle nel corso della notte."),
                article("b", "Corriere della Valle", "Sono 1.300 gli sfollati dopo la frana che ieri sera ha invaso la"
                        + " strada statale a Torrevecchia.", "La frana del monte Sella si muove ancora, dice la prefetta.")))
                .containsExactlyInAnyOrder("Circa 900 persone", "1.300 gli sfollati");
    }

    @Test
    void aLanguageWithoutQuantityRulesComparesCountsOfOneNounByItsStem() {
        // Russian has no quantity table: "24 жителя" and "30 жителей" count one noun, by the language's stemmer
        assertThat(figures(
                article("a", "Вести Заречья", "Река Сосна вышла из берегов в посёлке Заречный.",
                        "Из затопленных улиц эвакуировали 24 жителя, сообщили спасатели."),
                article("b", "Заречные новости", "В посёлке Заречный река Сосна затопила дома.",
                        "Около 30 жителей провели ночь в школе.")))
                .containsExactlyInAnyOrder("24 жителя", "30 жителей");
        // the language's words for million and thousand (CLDR) make an amount, whose thing comes later: two sums for
        // two purposes are no count of one noun
        assertThat(figures(
                article("a", "Вести Заречья", "Река Сосна вышла из берегов в посёлке Заречный.",
                        "Правительство выделило 10 миллионов рублей на помощь жителям."),
                article("b", "Заречные новости", "В посёлке Заречный река Сосна затопила дома.",
                        "Ущерб оценивают в 35 миллионов рублей.")))
                .isEmpty();
    }
}
