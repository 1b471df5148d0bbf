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

    /** A column that tells the report's event in its own words, with a figure of its own. */
    private static final String TELLING_COLUMN = "Opinion: Harlow's timber yard fire was a warning we ignored\n\n"
            + "Published 2026-05-04\n\n"
            + "A fire at a timber yard in Harlow burned through Sunday night, and 60 firefighters fought the blaze.\n\n"
            + "The yard will likely stay closed for two years, and the council will do nothing about it.\n\n"
            + "Mara Quill is a former planning officer and a columnist for the Harlow Post.";

    /**
     * A column beside reports backs no fact and tells none: it supports no summary sentence and no timeline row, it
     * gives nothing that only one outlet reports and no disagreement, and a note names it as an opinion piece.
     */
    @Test
    void aColumnBesideReportsSupportsNoFactAndIsNamed() {
        Briefing briefing = Storybrief.builder().words(200).build().briefDocuments("harlow",
                List.of(doc("report", REPORT), doc("column", TELLING_COLUMN), doc("report2", REPORT
                        .replace("Timber yard fire in Harlow", "Harlow blaze").replace("Ruth Kessel", "R. Kessel"))),
                List.of());
        assertThat(briefing.articles()).filteredOn(a -> a.id().equals("column")).extracting(Article::kind)
                .containsExactly(dev.storybrief.model.ArticleKind.OPINION);
        assertThat(briefing.summary()).isNotEmpty().allSatisfy(s -> assertThat(s.support()).doesNotContain("column"));
        assertThat(briefing.summary()).extracting(s -> s.sentence().articleId()).doesNotContain("column");
        assertThat(briefing.timeline()).allSatisfy(e -> assertThat(e.sources()).doesNotContain("column"));
        assertThat(briefing.unique()).extracting(dev.storybrief.model.Claim::source).doesNotContain("column");
        assertThat(briefing.disagreements()).allSatisfy(d -> assertThat(d.claims())
                .extracting(dev.storybrief.model.Claim::source).doesNotContain("column"));
        assertThat(briefing.warnings()).anyMatch(w -> w.startsWith("note column is read as an opinion piece (headline"
                + " label \"Opinion\")"));
        assertThat(new dev.storybrief.render.JsonRenderer().render(briefing, false))
                .contains("\"kind\" : \"opinion\"", "\"kindMark\" : \"headline label \\\"Opinion\\\"\"");
        assertThat(new dev.storybrief.render.TextRenderer().render(briefing, false)).contains("[opinion]");
    }

    /** A live blog's first entry, written before the event, does not open the summary of reports written after it. */
    @Test
    void reportsComeBeforeALiveBlogsEntriesInTheSummary() {
        String blog = "Live: Harlow Cup final\n\nPublished 2026-05-04\n\n"
                + "19:45 - Kick-off at the Harlow ground. A sell-out crowd is expected for the Harlow Cup final.\n\n"
                + "20:10 - Goal for Harlow Town, a header from a corner.\n\n"
                + "21:40 - Full time: Harlow Town win the Harlow Cup final 2-1 against Bexley Rovers.";
        String report = "Harlow Town win the Harlow Cup\n\nPublished 2026-05-04\n\n"
                + "Harlow Town won the Harlow Cup final 2-1 against Bexley Rovers at a full Harlow ground on Sunday.\n\n"
                + "Captain Ruth Kessel scored the winner in the last minute.";
        Briefing briefing = Storybrief.builder().words(60).build().briefDocuments("cup",
                List.of(doc("blog", blog), doc("report", report)), List.of());
        assertThat(briefing.articles()).filteredOn(a -> a.id().equals("blog")).extracting(Article::kind)
                .containsExactly(dev.storybrief.model.ArticleKind.LIVE_BLOG);
        assertThat(briefing.summary()).isNotEmpty().first().extracting(s -> s.sentence().articleId()).isEqualTo("report");
    }

    /**
     * A live blog's entry that says what was not known yet is true of its minute only: once later entries followed, it
     * is no summary line (it would read as current beside the toll), in any language; the newest entry's stays.
     */
    @Test
    void anEarlierEntrysNotYetIsNoSummaryLine() {
        String blog = "Ao vivo: incêndio no armazém de Tolva\n\nPublished 2026-05-04\n\n"
                + "15:30 - Um incêndio atinge o armazém de madeira de Tolva. Ainda não há informações sobre feridos no armazém.\n\n"
                + "17:10 - Os bombeiros de Tolva retiraram 40 moradores das casas vizinhas ao armazém.\n\n"
                + "21:05 - Os bombeiros confirmam dois feridos no incêndio do armazém de Tolva.";
        String report = "Incêndio destrói armazém em Tolva\n\nPublished 2026-05-04\n\n"
                + "Um incêndio destruiu o armazém de madeira de Tolva na tarde de domingo e deixou dois feridos.\n\n"
                + "Os bombeiros de Tolva retiraram 40 moradores das casas vizinhas, disse a Defesa Civil.";
        Briefing briefing = Storybrief.builder().words(200).build().briefDocuments("tolva",
                List.of(doc("blog", blog), doc("report", report)), List.of());
        assertThat(briefing.articles()).filteredOn(a -> a.id().equals("blog")).extracting(Article::kind)
                .containsExactly(dev.storybrief.model.ArticleKind.LIVE_BLOG);
        assertThat(briefing.summary()).isNotEmpty().extracting(s -> s.text())
                .noneMatch(t -> t.contains("Ainda não há"));
        assertThat(briefing.unique()).extracting(c -> c.text()).noneMatch(t -> t.contains("Ainda não há"));

        // the newest entry's "not yet" is the blog's latest word, and stays a candidate
        String newest = blog.replace("Os bombeiros confirmam dois feridos no incêndio do armazém de Tolva.",
                "Os bombeiros de Tolva ainda não sabem a causa do incêndio no armazém.");
        Briefing latest = Storybrief.builder().words(200).build().briefDocuments("tolva",
                List.of(doc("blog", newest), doc("report", report)), List.of());
        assertThat(latest.summary()).extracting(s -> s.text()).anyMatch(t -> t.contains("ainda não sabem"));
    }
}
