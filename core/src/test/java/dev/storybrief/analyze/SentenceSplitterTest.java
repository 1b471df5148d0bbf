package dev.storybrief.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    /**
     * A page's noise can hold a megabyte without a space; the repairs read only the words at each seam, so joining
     * many pieces stays linear (reading whole spans made it quadratic, and a fuzzed page took minutes).
     */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void noiseWithoutSpacesIsSplitWithoutReadingItAgainAtEverySeam() {
        String noise = "q".repeat(400_000);
        String paragraph = (noise + ". and so on. ").repeat(4) + "It ended.";
        List<String> sentences = splitter.split(paragraph);
        assertThat(String.join("", sentences).replace(" ", "")).isEqualTo(paragraph.replace(" ", ""));
        assertThat(sentences.get(sentences.size() - 1)).endsWith("It ended.");
    }

    @Test
    void keepsTitlesWithTheirNames() {
        assertThat(splitter.split("“It was wrong,” said Col. Ahmed Bani, who spoke to reporters. Then he left."))
                .containsExactly("“It was wrong,” said Col. Ahmed Bani, who spoke to reporters.", "Then he left.");
        assertThat(splitter.split("NATO Secy. General arrives in Libya")).containsExactly("NATO Secy. General arrives in Libya");
        assertThat(splitter.split("The spokesman, Capt. John Kirby, said so. Nobody else did."))
                .containsExactly("The spokesman, Capt. John Kirby, said so.", "Nobody else did.");
    }

    /** A surname spelt like a title ("Sen") still ends a sentence before a word that only opens sentences. */
    @Test
    void aTitleBeforeASentenceOpenerEndsTheSentence() {
        assertThat(splitter.split("Police called it an attempt on Hun Sen. A general said suspects were known."))
                .containsExactly("Police called it an attempt on Hun Sen.", "A general said suspects were known.");
        assertThat(splitter.split("The order came from Gen. A. B. Carter on Friday."))
                .containsExactly("The order came from Gen. A. B. Carter on Friday.");
        assertThat(splitter.split("“We felt it coming,” Ms. He said. Nobody else spoke."))
                .containsExactly("“We felt it coming,” Ms. He said.", "Nobody else spoke.");
    }

    /** A time of day ends a sentence before any capitalised word but one that names the day or the time zone. */
    @Test
    void aTimeOfDayEndsASentenceUnlessTheDayOrZoneFollows() {
        assertThat(splitter.split("The leak was stopped by 9 a.m. Residents were told to stay inside. The plant "
                + "reopened at 4 p.m. Workers returned the next day.")).containsExactly(
                "The leak was stopped by 9 a.m.", "Residents were told to stay inside.", "The plant reopened at 4 p.m.",
                "Workers returned the next day.");
        assertThat(splitter.split("The vote opens at 9 a.m. Monday and closes at 8 p.m. EST on Tuesday.")).hasSize(1);
        assertThat(splitter.split("Flights resume at 6 a.m. Eastern time, the airline said.")).hasSize(1);
        assertThat(splitter.split("The meeting is at 10 a.m. Oct. 3 in the town hall.")).hasSize(1);
    }

    @Test
    void keepsMonthAbbreviationsBeforeADay() {
        assertThat(splitter.split("The mission ends on Oct. 31 after a vote. Jan. 5 is the next meeting."))
                .containsExactly("The mission ends on Oct. 31 after a vote.", "Jan. 5 is the next meeting.");
        assertThat(splitter.split("Talks resume on Jan. 12, officials said."))
                .containsExactly("Talks resume on Jan. 12, officials said.");
    }

    @Test
    void handlesUsAndInitialsInsideAndAtTheEnd() {
        assertThat(splitter.split("The U.S. State Department agreed. It said so in a statement."))
                .containsExactly("The U.S. State Department agreed.", "It said so in a statement.");
        assertThat(splitter.split("He lived in the U.S. The move came later."))
                .containsExactly("He lived in the U.S.", "The move came later.");
        assertThat(splitter.split("President George W. Bush spoke first. Others followed."))
                .containsExactly("President George W. Bush spoke first.", "Others followed.");
    }

    /** A quotation of two sentences closed by its attribution is one sentence with its speaker (QuotedSpeech). */
    @Test
    void keepsAMultiSentenceQuoteWithItsAttributionAndQuoteMarks() {
        List<String> s = splitter.split("“We have prevented a massacre. We have saved lives,” he said. He then left.");
        assertThat(s).containsExactly("“We have prevented a massacre. We have saved lives,” he said.", "He then left.");
    }

    @Test
    void headlineWithoutPeriodIsOneSentence() {
        assertThat(splitter.split("NATO announces end of Libya mission")).hasSize(1);
    }

    /**
     * Measures the splitter on the real example cluster: no sentence may end on a title or a month abbreviation
     * followed by a day, or start in lower case. The bare model makes such errors there; the repairs remove them.
     */
    @Test
    void repairsTheModelsErrorsOnTheNatoCluster() throws IOException {
        Pattern badEnd = Pattern.compile("\\b(?:Col|Secy|Capt|Gen|Lt|Mr|Dr|Sen)\\.$");
        int rawErrors = 0;
        int repairedErrors = 0;
        try (Stream<Path> files = Files.list(SharedData.natoCluster())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                for (String paragraph : Files.readString(f).split("\n")) {
                    rawErrors += errors(splitter.splitUnrepaired(paragraph.strip()), badEnd);
                    repairedErrors += errors(splitter.split(paragraph.strip()), badEnd);
                }
            }
        }
        assertThat(rawErrors).as("errors of the bare OpenNLP model").isGreaterThanOrEqualTo(3);
        assertThat(repairedErrors).as("errors after repair").isZero();
    }

    private static int errors(List<String> sentences, Pattern badEnd) {
        int errors = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            boolean endsOnTitle = i + 1 < sentences.size() && badEnd.matcher(s).find();
            boolean startsLower = i > 0 && Character.isLowerCase(s.charAt(0));
            if (endsOnTitle || startsLower) {
                errors++;
            }
        }
        return errors;
    }
}
