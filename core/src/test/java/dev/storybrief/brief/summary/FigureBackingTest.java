package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who a summary line is credited to, and which of two outlets' words it takes: an outlet that states another figure
 * of what the line gives backs no such line, and of two sentences telling one fact the one other outlets back is the
 * line. Made-up reports of a made-up storm and a made-up vote.
 */
class FigureBackingTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 28);

    private static AnalyzedArticle article(String id, String outlet, String... paragraphs) {
        return TestArticle.of(id, paragraphs).outlet(outlet).published(DAY, "page").analyzed();
    }

    private static final String COURIER_HOMES = "About 35000 homes in Kelby were left without power after the storm.";
    private static final String GAZETTE_HOMES = "About 30000 homes in Kelby were left without power, Kelby Electric said.";

    /**
     * The storm as the group stage may leave it: the Gazette's sentence alike enough in words to count among the
     * Courier line's support (as a folded copy's or a second sentence's can), though its count is 30000.
     */
    private static Story storm() {
        Story grouped = new StoryGrouper().group("storm", List.of(
                article("courier", "Coast Courier", COURIER_HOMES,
                        "Ferries between Kelby and the islands were cancelled on Wednesday."),
                article("gazette", "Eastgate Gazette", GAZETTE_HOMES,
                        "Engineers expect to restore all power in Kelby by the weekend."),
                article("voice", "Orvale Voice", "About 35000 homes in Kelby lost power in the storm, the company said.",
                        "A woman was injured when a tree fell on her car in Kelby.")));
        Map<Sentence, List<String>> support = new HashMap<>(grouped.support());
        Sentence courier = grouped.articles().get(0).sentences().get(0);
        support.put(courier, List.of("gazette", "voice"));
        return new Story(grouped.id(), grouped.articles(), grouped.laterArticles(), support, Map.of(), Map.of(),
                Map.of(), grouped.corroboration(), grouped.allIndex(), grouped.mainIndex(), grouped.reprints(),
                grouped.versionOf());
    }

    private static List<Disagreement> homes() {
        return List.of(new Disagreement("homes", DisagreementKind.NUMBER, List.of(
                new Claim(COURIER_HOMES, "courier", "About 35000 homes", null, 1),
                new Claim(GAZETTE_HOMES, "gazette", "About 30000 homes", null, 0))));
    }

    @Test
    void anOutletStatingAnotherFigureBacksNoLineOfTheFigure() {
        Story story = storm();
        AnalyzedArticle courier = story.articles().get(0);
        SummaryCandidate line = new SummaryCandidate(courier, courier.sentences().get(0), COURIER_HOMES, 12, 1.0,
                SentenceTrimmer.none());
        assertThat(story.shownBackingOf(line.sentence())).as("the story's support").contains("gazette", "voice");
        assertThat(new FigureBacking(story, FigureBackingTest::homes).of(line)).containsExactly("voice");
        assertThat(new FigureBacking(story, List::of).of(line)).as("no disagreement, no change")
                .containsExactly("gazette", "voice");
    }

    @Test
    void theSummaryCreditsNoOutletOfTheOtherSide() {
        Story story = storm();
        List<SummarySentence> summary = new StorySummarizer().summarize(story, 120, Set.of(), FigureBackingTest::homes);
        SummarySentence homes = summary.stream().filter(s -> s.text().contains("35000")).findFirst().orElseThrow();
        assertThat(homes.support()).doesNotContain("gazette");
    }

    /**
     * Two outlets tell the Council's vote; Al-Wire's sentence adds "15-nation" and "unanimously", which the Monitor
     * does not give, so the Monitor backs only the story's vote as it tells it, and Al-Wire backs the Monitor's.
     */
    private static Story vote() {
        return new StoryGrouper().group("vote", List.of(
                article("wire", "Al-Wire",
                        "The alliance formally ended its air mission over Ostland at a meeting of its envoys.",
                        "Friday's decision comes a day after the 15-nation Security Council unanimously voted to end "
                                + "the mandate for the Ostland mission."),
                article("monitor", "The Monitor",
                        "Alliance envoys voted to end the Ostland mission at the end of the month.",
                        "The vote comes a day after the Security Council voted to end the mandate for the Ostland "
                                + "mission.")));
    }

    @Test
    void ofTwoSentencesTellingOneFactTheBackedOneIsTheLine() {
        Story story = vote();
        Sentence longer = story.articles().get(0).sentences().get(1);
        Sentence backed = story.articles().get(1).sentences().get(1);
        assertThat(story.supportOf(longer)).as("alike").containsExactly("monitor");
        assertThat(story.shownBackingOf(longer)).as("not backed as a whole").isEmpty();
        assertThat(story.shownBackingOf(backed)).as("backed by the longer one's outlet").containsExactly("wire");
        List<SummarySentence> summary = new StorySummarizer().summarize(story, 120);
        List<String> texts = summary.stream().map(SummarySentence::verbatim).toList();
        assertThat(texts).as("%s", texts).contains(backed.text()).doesNotContain(longer.text());
        assertThat(summary.stream().filter(s -> s.sentence().equals(backed)).findFirst().orElseThrow().support())
                .containsExactly("wire");
    }
}
