package dev.storybrief.brief.disagreement;

import dev.storybrief.brief.timeline.TimelineBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.TimelineEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An outlet that tells an event without a figure ("Three people were killed when the coach overturned") and gives its
 * own figure in the next sentence ("Nine people were injured") is not credited with another outlet's figure ("ten
 * were injured"), in English and German; an outlet that gives the same figure is. Made-up reports of made-up crashes.
 */
class OtherFiguresTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 5, 21);

    private static AnalyzedArticle article(String id, String outlet, LocalDate date, String... paragraphs) {
        return TestArticle.of(id, paragraphs).outlet(outlet).published(date, "page").analyzed();
    }

    private static Sentence sentence(AnalyzedArticle article, String words) {
        return article.sentences().stream().filter(s -> s.text().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void anEnglishOutletGivingItsOwnInjuredCountElsewhereDoesNotBackAnotherOutletsCount() {
        AnalyzedArticle first = article("first", "Ashby Courier", THURSDAY,
                "Three people were killed when a coach overturned into a ditch near Ashby on Thursday evening. Nine people"
                        + " were injured, two of them seriously, police said.",
                "The coach was carrying some 40 passengers home from a day trip.");
        AnalyzedArticle second = article("second", "Northwest Review", THURSDAY.plusDays(1),
                "Prosecutors opened an inquiry on Friday into the coach crash near Ashby.",
                "Three people died and ten were injured in the crash on Thursday evening.");
        AnalyzedArticle third = article("third", "Valley News", THURSDAY.plusDays(1),
                "The coach crash near Ashby on Thursday evening killed three people and injured ten, police said.");
        Story story = new StoryGrouper().group("coach", List.of(first, second, third));
        OtherFigures figures = new OtherFigures(story, story.index(StoryView.ALL), () -> new NumberDisagreements().find(story));
        Sentence tenInjured = sentence(second, "ten were injured");
        assertThat(figures.given(second, tenInjured, first)).as("nine injured, not ten").isTrue();
        assertThat(figures.given(second, tenInjured, third)).as("ten injured too").isFalse();
        assertThat(figures.given(first, sentence(first, "Three people were killed"), second))
                .as("three killed in both").isFalse();
    }

    @Test
    void aGermanTimelineRowListsOnlyTheOutletsThatGiveItsFigures() {
        Story story = new StoryGrouper().group("bus", List.of(
                article("b1", "Hollstedter Kurier", THURSDAY,
                        "Beim Sturz eines Reisebusses in einen Graben bei Hollstedt sind am Donnerstagabend drei Menschen"
                                + " ums Leben gekommen. Neun weitere wurden verletzt, zwei von ihnen schwer, wie die"
                                + " Polizei mitteilte.",
                        "Der Bus kam gegen 20 Uhr von der Landstraße ab."),
                article("b2", "Nordwest Rundschau", THURSDAY.plusDays(1),
                        "Nach dem Busunglück bei Hollstedt hat die Staatsanwaltschaft am Freitag Ermittlungen aufgenommen.",
                        "Bei dem Busunglück bei Hollstedt am Donnerstagabend waren drei Menschen gestorben und zehn"
                                + " verletzt worden."),
                article("b3", "Elbtal Nachrichten", THURSDAY.plusDays(1),
                        "Bei dem Busunglück bei Hollstedt am Donnerstagabend sind drei Menschen gestorben und zehn"
                                + " verletzt worden, teilte die Polizei mit.")));
        List<TimelineEvent> rows = new TimelineBuilder(15).build(story);
        TimelineEvent crash = rows.stream().filter(r -> r.date().equals(THURSDAY.toString()))
                .filter(r -> r.text().contains("zehn")).findFirst().orElseThrow();
        assertThat(crash.sources()).contains("b3").doesNotContain("b1");
    }
}
