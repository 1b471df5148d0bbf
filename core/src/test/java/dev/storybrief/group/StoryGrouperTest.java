package dev.storybrief.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {
    private static final AnnotatorChain ANALYZER = AnnotatorChain.standard();

    static AnalyzedArticle article(String id, LocalDate date, String... paragraphs) {
        return ANALYZER.annotate(new Article(id, null, null, null, null, date, null, List.of(paragraphs), List.of()));
    }

    @Test
    void findsOtherOutletsThatSayTheSameAndOnlyThose() {
        AnalyzedArticle a = article("a", null, "The Security Council voted to end the mandate that authorised military action in Libya.",
                "Oil output in the east doubled over the summer.");
        AnalyzedArticle b = article("b", null, "The United Nations Security Council voted on Thursday to end its mandate for military action in Libya.");
        AnalyzedArticle c = article("c", null, "Fishermen in the harbour asked for new permits.");
        Story story = new StoryGrouper().group("s", List.of(a, b, c));
        Sentence vote = a.sentences().get(0);
        assertThat(story.supportOf(vote)).containsExactly("b");
        assertThat(story.supportOf(a.sentences().get(1))).isEmpty();
        assertThat(story.supportOf(b.sentences().get(0))).containsExactly("a");
        assertThat(story.supportOf(c.sentences().get(0))).isEmpty();
    }

    @Test
    void setsApartADatedFollowUpMonthsLater() {
        LocalDate d = LocalDate.of(2011, 10, 28);
        Story story = new StoryGrouper().group("s", List.of(
                article("a", d, "NATO ended its mission on Oct. 31."),
                article("b", d.plusDays(3), "NATO ended its mission."),
                article("c", d.minusDays(4), "NATO will end its mission."),
                article("later", LocalDate.of(2013, 6, 5), "NATO returns to Libya.")));
        assertThat(story.laterArticles()).containsExactly("later");
        assertThat(story.mainArticles()).extracting(AnalyzedArticle::id).containsExactly("a", "b", "c");
    }

    @Test
    void setsApartAnUndatedArticleThatNamesOnlyOtherMonths() {
        Story story = new StoryGrouper().group("s", List.of(
                article("a", LocalDate.of(2011, 10, 24), "The mission ends on October 31, after it began on March 19."),
                article("undated-same", null, "The alliance ends its mission on Oct. 31."),
                article("undated-other", null, "On 4 June the council agreed to send experts, after a meeting on 27 May.")));
        assertThat(story.laterArticles()).containsExactly("undated-other");
    }

    @Test
    void supportDoesNotCrossPeriods() {
        Story story = new StoryGrouper().group("s", List.of(
                article("a", LocalDate.of(2026, 3, 11), "Engineers flagged corrosion in the eastern span of the bridge last year."),
                article("b", LocalDate.of(2026, 3, 12), "The eastern span had been flagged for corrosion by engineers last year."),
                article("later", LocalDate.of(2026, 9, 2), "Engineers had flagged corrosion in the eastern span of the bridge in 2024.")));
        assertThat(story.supportOf(story.articles().get(0).sentences().get(0))).containsExactly("b");
    }

    /** Corroboration grades what support only counts: partial overlap with other outlets scores between none and all. */
    @Test
    void corroborationGradesHowCloselyTheOtherOutletsComeToASentence() {
        LocalDate d = LocalDate.of(2026, 3, 11);
        AnalyzedArticle a = article("a", d, "Engineers flagged corrosion in the eastern span of the bridge last year.",
                "A bakery on the quay sold out of bread by noon.");
        AnalyzedArticle b = article("b", d, "The eastern span had been flagged for corrosion by engineers last year.");
        AnalyzedArticle c = article("c", d, "Corrosion in the bridge worried the town council.");
        AnalyzedArticle later = article("later", LocalDate.of(2026, 9, 2),
                "Engineers flagged corrosion in the eastern span of the bridge last year.");
        Story story = new StoryGrouper().group("s", List.of(a, b, c, later));
        double flagged = story.corroborationOf(a.sentences().get(0));
        double bakery = story.corroborationOf(a.sentences().get(1));
        assertThat(bakery).isZero();
        assertThat(flagged).isGreaterThan(0.3).isLessThan(1.0);
        // the follow-up repeats the sentence word for word, but it is of another period and does not count: counted,
        // it would add a third peer at cosine 1 and lift the mean by about 0.14 (IDF shifts a little with it)
        Story withoutLater = new StoryGrouper().group("s", List.of(a, b, c));
        double alone = withoutLater.corroborationOf(withoutLater.articles().get(0).sentences().get(0));
        assertThat(flagged).isCloseTo(alone, org.assertj.core.data.Offset.offset(0.03));
        assertThat(story.corroborationOf(c.sentences().get(0))).isGreaterThan(0).isLessThan(flagged);
        assertThat(story.corroborationOf(later.sentences().get(0))).isZero();
    }
}
