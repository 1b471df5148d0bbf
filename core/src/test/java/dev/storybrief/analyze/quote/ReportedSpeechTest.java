package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who said a quote inside a reported clause ("dijo que el árbitro Juan Pérez «no vio la falta»"), and names in
 * quotation marks that nobody said ("le navire « Ocean Star »"); QA tour 24's #11 and #13, in made-up articles.
 */
class ReportedSpeechTest {

    private List<Quote> extract(String language, String... sentences) {
        return QuotesOf.quotes(language, sentences);
    }

    /** Spanish, Portuguese and Italian drop the subject: the verb's "he" is the coach named before, not the referee. */
    @Test
    void aDroppedSubjectIsWhoSpokeNotTheNameInTheReportedClause() {
        assertThat(extract("es", "El entrenador Carlos Medina habló tras el partido.",
                "Dijo que el árbitro Juan Pérez «no vio la falta» en la jugada del gol."))
                .extracting(Quote::speaker).containsExactly("Carlos Medina");
        assertThat(extract("pt", "O treinador Carlos Medeiros falou depois do jogo.",
                "Disse aos jornalistas que o árbitro João Pereira «não viu a falta» no lance."))
                .extracting(Quote::speaker).containsExactly("Carlos Medeiros");
        assertThat(extract("it", "L'allenatore Carlo Medici ha parlato dopo la partita.",
                "Dopo la partita, ha detto che l'arbitro Giovanni Pieri «non ha visto il fallo»."))
                .extracting(Quote::speaker).containsExactly("Carlo Medici");
    }

    /** The subject written before "dijo que", "a déclaré que", "ha detto che" speaks, as before the rule. */
    @Test
    void aWrittenSubjectBeforeTheReportedClauseSpeaks() {
        assertThat(extract("es", "El entrenador del club, Carlos Medina, dijo que el árbitro Juan Pérez «no vio la falta»."))
                .extracting(Quote::speaker).containsExactly("Carlos Medina");
        assertThat(extract("fr", "L'entraîneur Charles Médard a parlé après le match.",
                "Il a déclaré que l'arbitre Jean Perrin « n'a pas vu la faute » sur le but."))
                .extracting(Quote::speaker).containsExactly("Charles Médard");
        assertThat(extract("it", "Carlo Medici ha detto che l'arbitro Giovanni Pieri «non ha visto il fallo»."))
                .extracting(Quote::speaker).containsExactly("Carlo Medici");
    }

    /** A name after "que" is no one put forward as a speaker: a later "ele" is still the coach. */
    @Test
    void aNameInAReportedClauseIsNotTheNextPronounsPerson() {
        assertThat(extract("pt", "O treinador Carlos Medeiros falou depois do jogo.",
                "Disse que o árbitro João Pereira errou no segundo golo.",
                "«Não há desculpas», disse ele."))
                .extracting(Quote::speaker).containsExactly("Carlos Medeiros");
    }

    @Test
    void aNameInQuotationMarksIsNoQuote() {
        assertThat(extract("fr", "Le navire « Ocean Star » a transporté les supporters jusqu'à Villeneuve.")).isEmpty();
        assertThat(extract("de", "Das Schiff „Nordlicht Zwei“ brachte die Gäste nach Neustadt.")).isEmpty();
        assertThat(extract("es", "El barco «Estrella del Mar» llevó a los aficionados.")).isEmpty();
        assertThat(extract("en", "The ship \"Northern Light\" will be the first to dock, the harbour office said."))
                .isEmpty();
    }

    /** Said words stay quotes: a one-word reply, a name followed by its comma, a clause in capitals of a headline. */
    @Test
    void saidWordsStayQuotesWhateverTheirCapitals() {
        assertThat(extract("en", "\"Outrageous,\" Tom Grady said.")).extracting(Quote::text)
                .containsExactly("Outrageous");
        assertThat(extract("en", "\"Northern Light,\" Tom Grady said when asked for the ship's name."))
                .extracting(Quote::speaker).containsExactly("Tom Grady");
        assertThat(extract("fr", "« Nous partirons demain », a dit le capitaine Paul Girard.")).extracting(Quote::text)
                .containsExactly("Nous partirons demain");
        assertThat(extract("en", "Protesters chanted \"NO MORE CUTS\" outside the hall.")).hasSize(1);
    }
}
