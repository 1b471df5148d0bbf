package dev.storybrief.brief.disagreement;

import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.util.List;

/**
 * The made-up reports the disagreement tests share: an article of one paragraph (undated, or with a date the user
 * gives), a story of several, and what {@link NumberDisagreements} finds in two reports.
 */
final class DisagreementFixtures {
    private DisagreementFixtures() {
    }

    /** An undated article of one paragraph, with no title or outlet. */
    static AnalyzedArticle article(String id, String text) {
        return article(id, null, text);
    }

    /** An article of one paragraph published on {@code date} (as given on the command line), or undated for null. */
    static AnalyzedArticle article(String id, LocalDate date, String text) {
        return AnnotatorChain.standard().annotate(new Article(id, null, null, null, null, date,
                date == null ? null : "--date", List.of(text), List.of()));
    }

    /** The articles grouped as one story. */
    static Story story(AnalyzedArticle... articles) {
        return new StoryGrouper().group("s", List.of(articles));
    }

    /** What the finder reports on two undated one-outlet reports. */
    static List<Disagreement> twoReports(String first, String second) {
        return new NumberDisagreements().find(story(article("a", first), article("b", second)));
    }

    /** The claims' statements, disagreement after disagreement. */
    static List<String> statements(List<Disagreement> found) {
        return found.stream().flatMap(d -> d.claims().stream()).map(Claim::statement).toList();
    }
}
