package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.ingest.feed.FeedHints;
import dev.storybrief.model.Article;
import dev.storybrief.model.Removal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleCleanerTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private Article clean(String text) {
        return cleaner.clean(new RawDocument("a1", Path.of("a1.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    private static final String BODY = "The harbor council voted on Monday to close the old pier for repairs.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "video-timestamp | 01:05 - Source: CNN",
            "widget-marker   | [QODLink]",
            "time-stamp      | Last Modified: 19 Nov 2011 15:04",
            "date-line       | Thursday, March 12, 2026 10:15 AM EDT",
            "source-line     | Al Jazeera and agencies",
            "byline          | By Nigel Chamberlain, NATO Watch",
            "credit-line     | Matthew Chance and Jomana Karadsheh contributed to this report.",
            "photo-credit    | Benoit Tessier/Reuters",
            "photo-gallery   | The pier is seen from the shore on Tuesday. The pier is seen from the shore on Tuesday. Photo: Ana Ruiz / The Gazette Image 1 of / 12 Caption Close Harbor pier to close 1 / 12 Back to Gallery",
            "teaser-bullet   | • A daily summary of global reports on security issues.",
            "paywall         | You've read  of  free articles. Subscribe to continue.",
            "paywall         | Unlimited digital access $11/month.",
            "link-prompt     | Click here for more of Al Jazeera's special coverage",
            "share-bar       | Advertisement",
            "copyright       | © 2026 Bayside Gazette. All rights reserved.",
            "time-stamp      | Stand: 08.09.2023 14:32 Uhr",
            "time-stamp      | Mis à jour le 8 septembre 2023 à 14h32",
            "date-line       | Freitag, 8. September 2023",
            "date-line       | 08.09.2023 14:32 Uhr",
            "link-prompt     | Lesen Sie auch: Was das Gesetz für Mieter bedeutet",
            "link-prompt     | À lire aussi : le port ferme ses portes",
            "interface-label | Artikel teilen",
            "interface-label | Anzeige",
            "interface-label | Kommentare (12)",
            "interface-label | Partager",
            "subscription-appeal | Bleiben Sie auf dem Laufenden mit unserem Newsletter!",
            "cookie-notice   | Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie der Verwendung von Cookies zu.",
            "cookie-notice   | We use cookies to improve your experience. By continuing you agree to our use of cookies.",
            "breadcrumb      | Startseite > Politik > Deutschland",
            "time-stamp      | Publié le 13 mars 2024 à 12h45 Mis à jour le 13 mars 2024 à 18h02",
            "byline          | Par Marie Dupont",
            "byline          | Von Anna Berg und Tom Vik",
            "byline          | Por Javier Ruiz, Diario del Sur",
            "time-stamp      | Publicado el 3 de marzo de 2026",
            "time-stamp      | Pubblicato il 3 marzo 2026",
            "time-stamp      | Posted on 03/03/2026",
            "date-line       | March 3, 2026 | 4 min read",
            "date-line       | Lindenauer Zeitung, 13.03.2024",
            "print-edition   | A version of this article appears in print on March 11, 2025, Section A, Page 14 of the New York edition with the headline: Pier to Close.",
            "reporting-from  | Reporting from Santa Rita, Calif.",
            "captioned-credit | Workers on the pier on Sunday. Credit...Jae Kim for The Bayside Gazette",
            "separator       | ___",
            "topics-line     | See more on: Harbor Repairs",
            "interface-label | Skip to site index",
            "interface-label | Listen to this article · 5:32 min Learn more",
            "interface-label | Share full article",
            "interface-label | Share on Facebook Share on Twitter Email",
            "interface-label | Comments (23)",
            "interface-label | Video Ad Feedback",
            "subscription-appeal | Get our free Weather newsletter",
            "subscription-appeal | Stay up to date...",
    })
    void eachRuleRemovesItsKindOfLine(String rule, String line) {
        Article a = clean("Harbor pier to close\n\n" + BODY + "\n\n" + line + "\n\nThe repairs will take about two months, officials said.");
        assertThat(a.removed()).extracting(Removal::rule).containsExactly(rule);
        assertThat(a.paragraphs()).containsExactly(BODY, "The repairs will take about two months, officials said.");
    }

    @Test
    void captionUnderAPhotoCreditGoesWithIt() {
        Article a = clean(BODY + "\n\nBenoit Tessier/Reuters\nFlight deck crew work around a fighter jet earlier this year.\n\nMore text follows here, officials said.");
        assertThat(a.removed()).extracting(Removal::rule).containsExactly("photo-credit", "caption");
        assertThat(a.paragraphs()).doesNotContain("Flight deck crew work around a fighter jet earlier this year.");
    }

    @Test
    void storyHighlightsAndTopicTagsAreBlocks() {
        Article a = clean("Harbor pier closes for repairs\nStory highlights\n\nThe pier will close\n\nRepairs take two months\n\nCNN  — \n\n"
                + BODY + "\n\nTopics in this article\nPeople\nCountry\n");
        assertThat(a.title()).isEqualTo("Harbor pier closes for repairs");
        assertThat(a.paragraphs()).containsExactly(BODY);
        assertThat(a.removed()).extracting(Removal::rule)
                .containsExactly("highlights-label", "highlights", "highlights", "dateline-marker", "topics-label", "topics", "topics");
    }

    /**
     * A release's key figures, bulleted under the lead and told nowhere else, are the story (QA16 #9); a box of points
     * above the lead, or one whose points the body says again, is a teaser and goes.
     */
    @Test
    void figureBulletsInTheBodyStayAndATeaserBoxAboveTheLeadGoes() {
        String lead = "Harbourview Foods opened its new bakery plant on the Tarrow industrial estate on Tuesday, the company said.";
        String intro = "The plant will supply supermarkets across the north from next month. Key figures:";
        Article release = clean("Harbourview Foods opens plant in Tarrow\n\n" + lead + "\n\n" + intro
                + "\n\n• 1,200 jobs created over three years\n• £40m investment by the company\n"
                + "• 350,000 loaves a day at full capacity\n\nHiring for the first 400 posts has begun, chief executive Mara Quill said.");
        assertThat(release.paragraphs()).contains("• 1,200 jobs created over three years", "• £40m investment by the company",
                "• 350,000 loaves a day at full capacity");
        assertThat(release.removed()).isEmpty();

        String body = "The Millbrook bridge in Port Aldren will reopen on May 4, six months after part of its deck collapsed, the city said.";
        String cost = "Repairs cost 12 million dollars, paid mostly by the state, council leader Ana Ruiz said on Tuesday.";
        Article teaser = clean("Millbrook bridge to reopen in May\n\nKey points\n• The Millbrook bridge reopens on May 4\n"
                + "• Repairs cost 12 million dollars\n\n" + body + "\n\n" + cost);
        assertThat(teaser.paragraphs()).containsExactly(body, cost);
        assertThat(teaser.removed()).extracting(Removal::rule).containsExactly("highlights-label", "teaser-bullet", "teaser-bullet");

        // the same box below the lead still repeats the body: a teaser wherever it stands
        Article repeated = clean("Millbrook bridge to reopen in May\n\n" + body + "\n\nIn brief\n• The Millbrook bridge reopens on May 4\n"
                + "• Repairs cost 12 million dollars\n\n" + cost);
        assertThat(repeated.paragraphs()).containsExactly(body, cost);
    }

    /**
     * An embedded post copied with its page keeps its words as its author's, whether its signature closes the words'
     * line or stands under them; the account and the day are no sentence of the article, nor its date (QA16 #12).
     */
    @Test
    void anEmbeddedPostKeepsItsWordsAsItsAuthorsAndLosesItsSignature() {
        String lead = "Hundreds of residents were moved out of their homes in Kelby on Tuesday after the river burst its banks.";
        Article inline = clean("Flooding forces hundreds from homes\n\n" + lead
                + "\n\nWe are safe, thank you all — Jane Doe (@janedoe) March 3, 2026\n\nThe shelter stays open, the council said.");
        assertThat(inline.paragraphs()).containsExactly(lead, "Jane Doe posted: “We are safe, thank you all”",
                "The shelter stays open, the council said.");
        assertThat(inline.removed()).extracting(Removal::rule).containsExactly("post-signature");
        assertThat(inline.removed().get(0).text()).contains("@janedoe").contains("March 3, 2026");
        assertThat(inline.published()).isNull();

        Article below = clean("Flooding forces hundreds from homes\n\n" + lead + "\n\nCrews remain on the lower streets tonight.\n"
                + "Please stay away from the water. pic.twitter.com/x1y2z3\n— Kelby Fire Service (@kelbyfire.bsky.social) "
                + "March 3, 2026 at 9:15 PM\n\nThe shelter stays open, the council said.");
        assertThat(below.paragraphs()).containsExactly(lead, "Kelby Fire Service posted: “Crews remain on the lower streets "
                + "tonight. Please stay away from the water.”", "The shelter stays open, the council said.");

        // as a page gives it: the post's paragraph, then its signature's
        Article page = clean("Flooding forces hundreds from homes\n\n" + lead + "\n\nWe are safe, thank you all\n\n"
                + "— Jane Doe (@janedoe) March 3, 2026\n\nThe shelter stays open, the council said.");
        assertThat(page.paragraphs()).containsExactly(lead, "Jane Doe posted: “We are safe, thank you all”",
                "The shelter stays open, the council said.");
    }

    /**
     * A release in English followed by its French version is an English text with its French version set apart (listed
     * with its language, not lost); a French sentence quoted in the English text stays where it is (QA16 #17).
     */
    @Test
    void aSecondLanguageVersionAfterTheMainTextIsSetApart() {
        String en1 = "The City of Larchmont today opened the first section of its new tram line, linking the central station"
                + " with the university campus in twelve minutes.";
        String en2 = "The line cost 310 million dollars and was built over three years. Trams will run every six minutes at"
                + " peak hours and every ten minutes in the evening.";
        String en3 = "\"This line will change how people move around our city,\" said Mayor Claire Dubois. \"It was worth the"
                + " wait.\" A second section, to the airport, is due to open in 2028, the city said.";
        String fr1 = "La Ville de Larchmont a inauguré aujourd'hui le premier tronçon de sa nouvelle ligne de tramway, qui"
                + " relie la gare centrale au campus universitaire en douze minutes.";
        String fr2 = "La ligne a coûté 310 millions de dollars et a été construite en trois ans. Les trams circuleront toutes"
                + " les six minutes aux heures de pointe et toutes les dix minutes en soirée.";
        String fr3 = "« Cette ligne va changer la façon dont les gens se déplacent dans notre ville », a déclaré la mairesse"
                + " Claire Dubois. Un deuxième tronçon, vers l'aéroport, doit ouvrir en 2028.";
        Article a = clean("City of Larchmont opens new tram line\n\n" + en1 + "\n\n" + en2 + "\n\n" + en3
                + "\n\nVersion française\n\n" + fr1 + "\n\n" + fr2 + "\n\n" + fr3);
        assertThat(a.paragraphs()).containsExactly(en1, en2, en3);
        assertThat(a.removed()).extracting(Removal::rule).containsOnly("other-language").hasSize(4);
        assertThat(a.removed()).extracting(Removal::text).contains("Version française", fr1, fr3);
        assertThat(a.removed().get(0).reason()).contains("(fr)").contains("(en)");

        String quoted = "\"Nous sommes très fiers de cette ligne,\" the mayor told French-language radio on Tuesday.";
        Article withQuote = clean("City of Larchmont opens new tram line\n\n" + en1 + "\n\n" + quoted + "\n\n" + en2);
        assertThat(withQuote.paragraphs()).containsExactly(en1, quoted, en2);
    }

    /** "BREAKING:", "UPDATE:", "LIVE:", "EXCLUSIVE:" leave the headline, and the article keeps the fact (QA16 #20). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "BREAKING: Harbor pier closes for repairs | BREAKING:",
            "Update: Harbor pier closes for repairs | Update:",
            "LIVE - Harbor pier closes for repairs | LIVE -",
            "EXCLUSIVE: Harbor pier closes for repairs | EXCLUSIVE:",
    })
    void aFlashLabelLeavesTheHeadlineAndIsKept(String headline, String label) {
        Article a = clean(headline + "\n\n" + BODY);
        assertThat(a.title()).isEqualTo("Harbor pier closes for repairs");
        assertThat(a.flashLabel()).isEqualTo(label);
        Article page = cleaner.clean(new RawDocument("a2", Path.of("a2.html"), SourceFormat.HTML, BODY,
                Map.of(MetaKey.TITLE, headline)));
        assertThat(page.title()).isEqualTo("Harbor pier closes for repairs");
        assertThat(clean("Breaking the silence on pier repairs\n\n" + BODY).title()).isEqualTo("Breaking the silence on pier repairs");
        assertThat(clean("Harbor pier closes for repairs\n\n" + BODY).flashLabel()).isNull();
    }

    /**
     * A wire flash is its headline alone, under a slug line of date and wire (QA20 #13): the headline is its news, so it
     * is an article of one sentence with its wire and date, not a text with nothing left. A flash-labelled headline
     * over a report keeps the report as its text.
     */
    @Test
    void aWireFlashIsAnArticleOfOneSentenceWithItsWireAndDate() {
        Article flash = clean("FLASH: Kelby port closed after chemical leak - coastguard\n"
                + "5 December 2026 06:12 GMT (Northern Wire)\n");
        assertThat(flash.title()).isEqualTo("Kelby port closed after chemical leak - coastguard");
        assertThat(flash.paragraphs()).containsExactly("Kelby port closed after chemical leak - coastguard.");
        assertThat(flash.outlet()).isEqualTo("Northern Wire");
        assertThat(flash.published()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(flash.flashLabel()).isEqualTo("FLASH:");
        Article page = cleaner.clean(new RawDocument("a2", Path.of("a2.html"), SourceFormat.HTML, "",
                Map.of(MetaKey.TITLE, "BREAKING: Harbor pier closes for repairs")));
        assertThat(page.paragraphs()).containsExactly("Harbor pier closes for repairs.");
        assertThat(clean("BREAKING: Harbor pier closes for repairs\n\n" + BODY).paragraphs()).containsExactly(BODY);
        // a headline without a flash label over no text is no article
        assertThat(clean("Harbor pier closes for repairs\n").paragraphs()).isEmpty();
    }

    /** A labelled list under the lead that the body does not repeat is the report's own list, its heading with it. */
    @Test
    void aLabelledListUnderTheLeadThatTheBodyDoesNotRepeatStays() {
        String lead = "The regional audit office published its yearly review of the harbour authority on Monday, officials said.";
        Article a = clean("Harbour audit finds delays\n\n" + lead + "\n\nHighlights\n\n• Three of five projects ran late\n\n"
                + "• Dredging cost 8 per cent more than planned\n\nThe authority said it accepted the findings and would reply in June.");
        assertThat(a.paragraphs()).contains("Highlights", "• Three of five projects ran late",
                "• Dredging cost 8 per cent more than planned");
        assertThat(a.removed()).isEmpty();
    }

    @Test
    void featuredListRunsToTheEndOnlyInTheLowerHalf() {
        String teaser = "An innovative programme offers fighters an escape route and help without prosecution.";
        Article a = clean("Featured\n\n" + BODY + "\n\nSecond paragraph of the story, officials said.\n\nFeatured on Al Jazeera\n" + teaser + "\nAnother teaser line about a different story.");
        assertThat(a.paragraphs()).contains(BODY).doesNotContain(teaser);
        assertThat(a.removed()).extracting(Removal::rule).containsExactly("section-label", "trailing-links", "trailing-links", "trailing-links");
    }

    @Test
    void sectionLabelAboveTheHeadlineIsDroppedAndTheHeadlineFound() {
        Article a = clean("[QODLink]\nAfrica\nNATO announces end of Libya mission\n" + BODY);
        assertThat(a.title()).isEqualTo("NATO announces end of Libya mission");
        assertThat(a.paragraphs()).containsExactly(BODY);
    }

    /**
     * A two-word headline ("Ferry closed") counts where a text file puts its headline: first, set apart by a blank
     * line, in title form, with the story's first sentence under it. Not when a line follows it directly, when a name
     * stands above the real headline, or when the short line ends like a sentence or is set apart by nothing.
     */
    @Test
    void aTwoWordFirstLineSetApartAboveTheStoryIsItsHeadline() {
        String story = "\u201CWe have never seen the river this high,\u201D said ferry master Anna Weiss on Monday. "
                + "The ferry at Kaub closed after the river rose above seven metres.";
        Article a = clean("Ferry closed\n\n" + story + "\n\nIt will stay closed until the water falls.");
        assertThat(a.title()).isEqualTo("Ferry closed");
        assertThat(a.paragraphs()).first().isEqualTo(story);

        assertThat(clean("\n\nFerry closed\n\n" + story).title()).as("blank lines above it").isEqualTo("Ferry closed");
        assertThat(clean("Ferry closed\n" + story).title()).as("no blank line under it").isNull();
        assertThat(clean("Ferry closed.\n\n" + story).title()).as("ends like a sentence").isNull();
        assertThat(clean("ferry closed\n\n" + story).title()).as("no capital").isNull();
        assertThat(clean("Ferry closed\n\nMore soon.").title()).as("no sentence of the story under it").isNull();
        Article named = clean("Eastern Wire\n\nQuake hits Ombria region\n\n" + story);
        assertThat(named.title()).as("a name above the headline").isNotEqualTo("Eastern Wire");
    }

    @Test
    void aFirstLineThatIsASentenceIsNotAHeadline() {
        Article a = clean(BODY + "\n\nMore follows.");
        assertThat(a.title()).isNull();
        assertThat(a.paragraphs()).hasSize(2);
    }

    /** A byline's fields after the name: a place and a date are no outlet; the date dates the article. */
    @Test
    void aBylineOfFieldsGivesItsDateAndNoOutlet() {
        Article fields = clean("Storm hits coast\nBy Jane Doe | London | 10 April 2025 - 14:20 BST\n\n" + BODY);
        assertThat(fields.author()).isEqualTo("Jane Doe");
        assertThat(fields.outlet()).isNull();
        assertThat(fields.published()).isEqualTo(LocalDate.of(2025, 4, 10));
        Article spanish = clean("Tormenta\nPor Lucía Fernández | Lima | 10 de abril de 2025 - 14:20 CEST\n\n" + BODY);
        assertThat(spanish.outlet()).isNull();
        assertThat(spanish.published()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(clean("Storm\nBy Jane Doe | Reuters | 10 April 2025\n\n" + BODY).outlet()).isEqualTo("Reuters");
    }

    /** A copyright line names its holder as the outlet when the holder's name is a newspaper's, listed or not. */
    @Test
    void aCopyrightLineOfANewspaperNamesTheOutlet() {
        assertThat(clean("Flood\n\n" + BODY + "\n\n© 2025 Carrow Herald").outlet()).isEqualTo("Carrow Herald");
        assertThat(clean("Flood\n\n" + BODY + "\n\n© 2025 Jane Doe").outlet()).isNull();
    }

    /**
     * A feed's title only hints the outlet (a feed lists other papers' texts under its own title): the text's own
     * copyright line beats it, and it stands where the text names nobody. A page's own outlet field stands.
     */
    @Test
    void aFeedsTitleGivesWayToThePublisherTheTextNamesItself() {
        FeedHints hints = new FeedHints(null, "Wend Newswire", null, null);
        RawDocument text = new RawDocument("t", null, SourceFormat.TEXT, "Flood\n\n" + BODY
                + "\n\n© 2026 Aldbury Advertiser", Map.of());
        assertThat(hints.fill(text).meta(MetaKey.OUTLET_ORIGIN)).isEqualTo(FeedHints.ORIGIN);
        assertThat(cleaner.clean(hints.fill(text)).outlet()).isEqualTo("Aldbury Advertiser");
        RawDocument page = new RawDocument("p", null, SourceFormat.HTML, BODY + "\n\n© 2026 Aldbury Advertiser",
                Map.of());
        assertThat(cleaner.clean(hints.fill(page)).outlet()).isEqualTo("Aldbury Advertiser");
        RawDocument unsigned = new RawDocument("u", null, SourceFormat.TEXT, "Flood\n\n" + BODY, Map.of());
        assertThat(cleaner.clean(hints.fill(unsigned)).outlet()).isEqualTo("Wend Newswire");
        RawDocument named = new RawDocument("n", null, SourceFormat.HTML, BODY + "\n\n© 2026 Aldbury Advertiser",
                Map.of(MetaKey.OUTLET, "Carrow Herald"));
        assertThat(cleaner.clean(hints.fill(named)).outlet()).isEqualTo("Carrow Herald");
    }

    /** A writer's note closing the article goes; a sentence saying someone is a reporter higher up stays. */
    @Test
    void theWritersNoteAtTheEndGoesAndTheStorysReporterStays() {
        String reporter = "Anna Berg is a reporter for the Bayside Gazette who was arrested on Monday.";
        Article a = clean("Reporter held\n\n" + reporter + "\n\n" + BODY + "\n\nThe repairs will take two months.\n\n"
                + "Officials said the pier was unsafe.\n\nDana Lowe is a national correspondent covering the West.");
        assertThat(a.paragraphs()).contains(reporter).noneMatch(p -> p.startsWith("Dana Lowe"));
        assertThat(a.removed()).extracting(Removal::rule).containsOnlyOnce("author-bio");
    }

    @Test
    void metadataFromTheTextItself() {
        Article a = clean("Headline of the day\n01:05 - Source: CNN\n\n" + BODY + "\n\nLast Modified: 19 Nov 2011 15:04");
        assertThat(a.outlet()).isEqualTo("CNN");
        assertThat(a.published()).as("a Last Modified stamp bounds the date; it is not the date").isNull();
        assertThat(a.dating().notAfter()).isEqualTo(LocalDate.of(2011, 11, 19));
        Article stamped = clean("Headline of the day\nPublished: 17 Nov 2011\n\n" + BODY + "\n\nUpdated: 19 Nov 2011 15:04");
        assertThat(stamped.published()).isEqualTo(LocalDate.of(2011, 11, 17));
        assertThat(stamped.dateOrigin()).contains("Published");
        assertThat(stamped.dating().notAfter()).isEqualTo(LocalDate.of(2011, 11, 19));
        assertThat(a.removed()).as("the removal says an update stamp only bounds the date")
                .anyMatch(r -> r.rule().equals("time-stamp") && r.reason().contains("latest") && !r.reason().contains("article date"));
        assertThat(stamped.removed()).filteredOn(r -> r.rule().equals("time-stamp")).extracting(Removal::reason)
                .anyMatch(reason -> reason.contains("article date")).anyMatch(reason -> reason.contains("latest"));
        Article b = clean("Report\n\nBy Nigel Chamberlain, NATO Watch\n\n" + BODY);
        assertThat(b.author()).isEqualTo("Nigel Chamberlain");
        assertThat(b.outlet()).isEqualTo("NATO Watch");
        Article staff = clean("Report\n\nBy Jane Doe, Staff Writer\n\n" + BODY);
        assertThat(staff.author()).isEqualTo("Jane Doe");
        assertThat(staff.outlet()).as("the writer's job is no outlet").isNull();
        Article c = clean(BODY + "\n\nSource:\nAl Jazeera and agencies");
        assertThat(c.outlet()).isEqualTo("Al Jazeera");
    }

    /** Copied text in German and French: the update stamp, the publication line and the agency in the dateline. */
    @Test
    void metadataFromTextInOtherLanguages() {
        Article a = clean("Hafen wird geschlossen\nStand: 08.09.2023 14:32 Uhr\n\nBerlin (dpa) - Der Hafenrat hat am"
                + " Freitag beschlossen, den alten Anleger zu schließen, sagten Beamte.");
        assertThat(a.outlet()).isEqualTo("Deutsche Presse-Agentur");
        assertThat(a.published()).as("\"Stand\" is the last change, not the date").isNull();
        assertThat(a.dating().notAfter()).isEqualTo(LocalDate.of(2023, 9, 8));
        Article filed = clean("Talks collapse\n\nREDFIELD (Redfield Tribune) - March 3, 2026 - Talks between the town and"
                + " the water company broke down on Monday over the cost of new pipes, officials said.");
        assertThat(filed.published()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(filed.paragraphs().get(0)).startsWith("Talks between the town");
        Article line = clean("Hafen wird geschlossen\nLindenauer Zeitung, 13.03.2024\n\n" + BODY);
        assertThat(line.outlet()).isEqualTo("Lindenauer Zeitung");
        assertThat(line.published()).isEqualTo(LocalDate.of(2024, 3, 13));
        Article weekday = clean("Hafen wird geschlossen\nThursday, March 12, 2026\n\n" + BODY);
        assertThat(weekday.outlet()).as("a weekday before the date is no outlet").isNull();
        assertThat(weekday.published()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(clean("Report\nPosted on 03/04/2026\n\n" + BODY).published())
                .as("3 April or 4 March: a slashed date read either way is no date").isNull();
        assertThat(clean("Report\nPosted on 03/14/2026\n\n" + BODY).published()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(clean("Report\nPublished 03/04/2026 10:15 AM ET\n\n" + BODY).published())
                .as("a US time zone: month first").isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(clean("Report\nCNN —\nUpdated 03/04/2026\n\n" + BODY).dating().notAfter())
                .as("a US outlet: month first").isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(clean("Report\nSource: The Guardian\n04/03/2026\n\n" + BODY).published())
                .as("a British outlet: day first").isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(clean("Report\nPosted on 03/04/2026\n\n" + BODY + " The works end on 28/05/2026.").published())
                .as("the article's other date is day first").isEqualTo(LocalDate.of(2026, 4, 3));
        Article b = clean("Le port ferme\nPar Marie Dupont\nPublié le 7 septembre 2023\n\n" + BODY);
        assertThat(b.published()).isEqualTo(LocalDate.of(2023, 9, 7));
        assertThat(b.author()).isEqualTo("Marie Dupont");
    }

    /**
     * Portuguese, Polish, Russian and Dutch date lines and stamps: "de" between day, month and year, the word for year
     * after it ("r.", "года"), months in the genitive, a slashed date with a time, and "Gepubliceerd:"/"Опубликовано".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Lisboa, 11 de novembro de 2026|2026-11-11",
            "11 de novembro de 2026|2026-11-11",
            "Quarta-feira, 11 de novembro de 2026|2026-11-11",
            "11/11/2026 14h32|2026-11-11",
            "Warszawa, 10 listopada 2026 r.|2026-11-10",
            "Москва, 12 ноября 2026 года|2026-11-12",
            "Опубликовано: 12 ноября 2026, 10:15|2026-11-12",
            "Gepubliceerd: 10 november 2026 14:32|2026-11-10",
            "Opublikowano: 10 listopada 2026|2026-11-10"})
    void dateLinesInPortuguesePolishRussianAndDutch(String dateLine, String date) {
        LocalDate expected = LocalDate.parse(date);
        assertThat(clean("Cais fechado\n\n" + dateLine + "\n\n" + BODY).published()).isEqualTo(expected);
        assertThat(clean("Cais fechado\n\n" + BODY + "\n\n" + dateLine).published()).as("at the end").isEqualTo(expected);
    }

    /** Text copied from a whole page: the navigation above the headline goes, and the headline is found. */
    @Test
    void aPagesNavigationCopiedWithTheTextGoes() {
        Article a = clean("Skip to main content\nMenu\nSearch\nSign in\nWorld\nBusiness\nSport\n"
                + "Harbor pier to close for repairs\n\n" + BODY + "\n\nScroll to continue reading\n\n"
                + "The repairs will take about two months, officials said.\n\nClick to share on Twitter (Opens in new window)"
                + "\nLike this:\nLike Loading...");
        assertThat(a.title()).isEqualTo("Harbor pier to close for repairs");
        assertThat(a.paragraphs()).containsExactly(BODY, "The repairs will take about two months, officials said.");
    }

    /** A story that mentions cookies, or a newsletter, in its own sentences keeps them. */
    @Test
    void aStoryAboutCookiesOrANewsletterKeepsItsSentences() {
        String cookies = "Regulators said many websites use cookies to follow readers across the internet without asking.";
        String newsletter = "The library's newsletter, printed by volunteers every month, asked readers to come to the meeting.";
        Article a = clean("Harbor pier to close\n\n" + BODY + "\n\n" + cookies + "\n\n" + newsletter);
        assertThat(a.paragraphs()).containsExactly(BODY, cookies, newsletter);
    }

    @Test
    void unknownMetadataStaysUnknown() {
        Article a = clean(BODY + "\n\nIt happened on Monday, Oct. 31, officials said.");
        assertThat(a.outlet()).isNull();
        assertThat(a.published()).isNull();
        assertThat(a.author()).isNull();
    }

    @Test
    void wireDatelinesAreReadAndStrippedFromTheLead() {
        Article a = clean(" date 2011-10-24 BRUSSELS NATO sees virtually no risk of an attack, officials said on Monday.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2011, 10, 24));
        assertThat(a.paragraphs()).containsExactly("NATO sees virtually no risk of an attack, officials said on Monday.");
        Article b = clean("PORT ALDREN (Northern Wire) - Twenty-three people were injured when part of the bridge collapsed.");
        assertThat(b.outlet()).isEqualTo("Northern Wire");
        assertThat(b.paragraphs()).containsExactly("Twenty-three people were injured when part of the bridge collapsed.");
    }

    @Test
    void containerMetadataWinsOverTheText() {
        Article a = cleaner.clean(new RawDocument("d", null, SourceFormat.JSON_LINES,
                "Source: CNN\n\n" + BODY, Map.of(MetaKey.OUTLET, "APW", MetaKey.PUBLISHED, "1998-10-16",
                MetaKey.PUBLISHED_ORIGIN, "JSON field \"date\"", MetaKey.TITLE, "Given title")));
        assertThat(a.outlet()).isEqualTo("APW");
        assertThat(a.published()).isEqualTo(LocalDate.of(1998, 10, 16));
        assertThat(a.title()).isEqualTo("Given title");
    }

    @Test
    void aLongParagraphMentioningSubscriptionsIsKept() {
        String paragraph = "The paper said it would subscribe to a new wire service next year, adding that readers "
                + "had asked for more coverage of the harbor and the council, and that the cost would be covered by "
                + "savings elsewhere in the newsroom budget.";
        Article a = clean(BODY + "\n\n" + paragraph);
        assertThat(a.paragraphs()).contains(paragraph);
    }

    @Test
    void repeatedParagraphIsKeptOnce() {
        Article a = clean(BODY + "\n\n" + BODY);
        assertThat(a.paragraphs()).containsExactly(BODY);
        assertThat(a.removed()).extracting(Removal::rule).containsExactly("repeated");
    }

    @Test
    void aChineseArticleWithoutSpacesKeepsItsHeadlineParagraphsAndDateLine() {
        Article a = clean("杭州湾大桥因大雾封闭 货车排长队\n\n"
                + "受大雾影响，杭州湾跨海大桥4日清晨临时封闭，数百辆货车在两岸收费站排队等候。\n"
                + "交警部门表示，能见度恢复后将分批放行。预计上午十点前恢复通行。\n"
                + "2026年3月4日");
        assertThat(a.title()).isEqualTo("杭州湾大桥因大雾封闭 货车排长队");
        assertThat(a.paragraphs()).hasSize(2).allSatisfy(p -> assertThat(p).endsWith("。"));
        assertThat(a.published()).isEqualTo(java.time.LocalDate.of(2026, 3, 4));
    }

    @Test
    void aJapaneseArticleIsKeptAndItsFirstSentenceIsNoHeadline() {
        Article a = clean("濃霧のため、神戸港のフェリーは4日朝から全便が欠航した。 港湾局によると、約千人が足止めされた。\n\n"
                + "運航会社の担当者は「視界が回復し次第、運航を再開する」と話した。");
        assertThat(a.title()).isNull();
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void anAgencyCreditInItsOwnScriptNamesTheListedOutlet() {
        assertCreditNames("ТВЕРЬ, 4 марта. /ТАСС/. Мост через Волгу закрыли на ремонт после обнаружения трещин в опорах,"
                + " сообщили в мэрии.", "ТАСС", "TASS");
        assertCreditNames("بنغازي (رويترز) - قال مسؤولون إن الجسر الرئيسي في المدينة أغلق بعد اكتشاف شقوق في دعاماته.",
                "رويترز", "Reuters");
        assertCreditNames("新华社杭州3月4日电 受大雾影响，杭州湾跨海大桥4日清晨临时封闭，数百辆货车在两岸收费站排队等候。",
                "新华社", "Xinhua");
    }

    private void assertCreditNames(String paragraph, String credit, String outlet) {
        Article a = clean("Мост\n\n" + paragraph + "\n\n" + paragraph.substring(paragraph.length() / 2));
        assertThat(a.outlet()).isEqualTo(outlet);
        assertThat(a.paragraphs().get(0)).doesNotContain(credit);
    }
}
