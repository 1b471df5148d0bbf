package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.SummarySentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Notes stamped from one template ("The Brill parish board met on Monday 7.") are one wording with other figures: a
 * summary states it once, however little TF-IDF weighs the words every note shares.
 */
class SameWordingTest {

    @Test
    void sameWordsOtherNumbersAreOneWording() {
        assertThat(SameWording.otherFiguresOnly("The Brill parish board met on Monday 7.",
                "The Brill parish board met on Monday 12.")).isTrue();
        assertThat(SameWording.otherFiguresOnly("Около 300 домов остались без света.",
                "Около 350 домов остались без света.")).isTrue();
    }

    @Test
    void otherWordsOrTheSameNumbersAreNot() {
        assertThat(SameWording.otherFiguresOnly("The Brill parish board met on Monday 7.",
                "The Brill parish board met on Tuesday 7.")).isFalse();
        assertThat(SameWording.otherFiguresOnly("The Brill parish board met on Monday 7.",
                "The Brill parish board met on Monday 7.")).isFalse();
        assertThat(SameWording.otherFiguresOnly("Board met 7.", "Board met 8.")).isFalse();
    }

    /**
     * A candidate carries its text's split (each sentence is split once, not once per comparison): the same split as
     * its text, kept under another score, made again when a step gives it another text.
     */
    @Test
    void aCandidateCarriesItsTextsWording() {
        AnalyzedArticle article = TestArticle.analyzed("notes", "The Brill parish board met on Monday 7.");
        var sentence = article.sentences().get(0);
        SummaryCandidate candidate = new SummaryCandidate(article, sentence, sentence.text(), 8, 1.0,
                SentenceTrimmer.none());
        assertThat(candidate.wording()).isEqualTo(SameWording.of("The Brill parish board met on Monday 7."));
        assertThat(candidate.wording().words()).containsExactly("the", "brill", "parish", "board", "met", "on", "monday");
        assertThat(candidate.wording().numbers()).containsExactly("7");
        assertThat(candidate.withScore(0.5).wording()).isSameAs(candidate.wording());
        SummaryCandidate retold = new SummaryCandidate(article, sentence, "The Brill parish board met on Monday 12.", 8,
                1.0, SentenceTrimmer.none(), null);
        assertThat(SameWording.otherFiguresOnly(candidate.wording(), retold.wording())).isTrue();
    }

    /**
     * A hundred template notes give one line, not a budget of copies that differ only in their number (so many
     * that no two count as alike: the words they share weigh nothing beside each note's own number).
     */
    @Test
    void aHundredTemplateNotesGiveOneLine() {
        List<AnalyzedArticle> notes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            notes.add(TestArticle.of("n" + i, "The Brill parish board met on Monday " + i + ".",
                    "It agreed item " + i + ".").analyzed());
        }
        List<SummarySentence> summary = new StorySummarizer().summarize(new StoryGrouper().group("s", notes), 120);
        assertThat(summary).filteredOn(s -> s.text().contains("parish board met")).hasSize(1);
    }
}
