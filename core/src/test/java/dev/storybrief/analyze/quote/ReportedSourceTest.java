package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.entity.EntityRecognizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "« … », selon Le Monde": the paper reports, the person says (QA24's left, ent25's left). A quote credited "according
 * to" a newspaper goes to the person its sentence shows saying it, else to the person its paragraph put forward, and
 * to the paper only when there is none. Made-up articles; each sentence is its own paragraph unless grouped.
 */
class ReportedSourceTest {

    private final EntityRecognizer recognizer = new EntityRecognizer();
    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<String> speakers(String language, List<Integer> paragraphs, String... sentences) {
        List<String> texts = List.of(sentences);
        return extractor.extract(texts, recognizer.recognizeDocument(texts, Set.of(), Set.of(), language), language,
                paragraphs).stream().map(Quote::speaker).toList();
    }

    @Test
    void aFrenchPaperReportsWhatThePersonOfItsSentenceOrParagraphSays() {
        assertThat(speakers("fr", List.of(0, 1, 1, 2),
                "Le maire Jean Dufresne a promis de « tout reconstruire avant l'été », selon Le Monde.",
                "Marie Lacombe, une habitante du quartier de la gare, a perdu sa boutique.",
                "« Nous n'avons rien pu sauver », selon Le Figaro.",
                "« La situation reste très préoccupante dans toute la vallée », selon Le Monde."))
                .containsExactly("Jean Dufresne", "Marie Lacombe", "Le Monde");
    }

    @Test
    void aSpanishPaperLikewise() {
        assertThat(speakers("es", List.of(0, 1, 1, 2),
                "El alcalde Juan Ortega prometió «reconstruirlo todo antes del verano», según El País.",
                "Ana Molina, vecina del barrio de la estación, perdió su tienda.",
                "«No pudimos salvar nada», según El Mundo.",
                "«La situación sigue siendo muy preocupante en todo el valle», según El País."))
                // the paper's name without the sentence's full stop ("El País.")
                .containsExactly("Juan Ortega", "Ana Molina", "El País");
    }

    @Test
    void germanSoCreditsLikeLautAndThePaperReports() {
        assertThat(speakers("de", List.of(0, 1, 1, 2),
                "Bürgermeister Klaus Berger versprach, „alles bis zum Sommer wieder aufzubauen“, so die Zeitung.",
                "Anna Krüger, eine Anwohnerin aus dem Bahnhofsviertel, hat ihren Laden verloren.",
                "„Wir konnten nichts retten“, so die Lokalzeitung.",
                "„Die Lage bleibt im ganzen Tal sehr ernst“, so der Landrat."))
                .containsExactly("Klaus Berger", "Anna Krüger", "der Landrat");
    }

    /** A source that is no outlet says its own words; a description with no verb of the person's is the source's. */
    @Test
    void aSourceThatIsNoPaperOrAPersonWithoutAVerbOfSaying() {
        assertThat(speakers("fr", List.of(0, 0),
                "Le suspect Paul Martin a été arrêté dans la nuit.",
                "« Il était armé », selon la police."))
                .containsExactly("la police");
        assertThat(speakers("fr", List.of(0),
                "Le gouverneur Paul Roy était « très en colère » après le vote, selon Le Monde."))
                .containsExactly("Le Monde");
        // a clause set off by a comma between the verb and the quote: the quote is not what the verb took
        assertThat(speakers("fr", List.of(0),
                "Après que Paul Roy a parlé aux habitants, la foule est devenue « furieuse », selon Le Monde."))
                .containsExactly("Le Monde");
    }

    /**
     * English's "according to" keeps crediting its source, as PolNeAR (annotated the PARC way) does: "Trump said he
     * was “happy to see” ..., according to The New York Times" is the Times' there.
     */
    @Test
    void englishAccordingToStillCreditsItsSource() {
        assertThat(speakers("en", List.of(0),
                "Governor Dana Whitfield called the vote “a disgrace,” according to The Harbour Gazette."))
                .containsExactly("Harbour Gazette");
    }

    /** Without paragraphs nothing before the sentence is read: the paper stays. */
    @Test
    void withoutParagraphsAQuoteAloneStaysThePapers() {
        assertThat(speakers("fr", null,
                "Marie Lacombe, une habitante du quartier de la gare, a perdu sa boutique.",
                "« Nous n'avons rien pu sauver », selon Le Figaro."))
                .containsExactly("Le Figaro");
    }
}
