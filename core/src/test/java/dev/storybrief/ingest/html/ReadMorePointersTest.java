package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A one-sentence line that sends the reader to another page and ends in its link is not the story's. */
class ReadMorePointersTest {

    private static final String P1 = "Wanderschuhe aus recycelten Materialien halten heute so lange wie die alten aus"
            + " Leder, wenn man sie nach jeder Tour trocknet und die Sohlen rechtzeitig neu besohlen lässt.";
    private static final String P2 = "Wer Schuhe repariert statt neu kauft, spart am meisten, denn das umweltschonendste"
            + " Paar ist immer das, das man schon besitzt und weiter trägt.";

    private static ExtractedPage extract(String line) {
        return new HtmlArticleExtractor().extract("<html><body><article><h1>Schuhe für lange Wege</h1><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + line + "</p></article></body></html>", null);
    }

    @Test
    void aPointerToAnotherPageGoes() {
        for (String line : new String[] {"Alles über nachhaltige Wanderschuhe findest Du <a href='/schuhe'>hier</a>.",
                "Wie man Sohlen klebt, erklären wir in unserem Beitrag <a href='/sohlen'>Sohlen selbst kleben</a>.",
                "Read more in our guide <a href='/guide'>Boots that last</a>."}) {
            assertThat(extract(line).paragraphs()).as(line).containsExactly(P1, P2);
        }
    }

    @Test
    void aSentenceOfTheStoryThatEndsInALinkStays() {
        String own = "Der Verband hat seine Zahlen zu reparierten Schuhen auf seiner <a href='/zahlen'>Website</a>"
                + " veröffentlicht.";
        String twoSentences = "Die Sohlen halten etwa tausend Kilometer. Wie man sie wechselt, findest du"
                + " <a href='/sohlen'>hier</a>.";

        assertThat(extract(own).paragraphs()).containsExactly(P1, P2,
                "Der Verband hat seine Zahlen zu reparierten Schuhen auf seiner Website veröffentlicht.");
        assertThat(extract(twoSentences).paragraphs()).containsExactly(P1, P2,
                "Die Sohlen halten etwa tausend Kilometer. Wie man sie wechselt, findest du hier.");
    }
}
