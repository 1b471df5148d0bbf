package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the trimmer may cut of a sentence's pointers to its own article: a "here" that points at a dateline the summary
 * does not show goes; of two days joined into one span, neither goes. Made-up sentences.
 */
class DeicticTrimTest {
    private final SentenceTrimmer trimmer = SentenceTrimmer.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two premiers met here Sunday with union leaders to end the dock strike.|The two premiers met with union leaders to end the dock strike.
            Ferry crews gathered here to demand a new contract from the operator.|Ferry crews gathered to demand a new contract from the operator.
            The harbour master told reporters here that the quay would reopen in May.|The harbour master told reporters that the quay would reopen in May.
            """)
    void aHereThatPointsAtTheDatelineGoes(String sentence, String expected) {
        assertThat(trimmer.trim(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferries that stop here will run every hour from May.
            The ministry said the crews were ``staying here until we are paid'' and walked out.
            Crews came from here and there to clear the quay of debris.
            """)
    void aHereThatIsNotTheDatelinesStays(String sentence) {
        assertThat(trimmer.trim(sentence)).isEqualTo(sentence);
    }

    @Test
    void twoDaysJoinedIntoOneSpanStayTogether() {
        SentenceTrimmer days = SentenceTrimmer.of(EnumSet.of(SentenceTrimmer.Rule.RELATIVE_DAY));
        assertThat(days.trim("The mayor asked for an inquiry into the damage the crews found in the depot Tuesday and"
                + " Wednesday.")).isEqualTo("The mayor asked for an inquiry into the damage the crews found in the"
                + " depot Tuesday and Wednesday.");
        assertThat(days.trim("Crews inspected the depot on Monday or Tuesday after the flood.")).isEqualTo(
                "Crews inspected the depot on Monday or Tuesday after the flood.");
        // a lone day in the same place still goes
        assertThat(days.trim("The mayor asked for an inquiry into the damage the crews found in the depot Tuesday"
                + " and the council agreed.")).isEqualTo("The mayor asked for an inquiry into the damage the crews"
                + " found in the depot and the council agreed.");
    }
}
