package dev.storybrief.group.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.time.TemporalTagger;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A sentence read against a day is tagged once, and reads as the tagger reads it. */
class TagMemoTest {

    @Test
    void aSentenceAndDayAreTaggedOnceWithTheTaggersMentions() {
        TemporalTagger tagger = new TemporalTagger();
        TagMemo memo = new TagMemo(tagger);
        String sentence = "The council voted on Friday to close the terminal.";
        LocalDate day = LocalDate.of(2024, 3, 12);
        assertThat(memo.tag("en", sentence, day)).isEqualTo(tagger.tag(sentence, day)).isNotEmpty();
        assertThat(memo.tag("en", sentence, day)).isSameAs(memo.tag("en", sentence, day));
        assertThat(memo.tag("en", sentence, day.plusDays(7)).get(0).value()).isNotEqualTo(memo.tag("en", sentence, day).get(0).value());
        assertThat(memo.tag("en", sentence, null)).isEqualTo(tagger.tag(sentence, null));
    }
}
