package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Names typed by how they are built, not by a list of them (QA tour 20 #12): streets, bodies that own "its" things,
 * are apposed to a union or open with a place's word, offices of a body, counted nouns, German nouns after an article,
 * and a Polish commune's name before its head's name. Made-up texts.
 */
class NameConstructionTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<EntityMention> article(String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).toList();
    }

    @Test
    void aStreetIsAPlace() {
        assertThat(article("en", "Eric Mitchell recalled 98 colleagues who lived on Coke Row.",
                "Sheila Fairhurst grew up on Mill Lane, and her sister on Ingot Terrace."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Coke Row", EntityType.PLACE), tuple("Mill Lane", EntityType.PLACE),
                        tuple("Ingot Terrace", EntityType.PLACE))
                .doesNotContain(tuple("Coke Row", EntityType.PERSON));
    }

    @Test
    void aNameThatClosesItsOwnThingIsABodyWhereverTheArticleWritesIt() {
        assertThat(article("en", "Marlow Steel will close its Tarrow works on January 15, the company said.",
                "In 1886, the blast furnace of Marlow Steel was extended."))
                .filteredOn(m -> m.text().equals("Marlow Steel")).extracting(EntityMention::type)
                .containsExactly(EntityType.ORGANIZATION, EntityType.ORGANIZATION);
        // "its" of another noun phrase in the sentence is not the name's
        assertThat(article("en", "Tom Reilly said the firm would close its plant."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Tom Reilly", EntityType.PERSON));
    }

    @Test
    void aNameApposedToAUnionOrOpeningWithAPlaceWordIsABody() {
        assertThat(article("en", "The drivers' union, Transit Workers Skarvik, says 90% of its members have stopped work.",
                "City Transit says 60% of drivers are on strike."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Transit Workers Skarvik", EntityType.ORGANIZATION),
                        tuple("City Transit", EntityType.ORGANIZATION));
    }

    @Test
    void fieldsJoinedByAndUpToAnOfficeAfterTheNameOneBody() {
        assertThat(article("en", "Eastquay Holdings said it was cooperating fully with the Health and Safety Executive."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Health and Safety Executive", EntityType.ORGANIZATION))
                .doesNotContain(tuple("Safety Executive", EntityType.PERSON));
    }

    @Test
    void capitalisedWordsAfterANumberAreWhatItCounts() {
        assertThat(article("de", "Die Regierungschefs haben einen Fonds über 30 Milliarden Euro beschlossen."))
                .extracting(EntityMention::text).doesNotContain("Milliarden Euro");
        assertThat(article("en", "The deal will cost 2,300 Marlow Steel jobs."))
                .noneMatch(m -> m.type() == EntityType.PERSON);
        // an age written as one word before a name is no count
        assertThat(article("en", "76-year-old Morton Blackwell endorsed Cruz last week."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Morton Blackwell", EntityType.PERSON));
        // nor is the number of a list's item opening the line
        assertThat(article("en", "4 Morton Blackwell Questioned What It Means."))
                .anyMatch(m -> m.type() == EntityType.PERSON && m.text().startsWith("Morton Blackwell"));
    }

    @Test
    void inGermanTwoCapitalisedWordsAfterAnArticleAreNoPersonsName() {
        String sentence = "Sie sprach am Abend mit der Elbtal Rundschau.";
        assertThat(article("de", sentence)).noneMatch(m -> m.type() == EntityType.PERSON);
        // English rules would read a person there: the language decides
        assertThat(article("en", sentence)).anyMatch(m -> m.type() == EntityType.PERSON);
        // a name after the noun that introduces it is still a person
        assertThat(article("de", "Das sagte die Betriebsratsvorsitzende Sabine Vogt am Montag."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Sabine Vogt", EntityType.PERSON));
    }

    @Test
    void aPolishCommunesNameStaysApartFromItsHeadsName() {
        assertThat(article("pl", "\"Na tym łuku drogi wypadki zdarzają się co roku\", powiedział wójt gminy Zalesie "
                + "Andrzej Kowalczyk."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Zalesie", EntityType.PLACE), tuple("Andrzej Kowalczyk", EntityType.PERSON));
    }
}
