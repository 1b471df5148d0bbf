package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Labels of the page's interface in German, French and Polish are not the story, whole lines only; nor are bylines
 * under a label ("Autor: Name", "Text: Name") or a phrase ("Geschrieben von Name") and credits in parentheses
 * ("(Foto: Agentur)"), the German, French and Polish forms of "By Name", "Written by Name" and "(Photo: ...)".
 */
class InterfaceLabelsTest {

    private static final String P1 = "Der Stadtrat hat am Dienstag beschlossen, die alte Bibliothek noch fünf Jahre"
            + " offen zu halten, nachdem mehr als dreitausend Einwohner einen Brief gegen die Schließung unterschrieben.";
    private static final String P2 = "Das Gebäude braucht ein neues Dach und eine Heizung, die die Stadt aus dem Geld"
            + " für die Sporthalle bezahlen will, sagte der Bürgermeister nach der Abstimmung.";
    private static final String P3 = "Die Freiwilligen der Bibliothek wollen im Frühjahr ein Fest im Garten feiern,"
            + " zu dem sie alle einladen, die den Brief unterschrieben haben.";

    private static ExtractedPage extract(String line) {
        return new HtmlArticleExtractor().extract("<html><body><article><h1>Bibliothek bleibt offen</h1><p>" + P1
                + "</p><p>" + line + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article></body></html>", null);
    }

    @Test
    void interfaceLabelsAmongTheParagraphsGo() {
        for (String label : new String[] {"Werbung", "Artikel teilen", "Lesezeit: 4 Minuten", "Lesedauer: 8 Min.",
                "Zum Seitenanfang", "Kommentare (3)", "Schreibe einen Kommentar", "War dieser Artikel hilfreich?",
                "Partager cet article", "Retour en haut de page", "Udost\u0119pnij", "Czas czytania: 3 min",
                "Seite 1 von 2", "Alle Rechte vorbehalten.", "Beitragsbild via Unsplash."}) {
            assertThat(extract(label).paragraphs()).as(label).containsExactly(P1, P2, P3);
        }
    }

    @Test
    void theCaptionOfAToggleGoes() {
        // An accordion's or a list's switch: "hide the sources", "show more".
        for (String label : new String[] {"Quellen ausblenden", "Mehr anzeigen", "Show more", "Afficher plus",
                "Poka\u017C wi\u0119cej"}) {
            assertThat(extract(label).paragraphs()).as(label).containsExactly(P1, P2, P3);
        }
    }

    @Test
    void aSentenceThatOpensWithSuchAWordStays() {
        String line = "Werbung für die Bibliothek macht seit Jahren vor allem der Förderverein.";

        assertThat(extract(line).paragraphs()).containsExactly(P1, line, P2, P3);
    }

    @Test
    void labelledBylinesAndCreditsInParenthesesGo() {
        for (String line : new String[] {"Autorin: Erika Muster", "Text: Max Muster, Stadtreporter",
                "Geschrieben von Max Muster", "\u00C9crit par Jean Dupont", "Autor: Jan Kowalski", "(Foto: Agentur Muster)"}) {
            assertThat(extract(line).paragraphs()).as(line).containsExactly(P1, P2, P3);
        }
    }

    @Test
    void aLabelOverTextStays() {
        String line = "Text: Die Satzung der Bibliothek gilt weiter, bis der Rat eine neue beschließt.";

        assertThat(extract(line).paragraphs()).containsExactly(P1, line, P2, P3);
    }
}
