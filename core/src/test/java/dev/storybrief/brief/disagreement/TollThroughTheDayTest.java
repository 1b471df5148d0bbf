package dev.storybrief.brief.disagreement;

import static dev.storybrief.brief.disagreement.DisagreementFixtures.statements;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.clean.ArticleCleaner;
import dev.storybrief.clean.StampTimes;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A death toll given as 12 at 08:15, "has risen to 19" at 13:40 and "climbed to 23" at 19:05 of one day, each report's
 * text printing its stamp, is one count rising through the day, not three outlets disagreeing; two reports of one
 * stamped time that differ, or a report of the day with no time printed, still disagree. Made-up reports of a
 * made-up blast.
 */
class TollThroughTheDayTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 5, 11);

    /**
     * A report whose text prints its stamp ("Published: May 11, 2026 13:40"), read by the clean stage, which keeps the
     * stamp's time with the date; a null stamp gives the day alone, as a page's date field may.
     */
    private static AnalyzedArticle report(String id, String outlet, String stamp, String... paragraphs) {
        if (stamp == null) {
            return TestArticle.of(id, paragraphs).outlet(outlet).published(MONDAY, "page").analyzed();
        }
        Article read = new ArticleCleaner().clean(new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT,
                "Published: May 11, 2026 " + stamp + "\n\n" + String.join("\n\n", paragraphs), Map.of()));
        assertThat(read.published()).isEqualTo(MONDAY);
        return AnnotatorChain.standard().annotate(read.withOutlet(outlet));
    }

    private static List<AnalyzedArticle> blast() {
        List<AnalyzedArticle> reports = new ArrayList<>();
        reports.add(report("ledger", "Dunmore Ledger", "08:15",
                "An explosion at a chemical plant in the town of Carrow killed 12 people on Monday, fire officials said.",
                "The blast tore through a storage hall at the Vennet Chemicals plant."));
        reports.add(report("kestrel", "Kestrel News", "13:40",
                "The death toll from an explosion at the Vennet Chemicals plant in Carrow has risen to 19, fire"
                        + " officials said on Monday.",
                "Rescuers found seven more bodies in the wreckage of the storage hall."));
        reports.add(report("wire", "Northern Wire", "7:05 p.m.",
                "The number of people killed in the explosion at the Vennet Chemicals plant in Carrow climbed to 23 on"
                        + " Monday evening, fire officials said.",
                "Investigators said the blast began in a tank of solvent."));
        return reports;
    }

    private static List<Disagreement> tolls(List<AnalyzedArticle> reports) {
        return new NumberDisagreements().find(new StoryGrouper().group("blast", reports)).stream()
                .filter(d -> d.kind() == DisagreementKind.NUMBER && d.topic().contains("killed")).toList();
    }

    @Test
    void aTollRisingThroughOneDayIsNoDisagreement() {
        assertThat(tolls(blast())).isEmpty();
    }

    @Test
    void twoReportsOfOneTimeThatDifferStillDisagree() {
        List<AnalyzedArticle> reports = blast();
        reports.add(report("post", "Carrow Post", "13:40",
                "The death toll from the explosion at the Vennet Chemicals plant in Carrow has risen to 15, fire"
                        + " officials said on Monday."));
        List<Disagreement> found = tolls(reports);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).anySatisfy(c -> assertThat(c.statement()).contains("15"))
                .anySatisfy(c -> assertThat(c.statement()).contains("19"));
    }

    @Test
    void aReportOfTheDayWithoutItsTimeStillDisagrees() {
        List<AnalyzedArticle> reports = blast();
        reports.set(1, report("kestrel", "Kestrel News", null,
                "The death toll from an explosion at the Vennet Chemicals plant in Carrow has risen to 19, fire"
                        + " officials said on Monday."));
        assertThat(tolls(reports)).isNotEmpty();
    }

    @Test
    void aLaterReportsLowerFigureStillDisagrees() {
        List<AnalyzedArticle> reports = List.of(
                report("ledger", "Dunmore Ledger", "10:15",
                        "His last film, released in 2019, raised $2.4 million for a children's charity."),
                report("kestrel", "Kestrel News", "12:40",
                        "His last film, released in 2019, raised $2.1m for a children's charity."));
        assertThat(statements(new NumberDisagreements().find(new StoryGrouper().group("film", reports))))
                .containsExactlyInAnyOrder("$2.4 million", "$2.1m");
    }

    @Test
    void theStampsZonesSayWhichCameFirst() {
        // as printed, 19 at 10:40 follows 12 at 09:15; but 10:40 CEST is 08:40 GMT: the higher figure came first
        List<AnalyzedArticle> printed = List.of(
                report("ledger", "Dunmore Ledger", "09:15",
                        "An explosion at a chemical plant in the town of Carrow killed 12 people on Monday, fire"
                                + " officials said."),
                report("kestrel", "Kestrel News", "10:40",
                        "The death toll from an explosion at the Vennet Chemicals plant in Carrow has risen to 19, fire"
                                + " officials said on Monday."));
        assertThat(tolls(printed)).isEmpty();
        List<AnalyzedArticle> zoned = List.of(
                report("ledger", "Dunmore Ledger", "09:15 GMT",
                        "An explosion at a chemical plant in the town of Carrow killed 12 people on Monday, fire"
                                + " officials said."),
                report("kestrel", "Kestrel News", "10:40 CEST",
                        "The death toll from an explosion at the Vennet Chemicals plant in Carrow has risen to 19, fire"
                                + " officials said on Monday."));
        assertThat(zoned.get(1).article().dating().zone()).isEqualTo(java.time.ZoneOffset.ofHours(2));
        assertThat(tolls(zoned)).hasSize(1);
    }

    @Test
    void theStampsTimeIsKeptWithTheDate() {
        assertThat(report("a", "A", "13:40", "Fire officials said 12 people died.").article().dating().time())
                .isEqualTo(LocalTime.of(13, 40));
        // a page's field: the time and its offset
        Article page = new ArticleCleaner().clean(new RawDocument("p", Path.of("p.txt"), SourceFormat.TEXT,
                "Fire officials said 12 people died in the blast on Monday.",
                Map.of(MetaKey.PUBLISHED, "2026-05-11T13:40:00-05:00")));
        assertThat(page.dating().time()).isEqualTo(LocalTime.of(13, 40));
        assertThat(page.dating().zone()).isEqualTo(java.time.ZoneOffset.ofHours(-5));
        // a date given on the command line has no time, whatever the text's stamp said
        assertThat(report("b", "B", "13:40", "Fire officials said 12 people died.").article()
                .withPublished(MONDAY, "--date").dating().time()).isNull();
        assertThat(StampTimes.timeIn("Published: May 11, 2026 13:40")).contains(LocalTime.of(13, 40));
        assertThat(StampTimes.in("Thursday, March 12, 2026 10:15 AM EDT")).hasValueSatisfying(t -> {
            assertThat(t.time()).isEqualTo(LocalTime.of(10, 15));
            assertThat(t.zone()).isEqualTo(java.time.ZoneOffset.ofHours(-4));
        });
        assertThat(StampTimes.in("Published: May 11, 2026 13:40 at the plant")).hasValueSatisfying(t ->
                assertThat(t.zone()).isNull());
        assertThat(StampTimes.timeIn("2026-05-11T00:00:00Z")).isEmpty();
        assertThat(StampTimes.timeIn("Published Oct. 23, 2026 at 7:10 p.m. | Updated 11:02 p.m.")).contains(LocalTime.of(19, 10));
        assertThat(StampTimes.timeIn("12 a.m. 01/12/2026 19h40")).contains(LocalTime.of(19, 40));
        assertThat(StampTimes.timeIn("26.11.2026")).isEmpty();
    }
}
