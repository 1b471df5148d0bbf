package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether a line reports speech: a quotation of three words or more between marks, or a verb of saying. The
 * quotation is read mark to mark, so a long line full of unclosed marks is read in one pass.
 */
class ReportedSpeechTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            quoted words|The mayor called it “a dark day for the town” on Friday.|true
            opened low, closed high|„Wir schaffen das nicht allein“, hieß es im Rathaus.|true
            guillemets|« Nous resterons ouverts tout l'hiver » , a promis la direction.|true
            two words|The shop sells “fresh bread” every morning.|false
            a mark left open|Menu “Home News Sport Weather Contact|false
            a verb of saying|The council said the road would reopen in March.|true
            furniture|Accept all cookies Manage preferences|false
            a number first|The sign read “24 hours a day” in red letters.|false
            """)
    void tellsReportedSpeech(String what, String line, boolean reported) {
        assertThat(ReportedSpeech.isReported(line)).as(what).isEqualTo(reported);
    }

    /**
     * A giant attribute turned to text: opening marks that nothing closes, words between them. A pattern with a lazy
     * body read the rest of the line again at every word after every mark.
     */
    @ParameterizedTest(name = "{0} marks")
    @CsvSource({"10", "300"})
    void aLongLineOfUnclosedMarksIsNoQuotation(int marks) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < marks; i++) {
            line.append("‘data value ").append(i).append(" of the attribute ");
        }
        assertThat(ReportedSpeech.isReported(line.toString())).isFalse();
        assertThat(ReportedSpeech.isReported(line + "«the end of it»")).isTrue();
    }
}
