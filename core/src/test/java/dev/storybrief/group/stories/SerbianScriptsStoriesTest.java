package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Made-up Serbian reports of one event, two in Latin and two in Cyrillic script, which name the same people and town:
 * the names of the two scripts meet, so the reports are one event, not two "that name different people".
 */
class SerbianScriptsStoriesTest {

    @Test
    void reportsOfOneEventInBothScriptsAreOneStory() throws IOException {
        assertThat(SmallStreamStoriesTest.storiesOf("serbian-names-two-scripts.jsonl")).containsExactly(
                List.of("bridge-cyrillic-1", "bridge-cyrillic-2", "bridge-latin-1", "bridge-latin-2"));
    }

    @Test
    void aNameInCyrillicLinksToTheSameNameInLatin() {
        List<Set<String>> names = List.of(Set.of("milan đorđević", "čačak"), Set.of("milan đorđević"),
                Set.of("милан ђорђевић", "чачак"), Set.of("љиљана николић", "чачак"));
        assertThat(NameComponents.events(names)).isEmpty();
        // two events of one kind still part: nobody and nothing in common
        assertThat(NameComponents.events(List.of(Set.of("milan đorđević"), Set.of("milan đorđević"),
                Set.of("петар јанковић"), Set.of("петар јанковић")))).hasSize(2);
    }
}
