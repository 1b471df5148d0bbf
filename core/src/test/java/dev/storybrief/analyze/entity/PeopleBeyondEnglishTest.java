package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * People, firms and groups in German, French, Spanish, Italian, Portuguese, Dutch and Arabic, and the QA tour's
 * English firm and plural noun (ent27). The sentences are made up.
 */
class PeopleBeyondEnglishTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<EntityMention> all(String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).toList();
    }

    private List<String> people(String language, String... sentences) {
        return all(language, sentences).stream().filter(m -> m.type() == EntityType.PERSON)
                .map(EntityMention::text).toList();
    }

    /** QA #22: a role German capitalises before the name is the role's, not the name's. */
    @Test
    void aGermanRoleBeforeTheNameIsNoPartOfIt() {
        assertThat(people("de", "„Mein Mandant ist unschuldig“, sagte Verteidiger Martin Vogt.",
                "„Wir werden zeigen, dass alles korrekt war“, sagte sein Anwalt Martin Vogt."))
                .containsExactly("Martin Vogt", "Martin Vogt");
        assertThat(people("nl", "Dijkgraaf Pieter van Dam zei dat het water zakt."))
                .containsExactly("Pieter van Dam");
    }

    /** A preposition capitalised because it opens the sentence is no part of the name after it. */
    @Test
    void aSentenceOpeningStopWordIsNoPartOfTheName() {
        assertThat(people("fr", "Pour Jean-Luc Ferrand, maire de la commune, « la solidarité a été exemplaire »."))
                .containsExactly("Jean-Luc Ferrand");
    }

    /** Firms named after a founder or a place look like a first and last name; with no cue of a person, no person. */
    @Test
    void unknownCapitalisedWordsAreAPersonOnlyWithACue() {
        assertThat(people("it", "I lavoratori della Ferrini Motori hanno scioperato lunedì.")).isEmpty();
        assertThat(people("es", "Aguas del Júcar informó de que las tuberías no sufrieron daños.")).isEmpty();
        assertThat(people("pt", "Segundo a Associação dos Transitários de Portugal, as exportações caíram.")).isEmpty();
        // an office before it, or a verb of saying after it, still makes the unknown name a person
        assertThat(people("it", "Il ministro Ottavio Brancati ha convocato i sindacati.")).containsExactly("Ottavio Brancati");
        assertThat(people("it", "Ottavio Brancati ha detto che lo sciopero continuerà.")).containsExactly("Ottavio Brancati");
        assertThat(people("de", "„Wir erwarten Aufklärung“, sagte Oberbürgermeisterin Edeltraut Sommer."))
                .containsExactly("Edeltraut Sommer");
        // what an office is of is no holder of it: the ministry, not a person
        assertThat(people("pt", "A ministra da Administração Interna, Otília Martins, visitou o posto de comando."))
                .containsExactly("Otília Martins");
    }

    /** The word of a firm before a name makes a firm of it; a legal form after it too. */
    @Test
    void aFirmNounOrALegalFormMakesAFirm() {
        assertThat(all("fr", "La société Provence Énergie a coupé l'électricité de trois villages."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Provence Énergie", EntityType.ORGANIZATION));
        assertThat(all("nl", "Het energiebedrijf Veluwestroom heeft de stroom afgesloten."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Veluwestroom", EntityType.ORGANIZATION));
        assertThat(all("de", "Die Firma Hebel Bau GmbH hat ihren Sitz in Wangen."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Hebel Bau GmbH", EntityType.ORGANIZATION));
    }

    /** An Arabic company or hospital after a verb of saying or an office is no person. */
    @Test
    void anArabicBodyAfterAVerbOfSayingIsNoPerson() {
        assertThat(people("ar", "وقالت شركة الكهرباء الأردنية في بيان إنها قطعت التيار.",
                "وقالت الدكتورة ليلى حداد مديرة مستشفى الزرقاء إن المستشفى استقبل 35 مصابا."))
                .containsExactly("ليلى حداد");
        // a woman minister's office and its ministry are no name
        assertThat(people("ar", "وقالت وزيرة البيئة رنا القاسم إن الوزارة ستفحص جودة الهواء."))
                .doesNotContain("وزيرة البيئة");
    }

    /** QA #23: a firm whose shares fall and that speaks in a statement; a sentence-opening plural noun. */
    @Test
    void anEnglishFirmAndAGroupAreNoPeople() {
        List<EntityMention> found = all("en", "\"We have to move on,\" Kelgrid said in a statement.",
                "Kelgrid shares rose 2 percent.", "Opponents say the closure will cost 400 jobs.",
                "Residents say the plant is too loud.", "No one was hurt, according to Police Scotland.");
        assertThat(found).filteredOn(m -> m.type() == EntityType.PERSON).isEmpty();
        assertThat(found).extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Kelgrid", EntityType.ORGANIZATION), tuple("Police Scotland", EntityType.ORGANIZATION));
    }
}
