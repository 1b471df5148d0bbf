package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb of saying joined by "and" to an earlier verb shares that verb's subject: the person right before the first
 * verb (an apposition or relative clause between), not the first name of the sentence nor an object. Made-up text.
 */
class FirstVerbSubjectTest {


    private List<String> speakers(String... sentences) {
        return QuotesOf.speakers("en", sentences);
    }

    @Test
    void theSubjectAfterWhileProposesAndSays() {
        assertThat(speakers("Senator Dana Whitcombe urged patience on Tuesday, while Governor Marcus Ellery, who "
                + "chairs the election board, proposed a recount and said the county clerk should \u201cstep aside at "
                + "once.\u201d")).containsExactly("Marcus Ellery");
        assertThat(speakers("Dana Whitcombe spoke first, and Marcus Ellery, the former state treasurer, proposed a "
                + "recount and said the process was \u201ca complete shambles.\u201d")).containsExactly("Marcus Ellery");
    }

    /** A name after the first verb or a preposition is its object; the subject before it speaks. */
    @Test
    void anObjectOfTheFirstVerbIsNotItsSubject() {
        assertThat(speakers("Dana Whitcombe thanked Marcus Ellery warmly and said the recount was \u201clong "
                + "overdue.\u201d")).containsExactly("Dana Whitcombe");
        assertThat(speakers("Dana Whitcombe met with Marcus Ellery on Tuesday and said the talks were \u201cvery "
                + "useful.\u201d")).containsExactly("Dana Whitcombe");
    }
}
