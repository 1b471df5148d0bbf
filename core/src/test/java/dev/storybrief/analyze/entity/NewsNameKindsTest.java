package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Named storms, units, measures, product models, firms named after their trade, offices held over a place, bodies
 * named after a title's possessive and an article's own outlet: what news names that is no person (QA tour 18 #13).
 * Made-up texts.
 */
class NewsNameKindsTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<EntityMention> sentence(String text) {
        return recognizer.recognize(text);
    }

    private List<EntityMention> article(String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences)).stream().flatMap(List::stream).toList();
    }

    @Test
    void aNamedStormIsAnEventAndItsLoneNameLaterIsTheStorm() {
        assertThat(article("Storm Bertram killed two people on Saturday as winds battered Marlow Bay.",
                "Bertram brought down power lines across Kesford, the agency said.",
                "Forecasters said storm Celia would follow on Tuesday, and Orkan Xaver hit Hamburg."))
                .extracting(EntityMention::text)
                .noneMatch(t -> t.contains("Bertram") || t.contains("Celia") || t.contains("Xaver") || t.contains("Storm"))
                .contains("Marlow Bay", "Kesford");
    }

    @Test
    void capitalsAfterANumberEndingThePhraseAreItsUnitNotABody() {
        assertThat(sentence("Listen live | KDMR 88.1 FM")).extracting(EntityMention::text).containsExactly("KDMR");
        assertThat(sentence("About 5,000 UN troops arrived on Friday.")).extracting(EntityMention::text)
                .containsExactly("UN");
        assertThat(sentence("In 2011 NATO and its allies struck.")).extracting(EntityMention::text)
                .containsExactly("NATO");
    }

    @Test
    void aMeasureWrittenAsAnAbbreviationIsNoBody() {
        assertThat(sentence("The deficit is forecast to fall to 2.9% of GDP next year.")).isEmpty();
    }

    @Test
    void aProductModelAndABatchCodeAreNoEntities() {
        assertThat(sentence("Brightform Appliances recalled Kettlewise KX-200 kettles with serial numbers starting"
                + " with KX2-24."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Brightform Appliances", EntityType.ORGANIZATION));
    }

    @Test
    void aNameEndingInThePluralOfACommonNounIsAFirmNamedAfterItsTrade() {
        assertThat(sentence("Analysts at Brookline Securities said the price was low."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Brookline Securities", EntityType.ORGANIZATION));
        assertThat(sentence("Velo Dynamics on Tuesday recalled 4,000 bicycles."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Velo Dynamics", EntityType.ORGANIZATION));
        // and the words before the trade name the firm alone
        assertThat(article("Brightform Appliances on Tuesday recalled 120,000 kettles.",
                "Owners should contact Brightform for a free replacement."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Brightform Appliances", EntityType.ORGANIZATION),
                        tuple("Brightform", EntityType.ORGANIZATION));
    }

    @Test
    void whatIsBoughtIsAFirmAndSoIsItsFirstWordAlone() {
        assertThat(article("Halvorsen Foods will acquire Pinecrest Dairy in a deal worth $2.4 billion.",
                "Analysts said the price was low given Pinecrest's growth.", "Pinecrest shares jumped 22%."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Halvorsen Foods", EntityType.ORGANIZATION),
                        tuple("Pinecrest Dairy", EntityType.ORGANIZATION), tuple("Pinecrest", EntityType.ORGANIZATION),
                        tuple("Pinecrest", EntityType.ORGANIZATION))
                .noneMatch(t -> t.toList().get(1) == EntityType.PERSON);
        assertThat(sentence("Halvorsen will pay $36 a share for Tarrow Creamery, the companies said."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Tarrow Creamery", EntityType.ORGANIZATION));
    }

    @Test
    void aNameEndingInANounTheArticleWritesInLowerCaseIsNoPerson() {
        assertThat(article("Tarrow Bakery opened a second shop in Kelby on Monday.",
                "The bakery employs 40 people, its owner said."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Tarrow Bakery", EntityType.ORGANIZATION));
        // a title-case heading's run ending in a word the article writes in lower case is no firm, and leaves the
        // person's surname a person's
        assertThat(article("Salma Vance Described Her Experience Being Discriminated Against.",
                "Vance confirmed she had been and said, \"It happens against people every day.\""))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Vance", EntityType.PERSON));
        // a person's surname is no noun the article writes in lower case
        assertThat(article("Dana Kowalski opened a second shop in Kelby on Monday.", "The bakery employs 40 people."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Dana Kowalski", EntityType.PERSON));
    }

    @Test
    void aWordBeforeAnOfficeHeldOverAPlaceIsThePlaceAndFormerIsNoName() {
        assertThat(sentence("Former Dunmore mayor Gerald Pruitt was convicted on Thursday."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Dunmore", EntityType.PLACE), tuple("Gerald Pruitt", EntityType.PERSON));
    }

    @Test
    void aTitlesPossessiveOpensTheNameOfABodyNamedAfterIt() {
        assertThat(sentence("\"It may be chance,\" said Professor Tom Reilly of King's Meadow College."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Tom Reilly", EntityType.PERSON),
                        tuple("King's Meadow College", EntityType.ORGANIZATION));
    }

    @Test
    void theArticlesOwnOutletIsAnOrganisation() {
        List<String> text = List.of("Lead author Dr. Samira Okafor told Science Notes that the effect levelled off.");
        assertThat(recognizer.recognizeDocument(text, Set.of(), Set.of("Science Notes")).get(0))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Science Notes", EntityType.ORGANIZATION));
    }

    @Test
    void aLoneSurnameIsThePersonTheStoryIsAboutWhenARelativeSharesIt() {
        List<EntityMention> mentions = new java.util.ArrayList<>();
        for (String name : List.of("Elena Vos", "Elena Vos", "Elena Vos", "Elena Vos", "Daniel Vos", "Vos", "Vos")) {
            mentions.add(new EntityMention(0, name.length(), name, EntityType.PERSON));
        }
        List<CanonicalEntity> merged = new AliasMerger().merge(mentions);
        assertThat(merged).extracting(CanonicalEntity::name).containsExactlyInAnyOrder("Elena Vos", "Daniel Vos");
        assertThat(merged.get(0).aliases()).contains("Vos");
        // named as often as each other: the bare surname could be either, and stays apart
        List<EntityMention> even = mentions.stream().filter(m -> !m.text().equals("Elena Vos")).collect(
                java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        even.add(new EntityMention(0, 9, "Elena Vos", EntityType.PERSON));
        assertThat(new AliasMerger().merge(even)).extracting(CanonicalEntity::name).contains("Vos");
    }

    @Test
    void aNameOpeningWithAnotherLanguagesArticleIsABodysName() {
        assertThat(sentence("Con el 92% escrutado, El Partido Azul obtiene el 41,2% y La Unión Verde el 39,1%."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("El Partido Azul", EntityType.ORGANIZATION), tuple("La Unión Verde", EntityType.ORGANIZATION));
    }
}
