package dev.storybrief.brief.summary;

import dev.storybrief.brief.disagreement.NumberDisagreements;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import dev.storybrief.model.Words;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A toll that rises over days across articles: the summary gives the newest figure, with its day and date, within the budget,
 * in place of the older one. Made-up reports of a made-up dam collapse.
 */
class LatestFigureSummaryTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 28);

    private static AnalyzedArticle article(String id, LocalDate date, String... paragraphs) {
        return TestArticle.of(id, paragraphs).published(date, "--date").analyzed();
    }

    private static Story story() {
        return new StoryGrouper().group("dam", List.of(
                article("monday", MONDAY,
                        "At least 12 people were killed when the Brennock Dam above Harlow Vale gave way on Monday evening,"
                                + " emergency services said.",
                        "Rescue teams in boats pulled dozens of residents from roofs in Harlow Vale.",
                        "The Brennock Dam held back a reservoir swollen by weeks of rain.",
                        "The mayor of Harlow Vale opened the town hall as a shelter for families."),
                article("tuesday", MONDAY.plusDays(1),
                        "The number of people killed by the collapse of the Brennock Dam rose to 19 on Tuesday, police said.",
                        "Rescue teams in boats pulled more residents from roofs in Harlow Vale.",
                        "The water authority said it had opened an investigation into the breach of the Brennock Dam.",
                        "The mayor of Harlow Vale said the town hall shelter for families was full."),
                article("wednesday", MONDAY.plusDays(2),
                        "Schools in Harlow Vale stayed closed on Wednesday.",
                        "Volunteers filled sandbags along the river below the town.",
                        "The death toll from the Brennock Dam collapse has risen to 27, police said on Wednesday.")));
    }

    @Test
    void theSummaryGivesTheNewestFigureWithItsDayWithinTheBudget() {
        int withAToll = 0;
        for (int budget = 40; budget <= 120; budget += 20) {
            List<SummarySentence> summary = new StorySummarizer().summarize(story(), budget);
            assertThat(summary.stream().mapToInt(s -> Words.count(s.text())).sum()).isLessThanOrEqualTo(budget);
            if (summary.stream().noneMatch(s -> s.text().matches(".*(12 people|to 19|to 27).*"))) {
                continue;
            }
            withAToll++;
            // a summary giving the toll gives its newest figure, with its day and the date that day stands for, and
            // no older one as if current
            assertThat(summary).as("budget %d", budget)
                    .anySatisfy(s -> assertThat(s.text()).contains("has risen to 27")
                            .contains("on Wednesday (" + MONDAY.plusDays(2) + ")"))
                    .noneSatisfy(s -> assertThat(s.text()).containsAnyOf("12 people", "to 19"));
        }
        assertThat(withAToll).as("budgets whose summary gives the toll").isGreaterThanOrEqualTo(3);
    }
    /**
     * Chinese glues the words of a rise to the figure ("已升至11人", "共有16人遇难"): the newest toll is given at every
     * budget, and a toll rising across days is no disagreement.
     */
    @Test
    void aChineseTollRisingOverDaysGivesItsNewestFigure() {
        LocalDate first = LocalDate.of(2026, 8, 3);
        Story story = new StoryGrouper().group("flood", List.of(
                TestArticle.of("d1", "新华社平安8月3日电 2日夜间，平安县河口镇发生山洪，截至3日上午已造成6人死亡，14人失踪。",
                                "据当地应急管理局介绍，山洪发生在2日晚上10点左右，约40间房屋被冲毁。",
                                "“我们听到一声巨响，河水就冲进了村子，”一名村民说。",
                                "县长李国华表示，已有300多名救援人员赶赴现场，搜救工作正在进行。")
                        .published(first, "--date").analyzed(),
                TestArticle.of("d2", "平安县河口镇山洪的遇难人数已升至11人，仍有9人下落不明。",
                                "应急管理局局长张伟说，连日降雨使搜救工作十分困难。",
                                "当地已紧急转移安置群众900余人。气象部门预计未来三天仍有大雨。")
                        .published(first.plusDays(1), "--date").analyzed(),
                TestArticle.of("d3", "平安县河口镇山洪搜救工作于6日结束，共有16人遇难，另有5人受伤。",
                                "县长李国华在新闻发布会上说，将为受灾群众重建住房。省政府已拨款3000万元用于救灾。",
                                "专家指出，该地区在2010年也曾发生过类似的山洪。")
                        .published(first.plusDays(4), "--date").analyzed()));
        for (int budget = 20; budget <= 120; budget += 20) {
            // whatever the budget, the toll a reader is told includes the newest one
            assertThat(new StorySummarizer().summarize(story, budget)).as("budget %d", budget)
                    .anySatisfy(s -> assertThat(s.text()).contains("共有16人遇难"))
                    .allSatisfy(s -> assertThat(s.support()).as("an outlet giving another toll does not back it")
                            .isEmpty());
        }
        assertThat(new NumberDisagreements().find(story)).isEmpty();
    }

    /**
     * Two outlets a day apart (QA27 #3): "Storm Xavier killed four people" on Tuesday, "the death toll rose to five" on
     * Wednesday. The headline and the summary tell five at every budget, though the newer sentence is longer than the
     * older and the summary was full without it, and though the older title ("kills four") names no counted noun.
     * Made-up storm.
     */
    @Test
    void aTollRisenTheNextDayHeadsTheStoryAndTheSummaryAtEveryBudget() {
        LocalDate tuesday = LocalDate.of(2026, 12, 1);
        Story story = new StoryGrouper().group("storm", List.of(
                TestArticle.of("herald",
                                "Storm Xavier killed four people on Tuesday as floods and high winds swept the southern"
                                        + " coast of Dorland, emergency officials said.",
                                "Two of the victims were swept away in their car near the port of Halwick, and a man was"
                                        + " struck by a falling tree in Brenmouth.",
                                "More than 2,000 homes lost power across the region, and rail services between Halwick"
                                        + " and the capital were suspended.",
                                "Forecasters said the storm would move north overnight and weaken by Wednesday.")
                        .title("Storm Xavier kills four as floods sweep the coast").outlet("Kestrel Herald")
                        .published(tuesday, "--date").analyzed(),
                TestArticle.of("wire",
                                "The death toll from Storm Xavier rose to five on Wednesday after rescuers found the body"
                                        + " of a fisherman missing since the storm hit the southern coast of Dorland,"
                                        + " police said.",
                                "The fisherman had gone out to secure his boat in Halwick harbour on Tuesday afternoon"
                                        + " and did not return.",
                                "Power was restored to most of the 2,000 homes that lost it, and rail services between"
                                        + " Halwick and the capital resumed on Wednesday morning.",
                                "Dorland's prime minister said the government would release emergency funds for the"
                                        + " flooded towns.")
                        .title("Storm Xavier death toll rises as coast counts damage").outlet("Dorland Wire")
                        .published(tuesday.plusDays(1), "--date").analyzed()));
        // before: "Storm Xavier kills four as floods sweep the coast"
        assertThat(StoryHeadlines.of(story, java.util.Set.of(), List.of()))
                .isEqualTo("Storm Xavier death toll rises as coast counts damage");
        for (int budget = 40; budget <= 120; budget += 20) {
            List<SummarySentence> summary = new StorySummarizer().summarize(story, budget);
            assertThat(summary.stream().mapToInt(s -> Words.count(s.text())).sum()).isLessThanOrEqualTo(budget);
            // before: "Storm Xavier killed four people on Tuesday (2026-12-01) ..." at every budget, five nowhere
            assertThat(summary).as("budget %d", budget)
                    .anySatisfy(s -> assertThat(s.text()).contains("rose to five"))
                    .noneSatisfy(s -> assertThat(s.text()).contains("killed four"));
        }
    }
}
