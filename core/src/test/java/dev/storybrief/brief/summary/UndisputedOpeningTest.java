package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The summary's opening sentence passes the headline's test (QA19 #2): one stating a figure of the side of a listed
 * disagreement fewer outlets take ("17 people were injured" where two outlets say 14) gives way to the first that
 * states none; it stays in the summary, later. The articles are made up.
 */
class UndisputedOpeningTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 14);

    private static AnalyzedArticle article(String id, String outlet, String text) {
        return TestArticle.of(id, text).title(id).outlet(outlet).published(DAY, "page").analyzed();
    }

    private static SummaryCandidate first(AnalyzedArticle a) {
        var s = a.sentences().get(0);
        return new SummaryCandidate(a, s, s.text(), s.text().split(" ").length, 1.0, SentenceTrimmer.none());
    }

    @Test
    void anOpeningWithAnOutnumberedFigureGivesWayToOneWithout() {
        AnalyzedArticle glos = article("glos", "Glos Post",
                "Seventeen people were injured when a bus overturned near Kelso on Wednesday morning.");
        AnalyzedArticle kurier = article("kurier", "Kelso Courier",
                "A bus left the road and overturned into a ditch near Kelso on Wednesday morning.");
        AnalyzedArticle wire = article("wire", "Northern Wire",
                "Fourteen people were injured in the crash of a bus near Kelso, police said.");
        AnalyzedArticle third = article("third", "Kelso Daily",
                "Police said 14 people were injured when the bus overturned near Kelso.");
        Story story = new StoryGrouper().group("s", List.of(glos, kurier, wire, third));
        Supplier<List<Disagreement>> listed = () -> List.of(new Disagreement("people injured",
                DisagreementKind.NUMBER, List.of(
                        new Claim(glos.sentences().get(0).text(), "glos", "Seventeen people", null, 0),
                        new Claim(wire.sentences().get(0).text(), "wire", "Fourteen people", null, 1),
                        new Claim(third.sentences().get(0).text(), "third", "14 people", null, 1))));
        List<SummaryCandidate> read = List.of(first(glos), first(kurier));
        assertThat(SummaryReadingOrder.withUndisputedOpening(read, story, listed))
                .extracting(c -> c.article().id()).containsExactly("kurier", "glos");
        // the figure most outlets give opens the summary though one outlet disputes it
        List<SummaryCandidate> agreed = List.of(first(wire), first(kurier));
        assertThat(SummaryReadingOrder.withUndisputedOpening(agreed, story, listed))
                .extracting(c -> c.article().id()).containsExactly("wire", "kurier");
        // with nothing listed nothing moves
        assertThat(SummaryReadingOrder.withUndisputedOpening(read, story, List::of))
                .extracting(c -> c.article().id()).containsExactly("glos", "kurier");
    }

    @Test
    void neitherSideOfATieGivesWay() {
        AnalyzedArticle glos = article("glos", "Glos Post",
                "Seventeen people were injured when a bus overturned near Kelso on Wednesday morning.");
        AnalyzedArticle kurier = article("kurier", "Kelso Courier",
                "A bus left the road and overturned into a ditch near Kelso on Wednesday morning.");
        AnalyzedArticle wire = article("wire", "Northern Wire",
                "Fourteen people were injured in the crash of a bus near Kelso, police said.");
        Story story = new StoryGrouper().group("s", List.of(glos, kurier, wire));
        Supplier<List<Disagreement>> listed = () -> List.of(new Disagreement("people injured",
                DisagreementKind.NUMBER, List.of(
                        new Claim(glos.sentences().get(0).text(), "glos", "Seventeen people", null, 0),
                        new Claim(wire.sentences().get(0).text(), "wire", "Fourteen people", null, 1))));
        assertThat(SummaryReadingOrder.withUndisputedOpening(List.of(first(glos), first(kurier)), story, listed))
                .extracting(c -> c.article().id()).containsExactly("glos", "kurier");
    }
}
