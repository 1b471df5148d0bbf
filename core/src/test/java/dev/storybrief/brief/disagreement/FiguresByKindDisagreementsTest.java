package dev.storybrief.brief.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two outlets of one day that give one fact two values of a kind no count is (a prison term, the minute of a goal, a
 * pay claim's share, an age against a birth year) disagree, when the two statements are about the same thing as
 * {@link NumberDisagreements} decides it; the same kind of figure about another thing, a rounded figure or an age that
 * fits the birth year does not. Reports of another period of the story are compared among themselves. Made-up
 * reports.
 */
class FiguresByKindDisagreementsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    private static AnalyzedArticle article(String id, String outlet, LocalDate date, String title, String... paragraphs) {
        return TestArticle.of(id, paragraphs).title(title).outlet(outlet).published(date, "page").analyzed();
    }

    private static List<String> topics(AnalyzedArticle... articles) {
        return topics(new StoryGrouper().group("s", List.of(articles)));
    }

    private static List<String> topics(Story story) {
        return new NumberDisagreements().find(story).stream().map(Disagreement::topic).toList();
    }

    @Test
    void twoPrisonTermsDisagree() {
        assertThat(topics(
                article("a", "Kestrel Times", DAY, "Treasurer jailed",
                        "Former treasurer Lena Marsh was sentenced to six years in prison on Thursday for stealing from the"
                                + " Harbour Pension Fund."),
                article("b", "Evening Post", DAY, "Marsh sentenced",
                        "Lena Marsh, the former treasurer of the Harbour Pension Fund, was sentenced to seven years in"
                                + " prison on Thursday for stealing from the fund.",
                        "Marsh served six years as the fund's treasurer.")))
                .containsExactly("year in prison");
    }

    @Test
    void timeServedIsNotTheTermGiven() {
        assertThat(topics(
                article("a", "Kestrel Times", DAY, "Dissident jailed",
                        "Xu Wenli, who has already spent 12 years in prison for his writing, was sentenced to 13 years"
                                + " on Monday."),
                article("b", "Evening Post", DAY, "Xu sentenced",
                        "Xu Wenli was sentenced on Monday to 13 years in prison for his writing, the court said.")))
                .isEmpty();
    }

    @Test
    void twoMinutesOfOneGoalDisagreeButNotTheMinutesOfOtherThings() {
        assertThat(topics(
                article("a", "Northgate Sport", DAY, "Dole sends Rovers through",
                        "Tom Dole scored in the 89th minute as Kelby Rovers beat Ashford Town 2-1 in the cup semi-final.",
                        "Ashford had led through a penalty in the 30th minute."),
                article("b", "Kelby Echo", DAY, "Late Dole goal",
                        "Tom Dole scored in the 87th minute as Kelby Rovers beat Ashford Town 2-1 in the cup semi-final.",
                        "Rovers manager Piet Vos replaced his captain in the 60th minute.")))
                .containsExactly("minute");
    }

    @Test
    void twoSharesOfOnePayClaimDisagree() {
        assertThat(topics(
                article("a", "Corran Daily", DAY, "Drivers vote to strike",
                        "Bus drivers in Corran voted on Monday to strike after Trenline refused their demand for a 9% pay rise."),
                article("b", "Western Wire", DAY, "Bus strike called",
                        "Bus drivers in Corran voted on Monday to strike after Trenline refused their demand for a 12% pay rise.")))
                .containsExactly("pay rise (per cent)");
    }

    @Test
    void anAmountRoundedAtItsDigitIsNoDisagreement() {
        assertThat(topics(
                article("a", "Kestrel Times", DAY, "Treasurer jailed", "Marsh took $310m from the fund, prosecutors said."),
                article("b", "Evening Post", DAY, "Marsh sentenced", "Marsh took $310.4m from the fund, prosecutors said.")))
                .isEmpty();
    }

    private static List<String> obituary(String born) {
        LocalDate day = LocalDate.of(2024, 4, 2);
        return topics(
                article("a", "The Lantern", day, "Novelist Ruth Calder dies",
                        "The novelist Ruth Calder has died aged 84 at her home in Dunmore, her publisher said on Tuesday."),
                article("b", "Dunmore Herald", day, "Ruth Calder has died",
                        "Ruth Calder, the author of Salt Road, has died at her home in Dunmore, her publisher said.",
                        "Calder, who was born in " + born + " in Ashby, wrote 23 novels."));
    }

    @Test
    void anAgeAgainstABirthYearOnTheArticlesDate() {
        assertThat(obituary("1937")).containsExactly("age");
        assertThat(obituary("1940")).as("84 in April 2024 fits a birth in 1940 or 1939").isEmpty();
    }

    @Test
    void aSentencingToldInAFollowUpPeriodIsSearchedToo() {
        List<AnalyzedArticle> articles = new ArrayList<>();
        LocalDate trial = LocalDate.of(2026, 1, 12);
        articles.add(article("t1", "Kestrel Times", trial, "Harbour fund trial opens",
                "The trial of former Harbour Pension Fund treasurer Lena Marsh opened at Brackwater Crown Court on Monday.",
                "Prosecutors told the jury that Marsh had moved money from the fund into accounts abroad over a decade."));
        articles.add(article("t2", "Evening Post", trial, "Marsh denies stealing",
                "Lena Marsh pleaded not guilty as her trial began at Brackwater Crown Court.",
                "The jury heard that members of the fund lost their savings when the accounts were emptied."));
        articles.add(article("t3", "Coastal Record", trial.plusDays(1), "Hidden accounts",
                "Jurors in the trial of Lena Marsh at Brackwater Crown Court were shown bank records from Jersey on Tuesday.",
                "A forensic accountant told the court the Harbour Pension Fund had lost its reserves."));
        articles.add(article("t4", "Harbour Weekly", trial.plusDays(1), "Members give evidence",
                "Two members of the Harbour Pension Fund told Brackwater Crown Court on Tuesday how their pensions had gone.",
                "Lena Marsh listened without expression as the witnesses spoke."));
        LocalDate sentencing = LocalDate.of(2026, 3, 20);
        articles.add(article("s1", "Kestrel Times", sentencing, "Marsh jailed",
                "Former treasurer Lena Marsh was sentenced to six years in prison on Friday for stealing from the Harbour"
                        + " Pension Fund."));
        articles.add(article("s2", "Evening Post", sentencing, "Marsh sentenced",
                "Lena Marsh, the former treasurer of the Harbour Pension Fund, was sentenced to seven years in prison on"
                        + " Friday for stealing from the fund."));
        Story story = new StoryGrouper().group("s", articles);
        assertThat(story.laterArticles()).as("the sentencing is a follow-up").contains("s1", "s2");
        assertThat(topics(story)).containsExactly("year in prison");
    }
}
