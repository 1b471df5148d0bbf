package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name that stands as the object of a verb, or inside the reported clause, is not who speaks: the subject of the
 * verb of saying is, a pronoun a few auxiliaries before it ("he did say") or the name that opens the clause
 * ("Calloway used to back Barrow, but now said"). The largest bucket of PolNeAR's tuning-part false attributions after
 * this session's other rules; the text here is made up.
 */
class ObjectNotSpeakerTest {


    private List<String> speakers(String... sentences) {
        return QuotesOf.speakers("en", sentences);
    }

    @Test
    void aPronounBeforeAuxiliariesSpeaksNotTheNameAfterTheVerb() {
        assertThat(speakers("Dana Whitcombe spoke to reporters after the rally.",
                "Though not ready to endorse anyone, he did say he found Marcus Ellery to be \u201cvery charming.\u201d"))
                .containsExactly("Dana Whitcombe");
    }

    @Test
    void anObjectOfAnEarlierVerbIsNotTheSubject() {
        assertThat(speakers("Senator Ruth Calloway used to back fellow Democrat Tom Barrow, but now said the mayor had "
                + "\u201clost the plot.\u201d")).containsExactly("Ruth Calloway");
    }

    /** The name right before the verb that opens its clause still speaks. */
    @Test
    void aSubjectRightBeforeTheVerbStillSpeaks() {
        assertThat(speakers("After the vote, Ruth Calloway met Tom Barrow, and Barrow said the deal was \u201cdone.\u201d"))
                .containsExactly("Barrow");
        assertThat(speakers("Ruth Calloway said the mayor was \u201cout of touch.\u201d")).containsExactly("Ruth Calloway");
        assertThat(speakers("The exchange between Dana Whitcombe and Marcus Ellery grew so heated over which bill passed "
                + "that New Jersey Gov. Chris Hollister said, \u201cI need a translator.\u201d"))
                .containsExactly("Chris Hollister");
    }
}
