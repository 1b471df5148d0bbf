package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * German's one-word offices ("Feuerwehrchef", "Direktorin") are offices in the languages that write them only, in the
 * quote stage as in the entity stage: elsewhere a word of their shape is a surname ("Pellerin", "Baumeister"). The
 * article text is made up.
 */
class QuoteOfficesByLanguageTest {

    @Test
    void aGermanOfficeBeforeANameIsReadInGermanOnly() {
        assertThat(OfficeBefore.of("„Wir bleiben“, sagte Feuerwehrchef ", "de")).isEqualTo("Feuerwehrchef");
        assertThat(OfficeBefore.of("\u201cWe stay,\u201d said Quizmeister ", "en")).isNull();
        assertThat(OfficeBefore.of("« Nous restons », a dit Pellerin ", "fr")).isNull();
    }

    /** "the Pellerin family lawyer" is the family's lawyer, not the person whose role names the Pellerins otherwise. */
    @Test
    void aSurnameShapedLikeAGermanOfficeIsNoHeadOfAnEnglishDescription() {
        List<String> article = List.of(
                "Marc Dubois, the Pellerin family's spokesman, spoke to reporters on Monday.",
                "Anne Roche, the family's lawyer, filed the appeal.");
        SpeakerResolver english = new SpeakerResolver(article, "en");
        assertThat(english.resolve("the Pellerin family lawyer").name()).isEqualTo("Anne Roche");
    }

    @Test
    void aGermanDescriptionStillMeetsTheCompoundOffice() {
        List<String> article = List.of("Verkehrsministerin Petra Vogel besuchte am Montag die Baustelle.");
        SpeakerResolver german = new SpeakerResolver(article, "de");
        assertThat(german.resolve("die Ministerin").name()).isEqualTo("Petra Vogel");
    }
}
