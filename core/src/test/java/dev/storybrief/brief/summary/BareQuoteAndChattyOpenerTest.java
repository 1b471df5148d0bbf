package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines a summary of reports cannot stand on: a quotation of a few words with nothing but a bare speaker tag ("``...,''
 * Okafor said."), which leans on the sentences that named the speaker and told the event, and a blog's aside to its reader
 * ("Hey, ...", "So, ..."). Made-up sentences.
 */
class BareQuoteAndChattyOpenerTest {
    private List<Boolean> accepted(String... paragraphs) {
        return CandidateFilterTest.accepted(paragraphs);
    }

    @Test
    void aQuotationWithABareTagIsNoSummaryLine() {
        assertThat(accepted("``The queues at the depot get longer,'' Okafor said.",
                "\u201cWe will not load a single ship,\u201d he said.",
                "\u00ab Nous ne chargerons plus aucun navire \u00bb, a-t-il dit.",
                "\"The quay is closed for safety reasons,\" said the spokesman."))
                .containsExactly(false, false, false, false);
    }

    @Test
    void aQuotationWhoseTagNamesAndPlacesTheSpeakerStays() {
        assertThat(accepted("\u201cWe have reached an agreement on the rota,\u201d union leader Ada Okafor announced"
                + " outside the depot on Friday.",
                "Okafor said the dockers would ``not load a single ship'' until the rota was withdrawn.",
                // a long quotation tells the fact in the speaker's words, whoever the tag names
                "\u201cWe will close the depot at Kelby on Monday and move all 300 jobs to the new terminal at Port"
                        + " Aldren,\u201d he said."))
                .containsExactly(true, true, true);
    }

    @Test
    void aBlogsAsideToItsReaderIsNoSummaryLine() {
        assertThat(accepted("Hey, while we are all still laughing, why not enjoy the news that the robot is back on duty.",
                "So, the ferry company has finally admitted that the timetable was a fiction.",
                "Well, that was quick: the council reversed its parking decision within a week."))
                .containsExactly(false, false, false);
        // "So far" and "Now" open news sentences
        assertThat(accepted("So far, 14 ferries have been cancelled because of the strike at the depot.",
                "Now the council says the parking decision will be reviewed within a week."))
                .containsExactly(true, true);
    }
}
