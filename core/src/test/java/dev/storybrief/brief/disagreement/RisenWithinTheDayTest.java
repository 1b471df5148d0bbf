package dev.storybrief.brief.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A toll that rose is no dispute when the report giving the higher figure says it rose: "rose to five" tells that the
 * count stood lower before, so the report of the same day that says four told an earlier step, though neither prints
 * its time; and a rise worded verb first (Arabic's "ارتفعت حصيلة ... إلى 15", Russian's "возросло число погибших до
 * 15") is a rise as "rose to 15" is. Two reports of one day that both say their figure rose, or that state their
 * figures plainly, still disagree. Made-up reports of a made-up storm and flood.
 */
class RisenWithinTheDayTest {
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    private static AnalyzedArticle article(String id, String outlet, LocalDate date, String title, String... paragraphs) {
        return TestArticle.of(id, paragraphs).title(title).outlet(outlet).published(date, "page").analyzed();
    }

    private static List<Disagreement> killed(AnalyzedArticle... articles) {
        return new NumberDisagreements().find(new StoryGrouper().group("storm", List.of(articles))).stream()
                .filter(d -> d.kind() == DisagreementKind.NUMBER && d.topic().contains("killed")).toList();
    }

    private static AnalyzedArticle herald(String lead) {
        return article("herald", "Coastal Herald", TUESDAY, "Storm Ilsa batters the Kelmouth coast", lead,
                "The storm left 38,000 homes without power along the Kelmouth coast, the grid operator said.",
                "Schools in Parrin Bay stayed closed on Tuesday.");
    }

    private static AnalyzedArticle wire(String lead) {
        return article("wire", "National Wire", TUESDAY, "Storm Ilsa toll climbs on the Kelmouth coast", lead,
                "Storm Ilsa made landfall near Parrin Bay late on Monday, leaving 38,000 homes without power.",
                "Schools in Parrin Bay stayed closed on Tuesday, the regional council said.");
    }

    @Test
    void aTollTheLaterReportSaysRoseIsNoDisputeOnTheSameDay() {
        assertThat(killed(
                herald("Storm Ilsa killed four people as it swept across the Kelmouth coast on Monday night,"
                        + " emergency officials said."),
                wire("The death toll from Storm Ilsa rose to five on Tuesday after rescuers found the body of a"
                        + " fisherman missing since Monday night, emergency officials said."))).isEmpty();
    }

    @Test
    void twoPlainFiguresOfOneDayStillDisagree() {
        assertThat(killed(
                herald("Storm Ilsa killed four people as it swept across the Kelmouth coast on Monday night,"
                        + " emergency officials said."),
                wire("Storm Ilsa killed five people as it swept across the Kelmouth coast on Monday night,"
                        + " emergency officials said."))).hasSize(1);
    }

    @Test
    void twoReportsThatBothSayTheirFigureRoseStillDisagree() {
        assertThat(killed(
                herald("The death toll from Storm Ilsa rose to four on Tuesday after rescuers searched the coast,"
                        + " emergency officials said."),
                wire("The death toll from Storm Ilsa rose to five on Tuesday after rescuers searched the coast,"
                        + " emergency officials said."))).hasSize(1);
    }

    @Test
    void anArabicTollRisenVerbFirstOnTheNextDayIsNoDispute() {
        AnalyzedArticle first = article("sharq", "الشرق اليوم", LocalDate.of(2026, 5, 10),
                "فيضانات في مدينة الواحة تقتل 12 شخصا",
                "قتل 12 شخصا وأصيب 40 آخرون جراء فيضانات اجتاحت مدينة الواحة يوم السبت، بحسب الدفاع المدني.",
                "وأجلت السلطات نحو 3000 شخص من منازلهم في مدينة الواحة.");
        AnalyzedArticle next = article("wakala", "الوكالة الإقليمية", LocalDate.of(2026, 5, 11),
                "ارتفاع حصيلة ضحايا فيضانات الواحة",
                "ارتفعت حصيلة ضحايا الفيضانات في مدينة الواحة إلى 15 قتيلا، وفق ما أعلنت وزارة الصحة يوم الأحد.",
                "وأعلنت الحكومة تخصيص 20 مليون دولار لإعادة إعمار مدينة الواحة.");
        assertThat(killed(first, next)).isEmpty();
    }

    @Test
    void aRiseWordedVerbFirstGivesTheFigureAsTheCountsNewValue() {
        assertUpdate("ارتفعت حصيلة ضحايا الفيضانات في مدينة الواحة إلى 15 قتيلا", "15", true);
        assertUpdate("Возросло число погибших в результате наводнения до 15 человек.", "15", true);
        assertUpdate("Кількість загиблих унаслідок повені зросла до 15 осіб.", "15", true);
        assertUpdate("قتل 12 شخصا جراء فيضانات اجتاحت مدينة الواحة", "12", false);
        assertUpdate("В результате наводнения погибли 15 человек.", "15", false);
        // a clause's stop parts the verb from a later figure: the rise is of another thing
        assertUpdate("Уровень воды вырос, эвакуировано до 300 человек.", "300", false);
    }

    private static void assertUpdate(String sentence, String figure, boolean expected) {
        int start = sentence.indexOf(figure);
        assertThat(LatestFigures.statedAsUpdate(sentence, start, start + figure.length())).as(sentence)
                .isEqualTo(expected);
    }
}
