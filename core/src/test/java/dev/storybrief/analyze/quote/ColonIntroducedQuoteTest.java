package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quote introduced by a colon in its own sentence ("..., he demurred: “...”") is credited there, by the pronoun
 * that opens the introducing clause, and never by the next sentence's verb (PolNeAR tuning errors; made-up text).
 */
class ColonIntroducedQuoteTest {

    private List<Quote> extract(String... sentences) {
        return QuotesOf.quotes("en", sentences);
    }

    @Test
    void thePronounOpeningTheIntroducingClauseSpeaks() {
        assertThat(extract("Senator Tom Grady toured the state on Monday.",
                "Asked which county was his favorite, he demurred: “Whichever one I’m in at the moment.”",
                "Dr. Anna Ward stated: \"The department isn't about justice anymore.\""))
                .extracting(Quote::speaker).containsExactly("Tom Grady", "Anna Ward");
    }

    /** A quote ending its sentence with no introducer is still credited by a short next sentence. */
    @Test
    void aQuoteWithoutAColonMayStillTakeTheNextSentencesSpeaker() {
        assertThat(extract("Senator Tom Grady toured the state on Monday.", "It was “a great day for the state.”",
                "Grady said it twice."))
                .extracting(Quote::speaker).containsExactly("Grady");
    }
}
