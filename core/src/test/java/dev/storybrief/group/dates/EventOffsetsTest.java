package dev.storybrief.group.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventOffsetsTest {

    @Test
    void findsACountFromANamedEventAndWhereThatEventIsNamed() {
        String sentence = "Police arrested the owner on Wednesday, four days after it capsized off Orlan Island.";
        EventOffsets.Offset o = EventOffsets.find(sentence).orElseThrow();
        assertThat(o.days()).isEqualTo(4);
        assertThat(o.slack()).isEqualTo(1);
        assertThat(sentence.substring(o.start(), o.end())).isEqualTo("four days after ");
        assertThat(EventOffsets.find("The government named a mediator, a week after dockworkers walked out.")
                .orElseThrow().days()).isEqualTo(7);
        assertThat(EventOffsets.find("The vote comes a day after the Council voted.").orElseThrow())
                .extracting(EventOffsets.Offset::days, EventOffsets.Offset::slack).containsExactly(1, 0);
        assertThat(EventOffsets.find("Talks opened two days before the vote.").orElseThrow().days()).isEqualTo(-2);
        assertThat(EventOffsets.find("Rescuers arrived hours after the quake struck.").orElseThrow().days()).isZero();
    }

    @Test
    void aCountThatPointsBackToWhatWasJustSaidNamesNoEvent() {
        assertThat(EventOffsets.find("He resigned a day after that.")).isEmpty();
        assertThat(EventOffsets.find("The ferry sank, and a day after it, the owner fled.")).isEmpty();
        assertThat(EventOffsets.find("Three days later the owner fled.")).isEmpty();
    }
}
