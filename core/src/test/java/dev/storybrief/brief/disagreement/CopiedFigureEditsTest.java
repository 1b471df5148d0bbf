package dev.storybrief.brief.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Copies of one wire text whose outlets changed a figure and kept every other word: "About 30000 homes" against "About
 * 35000 homes", "winds of up to 140 km/h" against "up to 150 km/h". Each is a claim of its own, though the slack of
 * "about" or "up to" would let the two figures agree; and a copy that still gives the first day's figure on a later day
 * beside copies that give another is a disagreement, not the first step of a rising figure. Made-up reports.
 */
class CopiedFigureEditsTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 10, 28);
    private static final String REST = "A woman was injured when a tree fell on her car in Kelby. Ferries between Kelby"
            + " and the islands were cancelled. The Met Service issued a red warning for the Kelby coast.";

    private static AnalyzedArticle storm(String id, String outlet, LocalDate day, String wind, String homes) {
        return TestArticle.of(id, "Storm Ida brought winds of up to " + wind + " km/h to the Kelby coast on Wednesday.",
                REST + " About " + homes + " homes in Kelby were left without power, Kelby Electric said.")
                .title("Storm Ida leaves trail of damage").outlet(outlet).published(day, "page").analyzed();
    }

    private static List<Disagreement> about(Story story, String topic) {
        return new NumberDisagreements().find(story).stream().filter(d -> d.topic().contains(topic)).toList();
    }

    @Test
    void aCopyThatChangedARoundFigureIsAClaimOfItsOwn() {
        List<AnalyzedArticle> copies = List.of(storm("a", "Eastgate Gazette", WEDNESDAY, "140", "30000"),
                storm("b", "Midshire Echo", WEDNESDAY, "140", "30000"),
                storm("c", "Coast Courier", WEDNESDAY, "150", "35000"));
        Story story = new StoryGrouper().group("storm", copies);
        assertThat(about(story, "home")).singleElement().satisfies(d -> assertThat(d.claims())
                .extracting(Claim::statement).contains("About 30000 homes", "About 35000 homes"));
        assertThat(about(story, "wind")).singleElement().satisfies(d -> assertThat(d.claims())
                .extracting(Claim::statement).contains("up to 140 km/h", "up to 150 km/h"));
    }

    @Test
    void theSameRoundFigureInOtherWordsStillAllowsTheOther() {
        AnalyzedArticle own = TestArticle.of("d", "Kelby Electric said some 35000 homes had no electricity on"
                        + " Wednesday night after the storm.", REST).title("Storm Ida cuts power")
                .outlet("Harwick Post").published(WEDNESDAY, "page").analyzed();
        Story story = new StoryGrouper().group("storm", List.of(storm("a", "Eastgate Gazette", WEDNESDAY, "140",
                "30000"), own));
        assertThat(about(story, "home")).as("an outlet's own wording keeps the slack of a round figure").isEmpty();
    }

    @Test
    void aLaterCopyStillGivingTheFirstFigureDisagreesWithTheNewOne() {
        String rest = " The money will go to families whose homes were damaged in Dorne, the government said.";
        List<AnalyzedArticle> articles = new ArrayList<>();
        String[][] copies = {{"m1", "Kelby Times", "0", "2"}, {"m2", "Valley Record", "0", "2"},
                {"t1", "Lakeside News", "1", "3"}, {"t2", "Brenmoor Star", "1", "3"}, {"t3", "Redfield Tribune", "1", "2"},
                {"t4", "Coast Courier", "1", "2"}, {"w1", "Tarn Herald", "2", "2"}, {"w2", "Orvale Voice", "2", "2"}};
        for (String[] c : copies) {
            articles.add(TestArticle.of(c[0], "Prime Minister Laura Keane visited Dorne and promised emergency aid of "
                            + c[3] + " million euros." + rest, "Rescue teams searched the rubble of Dorne for survivors.")
                    .title("Quake strikes Dorne").outlet(c[1]).published(WEDNESDAY.plusDays(Integer.parseInt(c[2])), "page")
                    .analyzed());
        }
        List<Disagreement> found = about(new StoryGrouper().group("quake", articles), "aid");
        assertThat(found).singleElement().satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                .contains("2 million euros", "3 million euros"));
    }

    private static RisingFigure.Dated aid(int day, String article, String millions) {
        QuantitySpan q = dev.storybrief.analyze.quantity.QuantityRules.forLanguage("en").extract(
                "Keane promised emergency aid of " + millions + " million euros.", 0, 0).get(0);
        return new RisingFigure.Dated(WEDNESDAY.plusDays(day), q, article, false, article);
    }

    /**
     * The series' test itself: a later day's report whose only figure is the first day's states it as its own (a stale
     * copy, or another outlet's count), so the days tell no series; a report that gives the old figure beside the new
     * one retells it, and the series stands.
     */
    @Test
    void anOldFigureAloneInALaterReportIsNoStepOfASeries() {
        List<RisingFigure.Dated> stale = List.of(aid(0, "a", "2"), aid(0, "b", "2"), aid(1, "c", "3"), aid(1, "d", "3"),
                aid(1, "e", "2"));
        assertThat(RisingFigure.of(stale)).isEmpty();
        List<RisingFigure.Dated> retold = List.of(aid(0, "a", "2"), aid(0, "b", "2"), aid(1, "c", "3"), aid(1, "d", "3"),
                aid(1, "d", "2"));
        assertThat(RisingFigure.of(retold)).isPresent();
    }
}
