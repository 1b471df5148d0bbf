package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.TimexType;
import java.time.LocalDate;
import java.util.List;

/** The check the form tests share: a sentence, tagged against its article's date, holds one mention as expected. */
final class OneMention {
    private static final TemporalTagger TAGGER = new TemporalTagger();

    private OneMention() {
    }

    /** The sentence holds exactly one mention, with this text, type and value. */
    static void expect(LocalDate articleDate, String sentence, String text, TimexType type, String value) {
        List<TemporalMention> mentions = TAGGER.tag(sentence, articleDate);
        assertThat(mentions).as(sentence).hasSize(1);
        TemporalMention m = mentions.get(0);
        assertThat(m.text()).as(sentence).isEqualTo(text);
        assertThat(m.type()).as(sentence).isEqualTo(type);
        assertThat(m.value()).as(sentence).isEqualTo(value);
    }
}
