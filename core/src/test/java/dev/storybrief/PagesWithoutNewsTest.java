package dev.storybrief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.clean.ArticleCleaner;
import dev.storybrief.clean.FoundMetadata;
import dev.storybrief.group.stories.ListedStories;
import dev.storybrief.group.stories.StoryGroup;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.ArticleKind;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.SummarySentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A page that is no article (issue 17: a crawler's log-in notice, an embedded post's fallback) is listed as an input,
 * warned of in one line, left out of the summary and the names, and kept apart when stories are grouped; a press
 * release (QA24 #14) is its issuer's statement and backs no outlet's report. Every text is made up.
 */
class PagesWithoutNewsTest {
    private static final String FERRY = "Ferry service halted after collision\n\nKELLPORT (Baltic Wire) - A passenger"
            + " ferry struck a moored cargo ship in Kellport harbour on Tuesday, the port authority said. Nobody was"
            + " hurt and the ferry line suspended its crossings for the rest of the day.";
    private static final String FERRY_TOO = "Kellport ferry hits cargo ship\n\nA Kellport Lines ferry struck a cargo"
            + " ship moored in Kellport harbour on Tuesday morning, port officials said. The line suspended its"
            + " crossings for the day while divers checked the hull.";
    private static final String NOTICE = "Post with a place\n\nYou can add where you are to your posts, such as your"
            + " town or exact position, from the web and through other apps. You can always delete your place history."
            + " Learn more";

    private static RawDocument text(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    @Test
    void aNoticeIsListedWarnedOfAndLeftOutOfTheSummary() {
        List<RawDocument> documents = List.of(text("ferry", FERRY), text("notice", NOTICE), text("ferry2", FERRY_TOO));
        Briefing briefing = Storybrief.builder().build().briefDocuments("ferry", documents, new ArrayList<>());
        assertThat(briefing.articles()).extracting(a -> a.id()).containsExactly("ferry", "notice", "ferry2");
        assertThat(briefing.article("notice").orElseThrow().kind()).isEqualTo(ArticleKind.NOT_AN_ARTICLE);
        assertThat(briefing.warnings()).filteredOn(w -> w.contains("notice")).containsExactly("warning notice is not a"
                + " news article (a short text addressed to its reader, telling no one's act): listed as an input,"
                + " left out of the summary, the timeline and the names");
        assertThat(briefing.summary()).isNotEmpty().extracting(SummarySentence::source).doesNotContain("notice");
        assertThat(briefing.entities()).extracting(e -> e.name()).doesNotContain("Learn");
    }

    @Test
    void aPressReleaseIsTheIssuersStatementAndBacksNoReport() {
        String release = "Kellport Lines statement on ferry collision\n\nKELLPORT, Dec. 1, 2026 /PRNewswire/ --"
                + " A Kellport Lines ferry struck a cargo ship moored in Kellport harbour on Tuesday. Nobody was hurt"
                + " and the line suspended its crossings for the day while divers checked the hull.\n\n"
                + "SOURCE Kellport Lines Ltd.";
        List<RawDocument> documents = List.of(text("ferry", FERRY), text("release", release), text("ferry2", FERRY_TOO));
        Briefing briefing = Storybrief.builder().build().briefDocuments("ferry", documents, new ArrayList<>());
        assertThat(briefing.article("release").orElseThrow().kind()).isEqualTo(ArticleKind.PRESS_RELEASE);
        assertThat(briefing.article("release").orElseThrow().outlet()).isEqualTo("Kellport Lines");
        assertThat(briefing.warnings()).anyMatch(w -> w.startsWith("note release is read as a press release (issued by"
                + " Kellport Lines): the issuer's word"));
        assertThat(briefing.summary()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.source()).isNotEqualTo("release");
            assertThat(s.support()).doesNotContain("release");
        });
    }

    @Test
    void noticesNeitherFoundNorJoinAStory() {
        // two copies of one notice beside two reports: without the mark the copies fold into one story
        List<RawDocument> documents = List.of(text("ferry", FERRY), text("n1", NOTICE), text("ferry2", FERRY_TOO),
                text("n2", NOTICE));
        List<StoryGroup> stories = ListedStories.of(documents.stream().map(new FoundMetadata(new ArticleCleaner())::find)
                .toList(), ListedStories.DEFAULT_WINDOW_DAYS);
        assertThat(stories).filteredOn(s -> s.allIds().contains("ferry")).singleElement()
                .satisfies(s -> assertThat(s.allIds()).containsExactlyInAnyOrder("ferry", "ferry2"));
        assertThat(stories).filteredOn(s -> s.allIds().contains("n1") || s.allIds().contains("n2"))
                .allSatisfy(s -> assertThat(s.allIds()).hasSize(1)).hasSize(2);
    }
}
