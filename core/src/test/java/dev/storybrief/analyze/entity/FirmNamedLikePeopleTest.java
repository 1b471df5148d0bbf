package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storybrief.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Firms named after their founders ("Marks & Spencer", "Morgan Stanley") and what shares are of are organisations,
 * not people, and so is a bare word of such a name the article gives in full ("Morgan said", "Spencer's food arm").
 * A person of the same name stays a person. The sentences are made up.
 */
class FirmNamedLikePeopleTest {

    private final EntityRecognizer recognizer = new EntityRecognizer();

    @Test
    void anAmpersandJoinsOneFirmsName() {
        assertThat(recognizer.recognize("The retailer Marks & Spencer will open 20 stores, its chief said."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Marks & Spencer", EntityType.ORGANIZATION));
    }

    @Test
    void whatSharesAreOfIsACompany() {
        assertThat(recognizer.recognize("Traders sold shares of Harwick on Monday after the warning."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Harwick", EntityType.ORGANIZATION));
    }

    @Test
    void aBareWordOfAFirmNameGivenInFullIsTheFirm() {
        List<List<EntityMention>> found = recognizer.recognizeDocument(List.of(
                "Morgan Stanley raised its forecast for Marks & Spencer on Monday.",
                "Morgan said the retailer's food arm was growing fastest.",
                "Analysts praised Spencer's food business."));
        assertThat(found.stream().flatMap(List::stream).filter(m -> m.type() == EntityType.PERSON).toList()).isEmpty();
        assertThat(found.get(1)).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Morgan", EntityType.ORGANIZATION));
    }

    @Test
    void aPersonOfTheSameNameStaysAPerson() {
        List<List<EntityMention>> found = recognizer.recognizeDocument(List.of(
                "Morgan Stanley hired Dana Morgan as its chief economist.",
                "Morgan said rates would fall next year."));
        assertThat(found.get(1)).extracting(EntityMention::type).containsExactly(EntityType.PERSON);
    }

    @Test
    void aFirmCalledByItsFirstFoundersNameIsOneEntity() {
        List<EntityMention> mentions = new java.util.ArrayList<>();
        for (String text : List.of("Morgan Stanley", "Morgan", "Morgan Stanley")) {
            mentions.add(new EntityMention(0, text.length(), text, EntityType.ORGANIZATION));
        }
        assertThat(new AliasMerger().merge(mentions)).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Morgan Stanley"));
    }
}
