package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb of saying joined to an earlier verb by "and" or "but" (and their kin in other languages) shares that verb's
 * subject, written before the conjunction; the words after it are what was said, never who said it. The article text
 * is made up.
 */
class CoordinatedVerbSpeakerTest {


    private List<String> speakers(String language, String... sentences) {
        return QuotesOf.speakers(language, sentences);
    }

    @Test
    void theWordsAfterAndSaidAreTheReportedClauseNotItsSpeaker() {
        assertThat(speakers("en", "Senator Ruth Calloway called the harbour plan \u201creckless\u201d and said the "
                + "council is bound to regret it.")).containsExactly("Ruth Calloway");
        assertThat(speakers("en", "Mayor Pilar Oduya dismissed the audit as \u201ca fishing trip\u201d but added the "
                + "city would cooperate.")).containsExactly("Pilar Oduya");
    }

    /** A quote after the coordinated verb: its speaker is still the subject before "and", not the object after it. */
    @Test
    void aQuoteAfterTheCoordinatedVerbIsTheFirstSubjects() {
        assertThat(speakers("en", "Ruth Calloway toured the flooded wharf on Monday and told the harbour board the "
                + "repairs were \u201cyears overdue.\u201d")).containsExactly("Ruth Calloway");
        assertThat(speakers("en", "Ruth Calloway toured the flooded wharf on Monday and said the harbour board "
                + "\u201cwaited far too long.\u201d")).containsExactly("Ruth Calloway");
        // the second quote's words before it open after the first quote: "and has said the board" names no subject
        assertThat(speakers("en", "Ruth Calloway called the closure \u201ca disgrace\u201d and has said the harbour "
                + "board \u201cwaited far too long.\u201d")).containsExactly("Ruth Calloway", "Ruth Calloway");
    }

    /** A capital "And" opens its own sentence, whose verb may put its subject after it as "said" does alone. */
    @Test
    void aSentenceOpeningWithAndMayStillNameItsSpeakerAfterTheVerb() {
        assertThat(speakers("en", "And said the harbour master: \u201cWe will not reopen before spring.\u201d"))
                .containsExactly("the harbour master");
    }

    @Test
    void otherLanguagesCoordinateTheSameWay() {
        assertThat(speakers("es", "La alcaldesa Pilar Oduya calificó la auditoría de \u00abuna pesca\u00bb y dijo el "
                + "lunes que el ayuntamiento colaborará.")).containsExactly("Pilar Oduya");
        assertThat(speakers("fr", "Le maire Jean Vallier a qualifié le projet de \u00ab folie \u00bb et a déclaré le "
                + "conseil incapable de le financer.")).containsExactly("Jean Vallier");
        assertThat(speakers("de", "Bürgermeisterin Anke Lohmann nannte den Plan \u201everrückt\u201c und sagte der "
                + "Stadtrat werde ihn ablehnen.")).containsExactly("Anke Lohmann");
    }
}
