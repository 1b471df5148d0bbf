package dev.storybrief.brief.summary;

import dev.storybrief.brief.Briefer;
import dev.storybrief.brief.BriefingDraft;
import dev.storybrief.brief.BriefingPart;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one headline rule: no title stating what the briefing shows disputed, nor a change in the wrong unit. */
class StoryHeadlinesTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static AnalyzedArticle article(String id, String outlet, LocalDate date, String title, String... paragraphs) {
        return TestArticle.of(id, paragraphs).title(title).outlet(outlet).published(date, "page").analyzed();
    }

    /**
     * Three reports of a takeover; the first one's title is the closest to the story's words, and its figure is not
     * outvoted (one other report gives it, one another figure).
     */
    private static List<AnalyzedArticle> takeover() {
        return List.of(
                article("wire", "Trade Wire", MONDAY, "Corvell Mills to buy Ashby Farms at $41 a share",
                        "Corvell Mills will buy Ashby Farms at $41 a share, the companies said on Monday.",
                        "Corvell Mills said buying Ashby Farms would give it the farms it needs."),
                article("ledger", "Ledger", MONDAY, "Grain deal announced",
                        "Corvell Mills agreed on Monday to buy Ashby Farms for $44 a share in cash.",
                        "The deal is expected to close next year."),
                article("daily", "Market Daily", MONDAY, "Ashby shareholders weigh offer",
                        "Ashby Farms shareholders will vote in June on the offer of $41 a share from Corvell Mills.",
                        "Analysts said Corvell Mills could raise its offer for Ashby Farms."));
    }

    private static Disagreement pricePerShare() {
        return new Disagreement("money per share", DisagreementKind.NUMBER, List.of(
                new Claim("Corvell Mills will buy Ashby Farms at $41 a share, the companies said on Monday.", "wire",
                        "$41 a share", null, 0),
                new Claim("Corvell Mills agreed on Monday to buy Ashby Farms for $44 a share in cash.", "ledger",
                        "$44 a share", null, 1)));
    }

    @Test
    void withoutADisagreementTheMostCentralTitleHeads() {
        Story story = new StoryGrouper().group("s", takeover());
        assertThat(StoryHeadlines.of(story, Set.of(), List.of())).isEqualTo("Corvell Mills to buy Ashby Farms at $41 a share");
    }

    @Test
    void aTitleGivingAFigureTheBriefingListsAsDisputedIsPassedOver() {
        Story story = new StoryGrouper().group("s", takeover());
        assertThat(StoryHeadlines.of(story, Set.of(), List.of(pricePerShare()))).doesNotContain("$41");
    }

    @Test
    void aDisputedTollGivesWayToATitleOfItsDayNotToAnOlderStep() {
        Story story = new StoryGrouper().group("s", List.of(
                article("first", "Coast Times", MONDAY, "Storm Ulla batters Brannock Bay coast",
                        "Storm Ulla battered the Brannock Bay coast on Monday, and two people died in floods.",
                        "Storm Ulla brought down trees along the Brannock Bay coast roads.",
                        "Schools along the Brannock Bay coast were closed."),
                article("wire", "Eastern Wire", MONDAY.plusDays(2), "Storm Ulla toll rises to seven",
                        "The death toll from Storm Ulla rose to seven on Wednesday, the agency said.",
                        "Roads along the Brannock Bay coast stay closed.",
                        "Three more bodies were found in flooded homes."),
                article("radio", "Harbour Radio", MONDAY.plusDays(2), "Hospital puts Ulla toll higher",
                        "At least nine people have died in Storm Ulla, the hospital said on Wednesday.",
                        "Crews cleared fallen trees.",
                        "The agency did not explain the difference."),
                article("post", "Bay Post", MONDAY.plusDays(2), "Brannock Bay counts the cost",
                        "The regional agency said seven people had died in Storm Ulla.",
                        "Insurers expect claims to run into millions.",
                        "The harbour reopened on Wednesday.")));
        Disagreement toll = new Disagreement("people killed", DisagreementKind.NUMBER, List.of(
                new Claim("The death toll from Storm Ulla rose to seven on Wednesday, the agency said.", "wire",
                        "seven", null, 0),
                new Claim("At least nine people have died in Storm Ulla, the hospital said on Wednesday.", "radio",
                        "At least nine people", null, 1)));
        assertThat(StoryHeadlines.of(story, Set.of(), List.of(toll))).isIn("Hospital puts Ulla toll higher",
                "Brannock Bay counts the cost");
    }

    @Test
    void aChangeGivenInPerCentWhereAnotherReportGivesPointsIsPassedOver() {
        Story story = new StoryGrouper().group("s", List.of(
                article("review", "Business Review", MONDAY, "Budget cuts Varnland deficit by 0.6 per cent",
                        "The Varnland budget cuts the deficit by 0.6 per cent, finance minister Ola Brandt said.",
                        "Brandt said the Varnland budget keeps spending on schools."),
                article("post", "Capital Post", MONDAY, "Brandt presents budget for schools and roads",
                        "The deficit will fall by 0.6 percentage points, finance minister Ola Brandt said.",
                        "The budget raises spending on roads.")));
        assertThat(StoryHeadlines.of(story, Set.of(), List.of())).isEqualTo("Brandt presents budget for schools and roads");
    }

    @Test
    void aChangeGivenInPerCentThatNoReportGivesInPointsMayHead() {
        assertThat(PointsAsPercent.misreads("Sales up 0.6 per cent", List.of(
                article("a", "A", MONDAY, "x", "Sales rose 0.6 percent in March, the agency said.")))).isFalse();
        assertThat(PointsAsPercent.misreads("Jobless rate up 0.6%", List.of(
                article("a", "A", MONDAY, "x", "The jobless rate rose 0.6 percentage points to 5.1%.")))).isTrue();
    }

    @Test
    void theBriefingHeadsWithTheUndisputedTitleWhenItsDisagreementsListTheFigure() {
        // end to end: the disagreements part runs before the headline is chosen
        List<dev.storybrief.ingest.RawDocument> docs = List.of(
                doc("wire", "Trade Wire", "Corvell Mills to buy Ashby Farms at a 24% premium",
                        "Corvell Mills will buy Ashby Farms, paying a 24% premium to Friday's close, the companies said.",
                        "Corvell Mills said buying Ashby Farms gives it the farms and mills it needs.",
                        "Ashby Farms shareholders will vote on the Corvell Mills offer in June."),
                doc("ledger", "Ledger", "Grain deal announced",
                        "The price is a 31% premium to Ashby Farms' closing price on Friday.",
                        "Corvell Mills agreed on Monday to buy Ashby Farms, the companies said.",
                        "The deal is expected to close next year, subject to approval by regulators."),
                doc("daily", "Market Daily", "Ashby shareholders weigh Corvell offer",
                        "Ashby Farms shareholders will vote on the offer from Corvell Mills in June.",
                        "The offer is a 24% premium, and analysts said Corvell Mills could raise its offer.",
                        "Corvell Mills said the deal gives it the farms it needs."));
        var briefing = Storybrief.builder().words(120).build().briefDocuments("s", docs, List.of());
        assertThat(briefing.disagreements().toString()).contains("24%").contains("31%");
        assertThat(briefing.headline()).isNotNull().doesNotContain("24%");
        // the headline alone, without the rest of the briefing, reads the same disagreements
        assertThat(Storybrief.builder().words(120).build().headline("s", docs)).isEqualTo(briefing.headline());
    }

    /**
     * The headline without the briefing ({@link Briefer#headline}) is the briefing's: with a disputed figure in a
     * title, without one, and when a part of the caller's own stands in for the disagreements part.
     */
    @Test
    void theHeadlineAloneIsTheBriefingsHeadline() {
        Story story = new StoryGrouper().group("s", takeover());
        Briefer standard = Briefer.standard(new StorySummarizer());
        assertThat(standard.headline(story, 120, Set.of())).isEqualTo(standard.brief(story, 120, List.of()).headline());
        BriefingPart listsThePrice = new BriefingPart() {
            @Override
            public String name() {
                return "disagreements";
            }

            @Override
            public java.util.Set<dev.storybrief.model.Layer> needs() {
                return java.util.Set.of();
            }

            @Override
            public void addTo(BriefingDraft draft) {
                draft.put(dev.storybrief.model.Section.DISAGREEMENTS, List.of(pricePerShare()));
            }
        };
        Briefer own = standard.replacing("disagreements", listsThePrice);
        assertThat(own.headline(story, 120, Set.of())).isEqualTo(own.brief(story, 120, List.of()).headline())
                .doesNotContain("$41");
    }

    /** A flash's cry ("BREAKING: ...") heads no story that has a full report, however central its few words are. */
    @Test
    void aFlashHeadsNoStoryThatHasAFullReport() {
        Story story = new StoryGrouper().group("s", List.of(
                article("flash", "Kell Wire", MONDAY, "BREAKING: Fire destroys Kellport grain mill",
                        "BREAKING: Fire destroys Kellport grain mill, firefighters say."),
                article("full", "Kell Post", MONDAY, "Night blaze guts an old landmark",
                        "A fire destroyed the old grain mill in Kellport on Monday night, firefighters said.",
                        "Nobody was hurt, the fire brigade of Kellport said.",
                        "The cause of the fire at the Kellport grain mill is not yet known.")));
        assertThat(StoryHeadlines.of(story, Set.of(), List.of())).isEqualTo("Night blaze guts an old landmark");
    }

    /** A follow-up months later (another period of the story) heads no story: its title is of a later step. */
    @Test
    void aFollowUpMonthsLaterHeadsNoStory() {
        String collapse = "Part of the Arnby bridge fell into the river on Tuesday, and fourteen people were hurt.";
        Story story = new StoryGrouper().group("s", List.of(
                article("a", "Arnby Post", MONDAY, "Arnby bridge collapse injures commuters", collapse,
                        "The mayor closed the bridge.", "Engineers inspected the steel."),
                article("b", "River Times", MONDAY.plusDays(1), "Bridge span falls into river", collapse,
                        "Divers searched the river.", "The mayor closed the bridge."),
                article("c", "Arnby Post", MONDAY.plusMonths(6), "Arnby bridge reopens after collapse", collapse,
                        "The Arnby bridge reopened to traffic after repairs.", "The bridge collapse review found"
                                + " corrosion in the steel of the Arnby bridge.")));
        assertThat(StoryHeadlines.of(story, Set.of(), List.of())).isNotEqualTo("Arnby bridge reopens after collapse");
    }

    private static dev.storybrief.ingest.RawDocument doc(String id, String outlet, String title, String... paragraphs) {
        return new dev.storybrief.ingest.RawDocument(id, java.nio.file.Path.of(id + ".txt"),
                dev.storybrief.ingest.SourceFormat.TEXT, String.join("\n\n", paragraphs),
                java.util.Map.of(dev.storybrief.ingest.MetaKey.TITLE, title, dev.storybrief.ingest.MetaKey.OUTLET, outlet,
                        dev.storybrief.ingest.MetaKey.PUBLISHED, "2026-03-02"));
    }
}
