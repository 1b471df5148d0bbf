package dev.storybrief.brief.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.render.HtmlRenderer;
import dev.storybrief.render.JsonRenderer;
import dev.storybrief.render.MarkdownRenderer;
import dev.storybrief.render.TextRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One event dated to different days by different outlets, each date resolved against its own article's date:
 * shown among the disagreements, with both outlets, in every format; the same day told two ways, other events and
 * recurring events of one kind are not.
 */
class DateDisagreementsTest {
    private static final String HILLS = " Fire chief Jonas Keller said crews were fighting the wildfire in the hills above Millbrook.";

    private static RawDocument text(String id, String outlet, String day, String body) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT,
                "Wildfire near Millbrook\n\nMILLBROOK (" + outlet + ") - " + day + " - " + body + HILLS, Map.of());
    }

    private static Briefing brief(RawDocument... documents) {
        return Storybrief.builder().words(80).build().briefDocuments("fire", List.of(documents), List.of());
    }

    private static List<Disagreement> dates(Briefing b) {
        return b.disagreements().stream().filter(d -> d.kind() == DisagreementKind.DATE).toList();
    }

    @Test
    void oneEventOnTwoDaysIsADisagreementBetweenItsOutlets() {
        Briefing b = brief(
                text("herald", "Kellport Herald", "March 2, 2026", "The fire broke out on Sunday night."),
                text("wire", "Baltic Wire", "March 2, 2026", "The fire broke out on Saturday evening."),
                text("tribune", "Redfield Tribune", "March 3, 2026", "The fire broke out on Sunday, the county said."));
        assertThat(dates(b)).singleElement().satisfies(d -> {
            assertThat(d.topic()).isEqualTo("The fire broke out (date)");
            assertThat(d.claims()).extracting(Claim::source, Claim::statement).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("wire", "Saturday evening (2026-02-28)"),
                    org.assertj.core.groups.Tuple.tuple("herald", "Sunday night (2026-03-01)"),
                    org.assertj.core.groups.Tuple.tuple("tribune", "Sunday (2026-03-01)"));
        });
        assertThat(new TextRenderer().render(b, false)).contains("* The fire broke out (date):")
                .contains("Baltic Wire, 2026-03-02: \"Saturday evening (2026-02-28)\"")
                .contains("Kellport Herald, 2026-03-02: \"Sunday night (2026-03-01)\"")
                .contains("Redfield Tribune, 2026-03-03: \"Sunday (2026-03-01)\"");
        assertThat(new MarkdownRenderer().render(b, false)).contains("- **The fire broke out (date)**");
        assertThat(new HtmlRenderer().render(b, false)).contains("<h3>The fire broke out (date)</h3>");
        String json = new JsonRenderer().render(b, false);
        assertThat(json).containsPattern("\"kind\"\\s*:\\s*\"date\"");
        assertThat(dev.storybrief.render.BriefingSchema.violations(json)).as("schema violations").isEmpty();
    }

    @Test
    void theSameDayToldTwoWaysOrOtherEventsAreNoDisagreement() {
        assertThat(dates(brief(
                text("herald", "Kellport Herald", "March 2, 2026", "The fire broke out on Sunday night."),
                text("wire", "Baltic Wire", "March 3, 2026", "The fire broke out on March 1.")))).isEmpty();
        assertThat(dates(brief(
                text("herald", "Kellport Herald", "March 2, 2026", "The fire broke out on Sunday night."),
                text("wire", "Baltic Wire", "March 2, 2026", "The evacuation of the valley began on Saturday evening.")))).isEmpty();
    }

    /** "Keller said on Monday": a telling is dated by the day it was heard, not the day of an event. */
    @Test
    void aTellingOnTwoDaysIsNoDisagreement() {
        assertThat(dates(brief(
                text("herald", "Kellport Herald", "March 3, 2026", "County fire chief Jonas Keller said on Monday the fire was contained."),
                text("wire", "Baltic Wire", "March 3, 2026", "County fire chief Jonas Keller said on Sunday the fire was contained.")))).isEmpty();
    }

    /** The same subject doing two things on two days: a subject alone is no event. */
    @Test
    void oneSubjectWithTwoVerbsIsNoDisagreement() {
        assertThat(dates(brief(
                text("herald", "Kellport Herald", "March 3, 2026", "Jonas Keller on Monday praised the crews at the quarry."),
                text("wire", "Baltic Wire", "March 3, 2026", "Jonas Keller visited on Sunday the crews at the quarry.")))).isEmpty();
    }

    /** The topic is what happened without the date's preposition or article, in each language. */
    @Test
    void theTopicIsTheClauseBeforeItsDate() {
        var chains = dev.storybrief.analyze.terms.TermChains.standard();
        String en = "The fire broke out on Sunday night";
        assertThat(DateDisagreements.subject(en, en.indexOf("Sunday"), en.length(), chains.forLanguage("en")))
                .isEqualTo("The fire broke out");
        String de = "Der Brand brach am Samstagabend nahe dem Steinbruch aus";
        assertThat(DateDisagreements.subject(de, de.indexOf("Samstag"), de.indexOf(" nahe"), chains.forLanguage("de")))
                .isEqualTo("Der Brand brach");
        String es = "El incendio se declaró el sábado por la noche";
        assertThat(DateDisagreements.subject(es, es.indexOf("sábado"), es.length(), chains.forLanguage("es")))
                .isEqualTo("El incendio se declaró");
        String opening = "On Sunday, the fire broke out near the quarry, officials said";
        assertThat(DateDisagreements.subject(opening, 3, 9, chains.forLanguage("en"))).isEqualTo("the fire broke out near the quarry");
    }

    /** A council meets again a week later: the same words on days far apart are two events of one kind. */
    @Test
    void aRecurringEventDaysApartIsNoDisagreement() {
        assertThat(dates(brief(
                text("herald", "Kellport Herald", "March 2, 2026", "The county council met on Monday to discuss the fire."),
                text("wire", "Baltic Wire", "March 10, 2026", "The county council met on Tuesday to discuss the fire.")))).isEmpty();
    }
}
