package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.TimexType;
import java.util.List;

/** Assertions on a sentence's temporal mentions that several tagger tests share. */
final class MentionAssertions {

    private MentionAssertions() {
    }

    /** The sentence holds exactly one mention, with this text, type and value. */
    static void expectOne(List<TemporalMention> mentions, String text, TimexType type, String value) {
        assertThat(mentions).as(text).hasSize(1);
        assertThat(mentions.get(0).text()).isEqualTo(text);
        assertThat(mentions.get(0).type()).as(text).isEqualTo(type);
        assertThat(mentions.get(0).value()).as(text).isEqualTo(value);
    }
}
