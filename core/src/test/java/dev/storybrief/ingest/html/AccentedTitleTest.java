package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A title written for search engines often drops its accents ("Marie Dupont elue maire de Ville") where the article's
 * h1 or Open Graph title keeps them: of two forms of the same words, the headline is the one with its accents.
 */
class AccentedTitleTest {

    private static final String BODY = "<p>La candidate de la liste citoyenne a remporté le second tour des élections"
            + " municipales dimanche soir, avec 54 % des voix, devant le maire sortant qui briguait un troisième mandat.</p>"
            + "<p>La participation a atteint 48 %, en hausse de six points par rapport au premier tour, selon les"
            + " chiffres de la préfecture publiés dans la nuit.</p>";

    private static String title(String head, String heading) {
        return new HtmlArticleExtractor().extract("<html lang='fr'><head>" + head + "</head><body><main><article>"
                + heading + BODY + "</article></main></body></html>", null).title();
    }

    @Test
    void theH1WithItsAccentsWinsOverAnAccentlessPageTitle() {
        assertThat(title("<title>Marie Dupont elue maire de Ville - Le Courrier de Ville</title>",
                "<h1>Marie Dupont élue maire de Ville</h1>")).isEqualTo("Marie Dupont élue maire de Ville");
    }

    @Test
    void anAccentedOpenGraphTitleWinsOverAnAccentlessH1() {
        assertThat(title("<title>Marie Dupont elue maire de Ville</title>"
                        + "<meta property='og:title' content='Marie Dupont élue maire de Ville'>",
                "<h1>MARIE DUPONT ELUE MAIRE DE VILLE</h1>")).isEqualTo("Marie Dupont élue maire de Ville");
    }

    @Test
    void formsOfOtherWordsAreNotTakenForTheSameHeadline() {
        assertThat(title("<title>Marie Dupont elue maire de Ville</title>", "<h1>Élection à Ville</h1>"))
                .isEqualTo("Marie Dupont elue maire de Ville");
    }
}
