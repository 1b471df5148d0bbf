package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sections appended to the article inside its element (related teasers, author and contact boxes) are cut. */
class ClosingSectionsTest {

    private static final String P1 = "Die alte Brücke über den Fluss wird vom ersten März an für mehrere Monate gesperrt,"
            + " weil die Ingenieure bei einer Prüfung Risse in zwei der Pfeiler gefunden haben.";
    private static final String P2 = "Wer die Brücke auf dem Weg zur Arbeit nutzt, muss in dieser Zeit die Fähre nehmen"
            + " oder über die nördliche Straße fahren, was am Morgen etwa zwanzig Minuten mehr kostet.";
    private static final String TEASER = "Die Stadt hat im vergangenen Jahr schon eine kleinere Brücke in den Hügeln"
            + " schließen müssen, nachdem dort ähnliche Schäden entdeckt worden waren, und sie erst im Herbst geöffnet.";

    private static ExtractedPage extract(String body) {
        return new HtmlArticleExtractor().extract("<html><body><article><h1>Brücke gesperrt</h1>" + body
                + "</article></body></html>", null);
    }

    @Test
    void aRelatedTeaserSectionAfterTheArticleIsCutWithItsSummaries() {
        ExtractedPage page = extract("<p>" + P1 + "</p><p>" + P2 + "</p><h3>Mehr zum Thema</h3><h4>Die nächste Brücke</h4>"
                + "<p>" + TEASER + "</p>");

        assertThat(page.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void authorAndContactBoxesAfterTheArticleAreCut() {
        assertThat(extract("<p>" + P1 + "</p><p>" + P2 + "</p><p><b>Über den Autor</b></p><p>Jan Muster schreibt seit"
                + " zwanzig Jahren über Verkehr und die Städte, in denen er gelebt hat, und über ihre Brücken.</p>")
                .paragraphs()).containsExactly(P1, P2);
        assertThat(extract("<p>" + P1 + "</p><p>" + P2 + "</p><p>Kontakt:</p><p>Jan Muster</p>"
                + "<p>Telefon 0123 456789</p>").paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void anAnnouncementBeforeMostOfTheProseGoesAloneAndTheStoryGoesOn() {
        // A "more on this topic" box early in the story: its links are dropped as links, its heading as an announcement.
        ExtractedPage page = extract("<p>" + P1 + "</p><h3>Mehr zum Thema</h3><ul><li><a href=/a>Die n\u00E4chste Br\u00FCcke"
                + "</a></li></ul><p>" + P2 + "</p><p>" + TEASER + "</p>");

        assertThat(page.paragraphs()).containsExactly(P1, P2, TEASER);
    }

    @Test
    void theLabelOfTheTagListClosesTheArticle() {
        // The tags themselves go as links; teasers of other stories that follow the tag list are not the story's.
        ExtractedPage page = extract("<p>" + P1 + "</p><p>" + P2 + "</p><h4>Markiert mit</h4><p><a href='/t/verkehr'>"
                + "Verkehr</a> <a href='/t/bruecken'>Br\u00FCcken</a></p><p>" + TEASER + "</p>");

        assertThat(page.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void theInvitationToReadOtherArticlesClosesTheArticleInItsManyWordings() {
        // "These articles might interest you too", addressed to the reader in any form: the teaser after it is not the story's.
        String p3 = "Die Bauarbeiten sollen nach Angaben der Stadt bis zum Ende des Sommers dauern, wenn das Wetter mitspielt"
                + " und die bestellten Stahlträger rechtzeitig geliefert werden.";
        for (String line : new String[] {"Diese Artikel k\u00F6nnten euch auch interessieren:",
                "Das k\u00F6nnte Dich auch noch interessieren", "\u00C4hnliche Beitr\u00E4ge", "Vous aimerez aussi",
                "Przeczytaj r\u00F3wnie\u017C:", "Further reading"}) {
            ExtractedPage page = extract("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + p3 + "</p><p><strong>" + line
                    + "</strong></p><p>" + TEASER + "</p>");

            assertThat(page.paragraphs()).as(line).containsExactly(P1, P2, p3);
        }
    }
}
