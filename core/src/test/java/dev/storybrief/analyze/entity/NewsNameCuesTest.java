package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.storybrief.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People, firms, clubs, towns and ballot measures told apart by the cues news writing gives (QA tours 16 #18 and 17
 * #12/#13): a role word opening a sentence, a firm's legal form, an apposition naming a kind of firm, shares, a place
 * noun ending a person's surname, a measure's letter, a town's prefix. Made-up texts.
 */
class NewsNameCuesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<EntityMention> sentence(String text) {
        return recognizer.recognize(text);
    }

    /** The mentions of one sentence of an article read as a whole. */
    private List<EntityMention> inArticle(int sentence, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences)).get(sentence);
    }

    @Test
    void aRoleOpeningTheSentenceIsCutOffANameWhoseGivenNameTheLexiconDoesNotKnow() {
        assertThat(sentence("Librarian Jo Vance, who organised the No campaign, said the money should go to schools."))
                .extracting(EntityMention::text, EntityMention::type).contains(tuple("Jo Vance", EntityType.PERSON))
                .noneMatch(t -> t.toList().get(0).toString().startsWith("Librarian"));
        // a given name ending as roles do opens a name with a middle name
        assertThat(sentence("Oliver James Smith, 24, was charged on Monday.")).extracting(EntityMention::text)
                .contains("Oliver James Smith");
    }

    @Test
    void aFirmGivenWithItsLegalFormIsThatFirmWithoutIt() {
        assertThat(inArticle(1, "Harlow Brandt Ltd will build the stadium.",
                "The council signed the contract with Harlow Brandt on Friday."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Harlow Brandt", EntityType.ORGANIZATION));
    }

    @Test
    void aLegalFormEndsTheFirmsNameWhereTheSentenceSplitterJoinedTwoSentences() {
        assertThat(sentence("The utility would have gone to Dunmore Wells Inc. Dunmore Wells said it was disappointed."))
                .extracting(EntityMention::text).containsExactly("Dunmore Wells Inc.", "Dunmore Wells");
    }

    @Test
    void anAppositionNamingAKindOfFirmMakesTheNameAFirms() {
        assertThat(sentence("Harlow Brandt, the Brentford construction firm that drew up the plans, won the contract."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Harlow Brandt", EntityType.ORGANIZATION));
        // the head of "the club's chairman" is the chairman
        assertThat(sentence("Marcus Dell, the club's chairman, said the ground would open in 2029."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Marcus Dell", EntityType.PERSON));
    }

    @Test
    void whatSharesAreOfIsACompanyAndAShareOfAnEstateIsNot() {
        assertThat(sentence("Shares of Corvel Stanley fell 3 percent in London."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Corvel Stanley", EntityType.ORGANIZATION));
        assertThat(sentence("He inherited a share of Tom Hale's farm.")).extracting(EntityMention::text,
                EntityMention::type).containsExactly(tuple("Tom Hale", EntityType.PERSON));
    }

    @Test
    void anAmpersandJoinsOneFirmsNameButNotTwoGivenNames() {
        assertThat(sentence("The plan was drawn up by Marsh & Finch last year."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Marsh & Finch", EntityType.ORGANIZATION));
        assertThat(sentence("The shop was opened by Jim & Sarah last year.")).extracting(EntityMention::text)
                .doesNotContain("Jim & Sarah");
    }

    @Test
    void aWordOfAFirmTheArticleMarksAsOneIsThatFirmButTheTheAloneMarksNone() {
        assertThat(inArticle(1, "Corvel Stanley, the waste firm, said it would appeal.",
                "Corvel's chief executive, Tom Hale, said the plant would have created 80 jobs."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Corvel", EntityType.ORGANIZATION), tuple("Tom Hale", EntityType.PERSON));
        // "the Trump Train" is an organisation by its "the" only: "Trump" stays the man who speaks
        assertThat(inArticle(1, "Supporters boarded the Trump Train in Ohio.", "Trump told Newsmax he would win."))
                .extracting(EntityMention::text, EntityMention::type).contains(tuple("Trump", EntityType.PERSON));
    }

    @Test
    void aPersonWhoseSurnameEndsPlacesIsThePersonTheArticleCallsBySurname() {
        assertThat(inArticle(0, "\"This is a vote for the whole town,\" said Lena Park, the councillor who led it.",
                "Park said the club would pay back a third of the cost."))
                .extracting(EntityMention::text, EntityMention::type).contains(tuple("Lena Park", EntityType.PERSON));
        assertThat(sentence("Councillor Lena Park, who campaigned for the measure, said it would bring 400 jobs."))
                .extracting(EntityMention::text, EntityMention::type).contains(tuple("Lena Park", EntityType.PERSON));
        assertThat(sentence("Lena Park, 41, said she had voted yes."))
                .extracting(EntityMention::text, EntityMention::type).contains(tuple("Lena Park", EntityType.PERSON));
        // a park the article writes where a place stands stays a park though someone of that name speaks
        assertThat(inArticle(0, "Families gathered in Carrow Park on Sunday.", "Park said the fair would return."))
                .extracting(EntityMention::text, EntityMention::type).contains(tuple("Carrow Park", EntityType.PLACE));
    }

    @Test
    void aBallotMeasureByItsLetterIsNobody() {
        assertThat(sentence("Voters in Port Aldren approved Measure K on Tuesday."))
                .extracting(EntityMention::text).doesNotContain("Measure K").contains("Port Aldren");
        assertThat(sentence("Measure K won 54 percent of the vote.")).isEmpty();
    }

    @Test
    void townsNamedAfterASaintOrAfterASentenceOpeningAdverbArePlaces() {
        assertThat(sentence("Nearby Mount Ellery and St. Aubyn had also opposed the plant."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Mount Ellery", EntityType.PLACE), tuple("St. Aubyn", EntityType.PLACE));
    }

    @Test
    void aTownTheArticleNamesWhereOnlyAPlaceStandsIsThatTownBeforeSays() {
        assertThat(inArticle(0, "Tessford says no to the incinerator.",
                "Residents of Tessford collected 4,000 signatures against the plan."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Tessford", EntityType.PLACE));
    }

    @Test
    void aChamberOfCommerceIsABodyThoughItsTownHasAPortPrefix() {
        assertThat(sentence("The Port Aldren Chamber of Commerce estimated losses at $2 million a week."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Port Aldren Chamber of Commerce", EntityType.ORGANIZATION));
    }
}
