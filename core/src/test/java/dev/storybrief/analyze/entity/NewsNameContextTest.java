package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Names that look like a first and last name but are a business, a headland, a river, a ship or the dateline's town,
 * told by how news writes them; the sentences are made up for the tests.
 */
class NewsNameContextTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<EntityMention> all(List<String> sentences, Set<String> filedFrom) {
        return recognizer.recognizeDocument(sentences, filedFrom).stream().flatMap(List::stream).toList();
    }

    @Test
    void aNameThatIsWhichOrItIsABusinessWhereverTheArticleWritesIt() {
        List<EntityMention> found = all(List.of(
                "Dalby Freight suspended deliveries after the crash.",
                "The yard is run by Dalby Freight, which said it was helping the police.",
                "Dalby Freight said it would pay for the repairs.",
                "The depot operated by Dalby Freight reopened on Friday."), Set.of());
        assertThat(found).extracting(EntityMention::text, EntityMention::type).containsOnly(
                tuple("Dalby Freight", EntityType.ORGANIZATION));
        assertThat(found).hasSize(4);
        assertThat(recognizer.recognize("It was the second fire at a Dalby Freight yard this year."))
                .extracting(EntityMention::type).containsExactly(EntityType.ORGANIZATION);
        // a person is "who" and "he": the rule leaves people alone
        assertThat(recognizer.recognize("The yard is run by Tobin Marsh, who said he was helping the police."))
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("Tobin Marsh", EntityType.PERSON));
    }

    @Test
    void headlandsAndRiversArePlaces() {
        assertThat(recognizer.recognize("The ferry ran aground off Selby Point on Monday."))
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("Selby Point", EntityType.PLACE));
        assertThat(recognizer.recognize("Water from the River Orne flooded the square."))
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("River Orne", EntityType.PLACE));
    }

    @Test
    void aShipNamedAfterWhatItIsIsNoPersonAnywhereInTheArticle() {
        List<EntityMention> found = all(List.of(
                "The oil tanker Lina Marsh ran aground on Monday.",
                "Salvage teams reached Lina Marsh on Wednesday.",
                "Captain Piet Visser said the crew were safe."), Set.of());
        assertThat(found).extracting(EntityMention::text).containsExactly("Piet Visser");
    }

    @Test
    void theDatelinesTownIsAPlaceWhereverTheTextNamesIt() {
        List<String> text = List.of("A fire at the Harlow timber yard burned through the night.",
                "Harlow residents were told to keep their windows closed.");
        assertThat(all(text, Set.of())).extracting(EntityMention::text).doesNotContain("Harlow");
        assertThat(all(text, Set.of("Harlow"))).extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Harlow", EntityType.PLACE));
    }
}
