package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestSeed;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.ArticleKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pages that are no article (issue 17): a site's notice to its reader, kept by a crawler or a copy where the article
 * failed to load, is its own kind, and no short report is. Every text is made up.
 */
@ExtendWith(TestSeed.class)
class SiteNoticesTest {
    /** Notices, each built as such pages are: short, addressed to the reader or describing the site, no act told. */
    static final List<String> NOTICES = List.of(
            "Notice\n\nYou must sign in to continue reading. Create a free account or log in with your email address.",
            "Post with a place\n\nYou can add where you are to your posts, such as your town or exact position, from the"
                    + " web and through other apps. You can always delete your place history. Learn more",
            "These captures are part of an effort to keep copies of web pages as they are published, and of the pages"
                    + " they link to. When a linked page is changed or removed from the web, a link to the copy made"
                    + " when the page was written will still work.\n\nThe archive hopes that links to these copies will"
                    + " be used where a link would otherwise break.",
            "Harlow Bay, 40211\n\nToday\n\nCloudy with showers. High 61F. Winds SW at 10 to 15 mph. Chance of rain"
                    + " 70%.\n\nTonight\n\nShowers ending. Low 48F. Winds W at 5 to 10 mph. Chance of rain 40%.",
            "Sorry, this page can't be found. Check the web address or use the search box at the top of the page to"
                    + " find what you were looking for.",
            "Get the morning briefing\n\nThe stories that matter, in your inbox every weekday at 7am. Sign up for our"
                    + " free newsletter.",
            "A collection of council web content. Terms of use for this material are available at"
                    + " https://council.example/terms and reuse is allowed with credit.",
            "Heat Mapping\n\nWhat if your warehouse holds stock that must stay cool? Our sensors watch every shelf and"
                    + " send an alert before it warms up. And we can log the data for your audits.");

    /** Short reports: each tells someone's act, and none may be taken for a notice. */
    static final List<String> REPORTS = List.of(
            "Ferry service halted after collision\n\nKELLPORT (Baltic Wire) - A passenger ferry struck a moored cargo"
                    + " ship in Kellport harbour on Tuesday, the port authority said. Nobody was hurt.",
            "09:12 - The port authority says the harbour will reopen at noon after divers checked the ferry's hull.",
            "Correction: An earlier version of this article gave the wrong name for the ferry operator. It is Kellport"
                    + " Lines, not Kellport Ferries.",
            "Kellport council website back online\n\nThe council's website and its payment pages were restored after"
                    + " a two-day outage, a spokeswoman said.",
            "Troops killed in blast near border crossing\n\nPlay video",
            "\"We will rebuild the pier before the summer,\" the mayor told residents at a meeting on Thursday.",
            "The app that lets you pay for parking by phone crashed for six hours, leaving drivers unable to pay.",
            "Police arrested two men after a break-in at the Kellport museum. Both were released on bail.");

    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("n", Path.of("n.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    @Test
    void everyNoticeIsMarkedNotAnArticleWithWhatMarkedIt() {
        int marked = 0;
        for (String notice : NOTICES) {
            assertThat(SiteNotices.why(null, List.of(notice.split("\n\n")))).as(notice).isPresent();
            Article a = clean(notice);
            if (a.paragraphs().isEmpty()) {
                continue; // cleaning took all of it for boilerplate (a newsletter appeal): skipped with a note
            }
            assertThat(a.kind()).as(notice).isEqualTo(ArticleKind.NOT_AN_ARTICLE);
            assertThat(a.kindMark()).as(notice).isNotBlank();
            marked++;
        }
        assertThat(marked).isGreaterThanOrEqualTo(NOTICES.size() - 1);
        assertThat(clean(NOTICES.get(3)).kindMark()).isEqualTo("a weather widget's forecast");
        assertThat(clean(NOTICES.get(0)).kindMark()).contains("addressed to its reader");
    }

    @Test
    void noShortReportIsMarked() {
        for (String report : REPORTS) {
            assertThat(clean(report).kind()).as(report).isNotEqualTo(ArticleKind.NOT_AN_ARTICLE);
        }
    }

    @Test
    void aNoticeInAnotherScriptOrALongPageIsNeverMarked() {
        assertThat(SiteNotices.why(null, List.of("Πρέπει να συνδεθείτε για να συνεχίσετε. Δημιουργήστε λογαριασμό."))).isEmpty();
        List<String> longPage = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            longPage.add("You can add location information to your posts from the web.");
        }
        assertThat(SiteNotices.why(null, longPage)).isEmpty();
        assertThat(SiteNotices.why(null, longPage.subList(0, 2))).isPresent();
    }

    @Test
    void theGrouperReadsTheKindOnTheDocumentItCompares() {
        RawDocument notice = new RawDocument("n", Path.of("n.txt"), SourceFormat.TEXT, NOTICES.get(1), Map.of());
        RawDocument report = new RawDocument("r", Path.of("r.txt"), SourceFormat.TEXT, REPORTS.get(0), Map.of());
        FoundMetadata found = new FoundMetadata(new ArticleCleaner());
        assertThat(found.find(notice).forGrouping().meta(MetaKey.KIND)).isEqualTo("not an article");
        assertThat(found.find(report).forGrouping().meta(MetaKey.KIND)).isNull();
        assertThat(found.find(notice).filled().meta(MetaKey.KIND)).as("the briefed document is left as read").isNull();
    }

    /** A notice's sentences with one report's sentence among them tell an act: never marked, in any order. */
    @Test
    void aNoticeWithAReportsSentenceIsNotMarked() {
        Random random = new Random(TestSeed.value());
        List<String> acts = List.of("Police said the site was attacked on Monday.",
                "The company confirmed the outage in a statement.",
                "Two men were arrested after the break-in, officers told reporters.",
                "Fire crews fought the blaze at the depot for five hours overnight.",
                "Engineers repaired the line on March 3 and trains ran again.");
        for (int round = 0; round < 50; round++) {
            List<String> sentences = new ArrayList<>(List.of(NOTICES.get(random.nextInt(NOTICES.size()))
                    .split("(?<=[.!?])\\s+|\\n\\n")));
            sentences.add(random.nextInt(sentences.size() + 1), acts.get(random.nextInt(acts.size())));
            assertThat(SiteNotices.why(null, sentences)).as(String.join(" ", sentences)).isEmpty();
        }
    }
}
