package dev.storybrief.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quotation has one speaker: an outlet that credits the same words to someone else does not back the sentence
 * (QA19 #4: a study's quote credited to its lead author by one outlet and to an outside professor by another). The
 * articles are made up.
 */
class SameSpeakerTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    private static AnalyzedArticle article(String id, String outlet, String... paragraphs) {
        return TestArticle.of(id, paragraphs).title(id).outlet(outlet).published(DAY, "page").analyzed();
    }

    private static Sentence quoted(AnalyzedArticle article) {
        return article.sentences().stream().filter(s -> s.text().startsWith("\"")).findFirst().orElseThrow();
    }

    @Test
    void anOutletCreditingTheQuoteToAnotherSpeakerDoesNotBackIt() {
        AnalyzedArticle courant = article("courant", "Daily Courant",
                "Walking 7,000 steps a day lowers the risk of dementia, a study of older adults found.",
                "\"The benefit levels off above about 9,000 steps, so you do not need to run marathons,\" said "
                        + "Professor Mark Hale.");
        AnalyzedArticle today = article("today", "Health Today",
                "Walking 7,000 steps a day lowers the risk of dementia, researchers at Halden University found.",
                "\"The benefit levels off above about 9,000 steps, so you do not need to run marathons,\" said "
                        + "Dr. Ingrid Solberg.");
        AnalyzedArticle wire = article("wire", "Science Wire",
                "Older adults who walk 7,000 steps a day have a lower risk of dementia, a study found.",
                "\"The benefit levels off above about 9,000 steps, so you do not need to run marathons,\" said "
                        + "Ingrid Solberg.");
        Story story = new StoryGrouper().group("s", List.of(courant, today, wire));
        assertThat(story.shownBackingOf(quoted(courant))).isEmpty();
        assertThat(story.shownBackingOf(quoted(today))).containsExactly("wire");
    }

    @Test
    void namesAndRolesThatCanBeOnePersonGoTogether() {
        assertThat(SameSpeaker.sameName("Mark Hale", "Hale")).isTrue();
        assertThat(SameSpeaker.sameName("Mark Hale", "M. Hale")).isTrue();
        assertThat(SameSpeaker.sameName("Mark Hale", "Anne Hale")).isFalse();
        assertThat(SameSpeaker.samePerson("Anne Morvan", "préfète", null, "la préfète")).isTrue();
        assertThat(SameSpeaker.samePerson(null, "maire de Lérignan", null, "la préfète")).isFalse();
        assertThat(SameSpeaker.samePerson(null, null, "Jacques Belloc", "maire")).isTrue();
    }

    /** "The governor" opening a sentence describes a speaker, as "the governor" does: it is no other person's name. */
    @Test
    void aCapitalisedDescriptionIsNoName() {
        assertThat(SameSpeaker.samePerson("The governor", null, "Elena Marsh", null)).isTrue();
        assertThat(SameSpeaker.samePerson("Mark Hale", null, "Elena Marsh", null)).isFalse();
    }

    @Test
    void declinedNamesAreComparedByTheirKeysInTheirLanguage() {
        assertThat(SameSpeaker.sameName("Игоря Петрова", "Игорь Петров", "ru")).isTrue();
        assertThat(SameSpeaker.sameName("Петрову", "Игорь Петров", "ru")).isTrue();
        assertThat(SameSpeaker.sameName("Анны Смирновой", "Игорь Петров", "ru")).isFalse();
        assertThat(SameSpeaker.sameName("Tuskowi", "Donald Tusk", "pl")).isTrue();
        // English keeps its words as written: "Hales" is another name than "Hale"
        assertThat(SameSpeaker.sameName("Mark Hales", "Mark Hale", "en")).isFalse();
    }

    @Test
    void aSurnameWithOrWithoutItsParticleIsOneName() {
        assertThat(SameSpeaker.sameName("Charles de Gaulle", "De Gaulle")).isTrue();
        assertThat(SameSpeaker.sameName("Lotte van Beek", "Van Beek")).isTrue();
        assertThat(SameSpeaker.sameName("Lotte van Beek", "Anna van Beek")).isFalse();
    }
}
