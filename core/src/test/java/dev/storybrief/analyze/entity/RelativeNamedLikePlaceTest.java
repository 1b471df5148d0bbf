package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storybrief.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A given name shared with a place ("Florence", "Georgia") set off after someone's relation noun is a person; the
 * same word elsewhere stays a place; a person's surname where only a place stands ("the mayor of X", "from X to Y")
 * is the place. The sentences are made up.
 */
class RelativeNamedLikePlaceTest {

    private final EntityRecognizer recognizer = new EntityRecognizer();

    @Test
    void aNameAfterARelationNounIsAPerson() {
        assertThat(recognizer.recognize("Marsh is survived by his wife, Florence, and their daughter Georgia."))
                .filteredOn(m -> m.text().equals("Florence") || m.text().equals("Georgia"))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Florence", EntityType.PERSON), tuple("Georgia", EntityType.PERSON));
    }

    @Test
    void theSameWordWithoutARelationNounStaysAPlace() {
        assertThat(recognizer.recognize("The choir toured Florence and Georgia last spring."))
                .filteredOn(m -> m.text().equals("Florence") || m.text().equals("Georgia"))
                .extracting(EntityMention::type)
                .containsOnly(EntityType.PLACE);
    }

    @Test
    void aSurnameWhereOnlyAPlaceStandsIsThePlace() {
        assertThat(recognizer.recognize("Ann Dorrow, the mayor of Dorrow, moved from Dorrow to Ellby in 2001."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Ann Dorrow", EntityType.PERSON), tuple("Dorrow", EntityType.PLACE),
                        tuple("Dorrow", EntityType.PLACE), tuple("Ellby", EntityType.PLACE));
    }
}
