package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.EntityType;
import org.junit.jupiter.api.Test;

/** A role noun capitalised only because it opens the sentence is no part of the name after it; made-up texts. */
class RoleOpeningSentenceTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    @Test
    void aRoleOpeningTheSentenceIsSplitFromTheName() {
        assertThat(recognizer.recognize("Geologist Ana Brandt said the slope had been moving for weeks."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Ana Brandt", EntityType.PERSON))
                .noneMatch(t -> t.toList().get(0).toString().startsWith("Geologist"));
        assertThat(recognizer.recognize("Librarian Ana Vance said the roof leaked."))
                .extracting(EntityMention::text).contains("Ana Vance").doesNotContain("Librarian Ana Vance");
    }

    @Test
    void aNameOpeningTheSentenceIsKeptWhole() {
        assertThat(recognizer.recognize("Elena Maria Brandt said the slope had been moving for weeks."))
                .extracting(EntityMention::text).contains("Elena Maria Brandt");
    }
}
