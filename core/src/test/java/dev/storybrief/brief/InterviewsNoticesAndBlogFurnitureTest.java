package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.clean.ArticleCleaner;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.QuoteItem;
import dev.storybrief.model.Removal;
import dev.storybrief.model.SummarySentence;
import dev.storybrief.model.TimelineEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Texts whose layout is not a report's: a live blog's welcome and its entries after midnight, a correction notice
 * published on its own, a printed interview labelled by the outlet's and the interviewee's names. The articles are
 * made up.
 */
class InterviewsNoticesAndBlogFurnitureTest {
    private static RawDocument doc(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    /** A results night blogged newest first, opened at 18:00 on 8 March, its last two entries after midnight. */
    private static final String BLOG = "Counting night live: Tarnby mayoral race\n\n"
            + "01:10 - Ines Varga has won the Tarnby mayoral race with 51% of the vote, the returning officer says.\n\n"
            + "00:25 - Olav Dahl has conceded the race to Ines Varga in a short speech to supporters.\n\n"
            + "22:40 - Varga leads Dahl by 900 votes with half of the ballot boxes counted.\n\n"
            + "20:05 - Polls have closed in Tarnby and counting has begun at the town hall.\n\n"
            + "18:00 - Welcome to our live coverage of counting night in Tarnby. Refresh this page for updates.";
    private static final String REPORT = "Varga wins Tarnby mayoral race\n\nPublished 2026-03-09\n\n"
            + "Ines Varga won the Tarnby mayoral race overnight with 51% of the vote, defeating Olav Dahl.\n\n"
            + "Dahl conceded shortly after midnight, the returning officer said.\n\n"
            + "Counting began at the town hall after polls closed on Sunday evening.";

    @Test
    void aBlogOpenedInTheEveningDatesItsEntriesFromThatEveningAndDropsItsWelcome() {
        RawDocument page = new RawDocument("blog", Path.of("blog.html"), SourceFormat.HTML, BLOG,
                Map.of(MetaKey.PUBLISHED, "2026-03-08T18:00:00+01:00"));
        Article blog = new ArticleCleaner().clean(page);

        assertThat(blog.paragraphs()).first().asString().startsWith("Polls have closed in Tarnby");
        assertThat(blog.paragraphs()).noneMatch(p -> p.contains("Welcome") || p.contains("Refresh"));
        // the evening's entries on the day the blog opened, the entries after midnight on the next
        assertThat(blog.entryDays()).containsEntry(0, LocalDate.of(2026, 3, 8)).containsEntry(1, LocalDate.of(2026, 3, 8))
                .containsEntry(2, LocalDate.of(2026, 3, 9)).containsEntry(3, LocalDate.of(2026, 3, 9));
        assertThat(blog.removed()).filteredOn(r -> r.rule().equals("live-blog-furniture")).hasSize(2);
    }

    @Test
    void theBlogsWelcomeIsNeitherSummaryNorTimeline() {
        RawDocument page = new RawDocument("blog", Path.of("blog.html"), SourceFormat.HTML, BLOG,
                Map.of(MetaKey.PUBLISHED, "2026-03-08T18:00:00+01:00"));
        Briefing briefing = Storybrief.builder().words(200).build()
                .briefDocuments("tarnby", List.of(page, doc("report", REPORT)), List.of());
        assertThat(briefing.summary()).extracting(SummarySentence::text)
                .noneMatch(t -> t.contains("Welcome") || t.contains("Refresh"));
        assertThat(briefing.timeline()).extracting(TimelineEvent::text)
                .noneMatch(t -> t.contains("Welcome") || t.contains("Refresh"));
        assertThat(briefing.timeline()).filteredOn(e -> e.text().contains("Polls have closed"))
                .extracting(TimelineEvent::date).containsOnly("2026-03-08");
    }

    private static final String FLOOD = "Dam failure floods Oster valley\n\nPublished 2026-06-03\n\n"
            + "The Kelby dam failed on Tuesday, flooding the Oster valley, and 12 people died, police said.\n\n"
            + "Rescue teams searched the villages of Holm and Rye for survivors on Wednesday.\n\n"
            + "The regional governor, Mette Sand, said an inquiry would examine the dam's last inspection.";
    private static final String FLOOD_LATER = "Oster valley flood toll rises\n\nPublished 2026-06-04\n\n"
            + "The number of people killed when the Kelby dam failed rose to 14 on Thursday, police said.\n\n"
            + "Engineers began draining the reservoir behind the Kelby dam to stop further flooding.";
    private static final String NOTICE = "Correction: Kelby dam death toll\n\nPublished 2026-06-05\n\n"
            + "An article published on June 4 about the Kelby dam failure incorrectly stated that 60 people had died in"
            + " the Oster valley. The correct figure at the time was 14. The article also misidentified the governor's"
            + " spokesman. We regret the errors.";

    @Test
    void aCorrectionNoticeIsMarkedAndAReportOpeningWithACorrectionIsNot() {
        Article notice = new ArticleCleaner().clean(doc("notice", NOTICE));
        assertThat(notice.removed()).extracting(Removal::rule).contains("correction-notice");

        Article report = new ArticleCleaner().clean(doc("report", FLOOD_LATER
                + "\n\nAn earlier version of this article incorrectly stated the dam's height."));
        assertThat(report.removed()).extracting(Removal::rule).doesNotContain("correction-notice");
    }

    /** A notice published on its own in Swedish or Danish is a notice too. */
    @Test
    void aNordicCorrectionNoticeIsMarked() {
        Article sv = new ArticleCleaner().clean(doc("sv", "Rättelse: dammolyckan i Kelby\n\nPublicerad 2026-06-05\n\n"
                + "En artikel den 4 juni om dammolyckan angav felaktigt att 60 personer omkom i Osterdalen. Det rätta"
                + " antalet var 14."));
        assertThat(sv.removed()).extracting(Removal::rule).contains("correction-notice");
        Article da = new ArticleCleaner().clean(doc("da", "Rettelse: dæmningsulykken i Kelby\n\nPubliceret 2026-06-05\n\n"
                + "En artikel den 4. juni om dæmningsulykken oplyste fejlagtigt, at 60 personer omkom i Osterdalen. Det"
                + " korrekte tal var 14."));
        assertThat(da.removed()).extracting(Removal::rule).contains("correction-notice");
    }

    @Test
    void aCorrectionNoticesWithdrawnFigureIsNeitherSummaryNorTimeline() {
        Briefing briefing = Storybrief.builder().words(200).build().briefDocuments("kelby",
                List.of(doc("flood", FLOOD), doc("later", FLOOD_LATER), doc("notice", NOTICE)), List.of());
        assertThat(briefing.summary()).isNotEmpty().extracting(SummarySentence::text)
                .noneMatch(t -> t.contains("60 people") || t.contains("incorrectly"));
        assertThat(briefing.timeline()).extracting(TimelineEvent::text)
                .noneMatch(t -> t.contains("60 people") || t.contains("incorrectly"));
        assertThat(briefing.warnings()).anyMatch(n -> n.contains("notice") && n.contains("correction notice"));
    }

    private static final String INTERVIEW = "\"They ignored the cracks\": an interview with engineer Tova Lind\n"
            + "The Valley Ledger\nJune 6, 2026\n\n"
            + "Tova Lind, 51, inspected the Kelby dam for the water board until 2025.\n\n"
            + "The Valley Ledger: When did you first see the cracks?\n\n"
            + "Tova Lind: In 2023. I reported them to the water board in writing. They said the cracks were harmless.\n\n"
            + "The Valley Ledger: The governor says nobody warned the board. Is that true?\n\n"
            + "Tova Lind: No. I kept copies of my reports.\n\n"
            + "The Valley Ledger: What should happen now?\n\n"
            + "Lind: Every dam of that age in the valley needs an independent inspection.";

    @Test
    void anInterviewsAnswersAreTheIntervieweesQuotesAndItsQuestionsGo() {
        Article a = new ArticleCleaner().clean(doc("interview", INTERVIEW));
        assertThat(a.paragraphs()).noneMatch(p -> p.startsWith("Tova Lind:") || p.startsWith("Lind:")
                || p.startsWith("The Valley Ledger:") || p.startsWith("I "));
        assertThat(a.paragraphs()).contains("Tova Lind said: “I reported them to the water board in writing.”"
                + " Tova Lind said: “They said the cracks were harmless.”");
        // what the interviewer states is the outlet's report; its questions and the bare replies to them go
        assertThat(a.paragraphs()).contains("The governor says nobody warned the board.")
                .noneMatch(p -> p.contains("In 2023.") || p.contains("“No.") || p.endsWith("?"));
        assertThat(a.paragraphs()).contains("Tova Lind said: “Every dam of that age in the valley needs an independent"
                + " inspection.”");
        assertThat(a.removed()).filteredOn(r -> r.rule().equals("interview-question")).hasSize(5);

        Briefing briefing = Storybrief.builder().words(200).build().briefDocuments("kelby",
                List.of(doc("flood", FLOOD), doc("interview", INTERVIEW)), List.of());
        assertThat(briefing.quotes()).extracting(QuoteItem::speaker).contains("Tova Lind");
        assertThat(briefing.summary()).extracting(SummarySentence::text)
                .noneMatch(t -> t.startsWith("I ") || t.startsWith("They ") || t.contains("Tova Lind:"));
    }

    @Test
    void anFaqsQuestionAndAnswerLabelsAreNoInterview() {
        String faq = "Dam repairs: what residents need to know\n\n"
                + "Question: When will the road reopen?\n\nAnswer: The council expects the road to reopen in July.\n\n"
                + "Question: Who pays for the repairs?\n\nAnswer: The water board pays for the repairs.";
        assertThat(new ArticleCleaner().clean(doc("faq", faq)).paragraphs())
                .contains("Answer: The council expects the road to reopen in July.");
    }
}
