package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * German's one-word offices ("Bürgermeisterin", "Feuerwehrchef", "-erin", "-meister") are read as offices in German
 * text only: in French or English a word of that shape is a surname. Made-up names.
 */
class OfficesByLanguageTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> names(String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).map(EntityMention::text).toList();
    }

    @Test
    void aSurnameShapedLikeAGermanOfficeIsASurnameOutsideGerman() {
        assertThat(names("fr", "Élise Castellerin a parlé lundi.", "Castellerin a précisé que les écoles fermeront."))
                .contains("Élise Castellerin", "Castellerin");
        assertThat(names("en", "Paul Ostmeister spoke on Monday.", "Ostmeister said the case would go to trial."))
                .contains("Paul Ostmeister", "Ostmeister");
    }

    @Test
    void germanOfficesStayOutOfTheNameInGerman() {
        assertThat(names("de", "Das sagte Feuerwehrchef Jonas Kellner am Montag."))
                .contains("Jonas Kellner").doesNotContain("Feuerwehrchef Jonas Kellner");
        assertThat(names("de", "Auch Bürgermeisterin Petra Vogelsang sprach.")).contains("Petra Vogelsang");
        assertThat(GermanOffices.isWrittenIn("de")).isTrue();
        assertThat(GermanOffices.isWrittenIn("fr")).isFalse();
    }
}
