package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.ArticleKind;
import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A live blog is titled when it opens, before the outcome: beside a report, the report's title heads the story. */
class LiveBlogHeadlineTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    @Test
    void aLiveBlogsOpeningTitleHeadsNoStoryAReportTells() {
        AnnotatorChain analyzer = AnnotatorChain.standard();
        AnalyzedArticle blog = analyzer.annotate(TestArticle.of("blog",
                        "A sell-out crowd is expected for the Northern Cup final between Harbour City and Ravensmoor.",
                        "Harbour City score first through Tomas Ferreira after ten minutes of the Northern Cup final.",
                        "Full time: Harbour City win the Northern Cup final against Ravensmoor.")
                .title("Northern Cup final live: Harbour City v Ravensmoor").outlet("Matchday Live")
                .published(DAY, "page").article().withKind(ArticleKind.LIVE_BLOG, "live blog"));
        AnalyzedArticle report = TestArticle.of("report",
                        "Harbour City won the Northern Cup final after beating Ravensmoor at Kingsgate Stadium.",
                        "Tomas Ferreira scored the winner for Harbour City late in the final.",
                        "Ravensmoor had twice come from behind before the late goal.")
                .title("Ferreira's late winner gives Harbour City the cup").outlet("Sports Desk")
                .published(DAY, "page").analyzed();
        Story story = new StoryGrouper().group("final", List.of(blog, report));
        assertThat(StoryHeadlines.of(story, Set.of(), List.of()))
                .isEqualTo("Ferreira's late winner gives Harbour City the cup");
    }
}
