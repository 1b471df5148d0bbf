package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.clean.ArticleCleaner;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.QuoteItem;
import dev.storybrief.model.SummarySentence;
import dev.storybrief.model.TimelineEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A live blog's entries are told in the order they were posted, without their time stamps, each on its own day; an
 * opinion column or an advertorial beside the reports is no part of the news summary (nor of the headline, the
 * quotes and the timeline, for the advertorial). The articles are made up.
 */
class LiveBlogAndOpinionTest {
    private static final String BLOG = "Live: Harlow timber yard fire - latest\n\nPublished 2026-05-04\n\n"
            + "07:15 - The fire brigade says the blaze at the Harlow timber yard is under control.\n\n"
            + "06:40 - Yard owner Mossgate Timber says all 20 night staff were accounted for.\n\n"
            + "23:50 - Firefighters report a gas cylinder explosion at the timber yard.\n\n"
            + "22:30 - The first fire engines arrive at the Harlow timber yard after calls about thick smoke.";
    private static final String REPORT = "Timber yard fire in Harlow\n\nPublished 2026-05-04\n\n"
            + "A fire at a timber yard in Harlow burned through Sunday night, the fire brigade said on Monday.\n\n"
            + "Station officer Ruth Kessel said 60 firefighters fought the blaze and the sheds were lost.\n\n"
            + "People in nearby streets were told to keep their windows closed until the smoke cleared.";
    private static final String COLUMN = "Opinion: Harlow must stop storing timber beside homes\n\nPublished 2026-05-05\n\n"
            + "Every summer a timber yard in this town catches fire and every summer we are promised a review.\n\n"
            + "The council should move the yard away from the houses before someone is killed.\n\n"
            + "Mara Quill is a former planning officer and a columnist for the Harlow Post.";

    private static final String ADVERTORIAL = "Sponsored content\nHow Mossgate Timber keeps Harlow's timber yard safe\n"
            + "In partnership with Mossgate Timber\nPublished 2026-05-04\n\n"
            + "Every night the Harlow timber yard is patrolled by Mossgate Timber's fire wardens, who have kept the yard"
            + " safe since 2012.\n\n"
            + "\"Fire safety at the timber yard is our first duty,\" says Mossgate Timber's director, Leon Brant.\n\n"
            + "This content was paid for by Mossgate Timber.";

    private static RawDocument doc(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    @Test
    void entriesLoseTheirStampsAndRunInTheOrderTheyWerePosted() {
        Article blog = new ArticleCleaner().clean(doc("blog", BLOG));
        assertThat(blog.paragraphs()).containsExactly(
                "The first fire engines arrive at the Harlow timber yard after calls about thick smoke.",
                "Firefighters report a gas cylinder explosion at the timber yard.",
                "Yard owner Mossgate Timber says all 20 night staff were accounted for.",
                "The fire brigade says the blaze at the Harlow timber yard is under control.");
        // the two entries before midnight were posted the day before the page's date
        assertThat(blog.entryDays()).containsEntry(0, LocalDate.of(2026, 5, 3)).containsEntry(1, LocalDate.of(2026, 5, 3))
                .containsEntry(2, LocalDate.of(2026, 5, 4)).containsEntry(3, LocalDate.of(2026, 5, 4));
        assertThat(blog.removed()).filteredOn(r -> r.rule().equals("live-blog-time")).hasSize(4);
    }

    @Test
    void aStoryWithATimeInOneParagraphIsNoLiveBlog() {
        Article report = new ArticleCleaner().clean(doc("r", REPORT + "\n\n09:00 - Roads reopened, police said."));
        assertThat(report.paragraphs()).last().asString().startsWith("09:00 - ");
        assertThat(report.entryDays()).isEmpty();
    }

    @Test
    void theSummaryHasNoStampAndTheTimelineDatesAnEntryByItsStamp() {
        Briefing briefing = Storybrief.builder().words(200).build()
                .briefDocuments("harlow", List.of(doc("blog", BLOG), doc("report", REPORT)), List.of());
        assertThat(briefing.summary()).extracting(SummarySentence::text).noneMatch(t -> t.matches("^\\d{1,2}:\\d{2}.*"));
        assertThat(briefing.timeline()).filteredOn(e -> e.text().contains("first fire engines"))
                .extracting(TimelineEvent::date).containsOnly("2026-05-03");
    }

    @Test
    void aColumnBesideReportsIsLeftOutOfTheSummary() {
        Briefing briefing = Storybrief.builder().words(200).build().briefDocuments("harlow",
                List.of(doc("report", REPORT), doc("column", COLUMN), doc("blog", BLOG)), List.of());
        assertThat(briefing.summary()).isNotEmpty().extracting(s -> s.sentence().articleId()).doesNotContain("column");
        // told alone, columns are all there is to summarise
        Briefing columns = Storybrief.builder().words(200).build().briefDocuments("harlow",
                List.of(doc("column", COLUMN), doc("column2", COLUMN.replace("Opinion", "Comment"))), List.of());
        assertThat(columns.summary()).isNotEmpty();
    }

    @Test
    void anAdvertorialBesideReportsGivesNoHeadlineSummaryQuoteOrTimelineRow() {
        Briefing briefing = Storybrief.builder().words(200).build().briefDocuments("harlow",
                List.of(doc("report", REPORT), doc("ad", ADVERTORIAL)), List.of());
        assertThat(briefing.headline()).isEqualTo("Timber yard fire in Harlow");
        assertThat(briefing.summary()).isNotEmpty().extracting(s -> s.sentence().articleId()).doesNotContain("ad");
        assertThat(briefing.quotes()).extracting(QuoteItem::source).doesNotContain("ad");
        assertThat(briefing.timeline()).noneMatch(e -> e.text().contains("Mossgate"));
        // its label is named for what it is, not thrown away as a menu label
        Article ad = new ArticleCleaner().clean(doc("ad", ADVERTORIAL));
        assertThat(ad.removed()).filteredOn(r -> r.rule().equals("paid-label")).hasSize(3);
    }
}
