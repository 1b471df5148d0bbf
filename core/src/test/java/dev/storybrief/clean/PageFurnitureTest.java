package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.Removal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lines a page or a press release adds around a story (notes to the reader, credits, captions, comment sections,
 * a release's marker, contact and closing paragraph, the outlet's masthead), and the story's own sentences that use
 * the same words. Every text is made up.
 */
class PageFurnitureTest {
    private static final String HEADLINE = "Harbor pier to close for repairs";
    private static final String BODY = "The harbor council voted on Monday to close the old pier for repairs.";
    private static final String LAST = "The repairs will take about two months, officials said.";

    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("p1", Path.of("p1.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "page-note        | The views expressed in this column are the author's own.",
            "page-note        | The opinions expressed here are solely those of the writer.",
            "page-note        | Dieser Gastbeitrag gibt die Meinung des Autors wieder.",
            "page-note        | Les opinions exprimées dans cette tribune n'engagent que leur auteur.",
            "page-note        | Opinie wyrażone w tekście są opiniami autora.",
            "page-note        | Comments are closed for this story.",
            "page-note        | Die Kommentarfunktion ist geschlossen.",
            "page-note        | Les commentaires sont fermés.",
            "page-note        | Komentarze są wyłączone.",
            "page-note        | View 31 comments",
            "page-note        | Comment 7",
            "page-note        | Kommentare anzeigen",
            "page-note        | Voir les 5 commentaires",
            "page-note        | Continue reading the main story",
            "page-note        | Article continues below this advertisement",
            "page-note        | Der Artikel wird unter der Anzeige fortgesetzt.",
            "page-note        | La suite après cette publicité",
            "page-note        | Dalsza część artykułu pod reklamą",
            "page-note        | Thanks for signing up!",
            "page-note        | Vielen Dank für Ihre Anmeldung.",
            "page-note        | Merci pour votre inscription",
            "page-note        | Listen to this article, 6 min",
            "page-note        | Artikel anhören, 3 Min.",
            "page-note        | Share via WhatsApp",
            "social-prompt    | Follow the Bayside Gazette on Instagram and TikTok for more local news.",
            "social-prompt    | Folgen Sie der Hafenpost auf Facebook.",
            "social-prompt    | Suivez-nous sur X et Facebook",
            "social-prompt    | Obserwuj nas na Facebooku",
            "social-prompt    | Подписывайтесь на наш канал в Telegram!",
            "social-prompt    | Sledujte nás na Facebooku a Instagramu.",
            "social-prompt    | Bizi Twitter'da takip edin.",
            "correction       | An earlier version of this story misstated the pier's length. It is 300 metres long.",
            "correction       | Correction: A previous headline gave the wrong date for the vote.",
            "correction       | Correction, April 14, 2026: A previous headline gave 52 passengers. There were 40.",
            "correction       | Clarification, 14 April 2026: The pier was built by the town, not the port.",
            "correction       | Korrektur: In einer früheren Version hieß es, der Steg sei 1950 gebaut worden.",
            "correction       | Rectificatif : une version précédente de cet article indiquait une autre date.",
            "correction       | Sprostowanie: w poprzedniej wersji podaliśmy błędną datę.",
            "correction       | This article was updated with the new death toll and the council's statement.",
            "correction       | This story has been updated.",
            "correction       | Dieser Artikel wurde aktualisiert.",
            "correction       | Cet article a été mis à jour à 18h.",
            "labelled-caption | Photo caption: Workers load timber onto a barge at the pier on Tuesday. (Bayside Gazette)",
            "labelled-caption | Bildunterschrift: Arbeiter am alten Steg.",
            "captioned-credit | Workers load timber onto a barge at the pier on Tuesday. Photo: Ana Ruiz/Bayside Gazette",
            "credit-line      | With reporting from Associated Press and Agence France-Presse.",
            "credit-line      | This article was originally published by The Harbor Review.",
            "credit-line      | This story is republished from Coastline Weekly under a Creative Commons licence.",
            "credit-line      | Mit Material von dpa und AFP",
            "credit-line      | Cet article a d'abord été publié dans Le Courrier du Port.",
            "credit-line      | Reuters contributed to this report.",
            "photo-credit     | Image source, Harbor Pictures",
            "reader-warning   | Trigger warning: this article discusses suicide.",
            "reader-warning   | Content warning - this story contains descriptions of violence.",
            "reader-warning   | Editor's note: This story contains details that some readers may find distressing.",
            "helpline         | If you have been affected by any of the issues raised, you can call Samaritans on 116 123.",
            "helpline         | Support is available from the Lifeline helpline on 13 11 14 or at lifeline.example.",
            "helpline         | If you or someone you know is struggling, call or text the 988 crisis line.",
            "archive-age      | This article is more than 5 years old",
            "mail-furniture   | View this email in your browser",
            "mail-furniture   | You are receiving this newsletter because you signed up on our website.",
            "mail-furniture   | Good morning. Here's what you need to know today.",
            "mail-furniture   | Sent from my iPhone",
            "mail-furniture   | ---------- Forwarded message ---------",
            "mail-furniture   | Shared via the Harbor Gazette app. Download it free on the App Store.",
            "paid-label       | This content was paid for by Pierline Ltd and produced by our commercial team.",
            "end-marker       | (ENDS)"})
    void eachKindOfPageLineGoes(String rule, String line) {
        Article a = clean(HEADLINE + "\n\n" + BODY + "\n\n" + line + "\n\n" + LAST);
        assertThat(a.removed()).extracting(Removal::rule).containsExactly(rule);
        assertThat(a.paragraphs()).containsExactly(BODY, LAST);
    }

    /** A story's own sentences that merely use the words of those lines stay. */
    @ParameterizedTest
    @ValueSource(strings = {
            "The agency said it would follow the storm on Facebook and post updates every hour.",
            "Comments by the minister on Tuesday angered the dockworkers' union.",
            "The comments by the minister were read out at the meeting, officials said.",
            "The views expressed by residents at the meeting were mostly angry, the council said.",
            "Correction officers at the county jail were moved to the pier to help with the evacuation.",
            "Corrections, April 14, 2026 was the day the county jail moved its officers to the pier.",
            "An earlier version of the plan would have kept the pier open during the works.",
            "The pier's timetable was updated with new ferry times, the harbor master said.",
            "Thousands of people follow the harbor master on Instagram, where she posts tide tables.",
            "The photo, taken on Tuesday, shows workers on the pier.",
            "Reuters reported that the harbor council had voted to close the pier.",
            "The mayor thanked residents for signing up to the volunteer scheme in record numbers.",
            "If you have been affected by the closure, the council says you can claim a refund of your mooring fee.",
            "Support is available to businesses that lose trade, the council said.",
            "The pier, built in 1890, is more than 130 years old, the harbor master said.",
            "The harbor master said the pier was sponsored by a local ferry company until 2019.",
            "Residents can view the council's plans online or at the town hall.",
            "The warning came after a trigger was found on the old crane, officials said."})
    void aStorysSentenceWithTheSameWordsStays(String sentence) {
        Article a = clean(HEADLINE + "\n\n" + BODY + "\n\n" + sentence + "\n\n" + LAST);
        assertThat(a.paragraphs()).containsExactly(BODY, sentence, LAST);
        assertThat(a.removed()).isEmpty();
    }

    @Test
    void theCreditNamesWhoReported() {
        Article a = clean(HEADLINE + "\n\n" + BODY + "\n\nWith reporting from Associated Press and Agence France-Presse.");
        assertThat(a.removed()).singleElement().extracting(Removal::reason).asString()
                .contains("Associated Press, Agence France-Presse");
        assertThat(a.outlet()).as("who helped report is not who published").isNull();
        Article first = clean(HEADLINE + "\n\n" + BODY + "\n\nThis article was originally published by The Harbor Review.");
        assertThat(first.removed()).singleElement().extracting(Removal::reason).asString().contains("The Harbor Review");
    }

    @Test
    void readersCommentsAfterTheirHeadingGoToTheEnd() {
        Article a = clean(HEADLINE + "\n\n" + BODY + "\n\n" + LAST + "\n\nOfficials said the pier was unsafe.\n\n"
                + "Comments (17)\nSeaDog_9: About time they fixed it.\nMarinaK: My grandfather built that pier.");
        assertThat(a.paragraphs()).containsExactly(BODY, LAST, "Officials said the pier was unsafe.");
        assertThat(a.removed()).extracting(Removal::rule).containsExactly("comments", "comments", "comments");
    }

    /** A bare "Comments" may be a share bar's button: the story after it is kept unless a commenter's line follows. */
    @Test
    void aBareCommentsButtonDoesNotEndTheStory() {
        String more = "Engineers found cracks in three of the pier's supports last winter.";
        Article a = clean(HEADLINE + "\n\n" + BODY + "\n\n" + LAST + "\n\nComments\n\n" + more);
        assertThat(a.paragraphs()).containsExactly(BODY, LAST, more);
    }

    @Test
    void captionsUnderAnImageMarkerGo() {
        Article a = clean(HEADLINE + "\n\n" + BODY + "\n\nImage source, Harbor Pictures\nImage caption,\n"
                + "Divers inspect the supports of the pier on Sunday\n\n" + LAST);
        assertThat(a.paragraphs()).containsExactly(BODY, LAST);
        Article marked = clean(HEADLINE + "\n\n" + BODY + "\n\nImage\nDivers inspect the supports of the pier on Sunday\n\n" + LAST);
        assertThat(marked.paragraphs()).containsExactly(BODY, LAST);
        assertThat(marked.removed()).extracting(Removal::rule).contains("caption");
    }

    @Test
    void aPressReleaseKeepsItsNewsAndNamesItsIssuer() {
        String lead = "The Bayside Port Board confirms that the old pier will close at 18:00 on 3 March 2026 for repairs.";
        Article a = clean("FOR IMMEDIATE RELEASE\nBayside Port Board statement on the old pier\n"
                + "BAYSIDE, 2 March 2026 - " + lead + "\n"
                + "The works are expected to take two months.\n"
                + "Press enquiries: media@portboard.example, 01632 960 000\n"
                + "About the Bayside Port Board\n"
                + "The Bayside Port Board manages four harbours and employs 300 people.\n###");
        assertThat(a.title()).isEqualTo("Bayside Port Board statement on the old pier");
        assertThat(a.published()).as("the dateline's full date").isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(a.paragraphs()).containsExactly(lead, "The works are expected to take two months.");
        assertThat(a.outlet()).isEqualTo("Bayside Port Board");
    }

    /** Outside a press release, a subheading "About ..." in the lower half is the story's. */
    @Test
    void anAboutHeadingInANewsStoryStays() {
        String heading = "About the Harbor Trust";
        Article a = clean(HEADLINE + "\n\n" + BODY + "\n\n" + LAST + "\n\n" + heading
                + "\n\nThe trust was founded in 1902 to look after the pier.");
        assertThat(a.paragraphs()).contains(heading, "The trust was founded in 1902 to look after the pier.");
        assertThat(a.outlet()).isNull();
    }

    /** A site's menu copied above the headline does not push the publication stamp out of the page's head. */
    @Test
    void aStampBelowALongMenuDatesTheArticle() {
        StringBuilder page = new StringBuilder("Skip to main content\n");
        for (String item : new String[]{"Home", "News", "Local", "Sport", "Business", "Culture", "Opinion", "Weather",
                "Podcasts", "Puzzles", "Jobs", "Travel", "Cars", "Homes", "Sign in"}) {
            page.append(item).append('\n');
        }
        page.append("WORLD | EUROPE\n").append(HEADLINE).append("\nBy Ana Ruiz, Harbor Reporter\n")
                .append("Published March 2, 2026 9:10 pm GMT\n").append("Updated March 3, 2026 7:00 am GMT\n");
        for (int i = 0; i < 20; i++) {
            page.append("Paragraph ").append(i).append(" of the story about the pier, officials said on Monday.\n");
        }
        Article a = clean(page.toString());
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(a.title()).as("a section label is no headline").isEqualTo(HEADLINE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "masthead under the headline | Harbor Ledger             | Harbor Ledger",
            "masthead in capitals        | BAYSIDE EVENING NEWS      | Bayside Evening News",
            "listed masthead             | BBC News                  | BBC",
            "masthead with The           | The Coastline Post        | The Coastline Post"})
    void aMastheadUnderTheHeadlineIsTheOutlet(String name, String masthead, String outlet) {
        Article a = clean(HEADLINE + "\n" + masthead + "\nMarch 2, 2026\n" + BODY + "\n" + LAST);
        assertThat(a.outlet()).isEqualTo(outlet);
        assertThat(a.title()).isEqualTo(HEADLINE);
        assertThat(a.paragraphs()).containsExactly(BODY, LAST);
    }

    /**
     * A wire's or a trade paper's name ends in none of a newspaper's title words; where it stands tells it: between
     * the headline and the publication stamp. A writer's byline there, or a name with no stamp under it, is none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a wire above the stamp        | Coastal Wire      | Published 2 March 2026 | Coastal Wire",
            "a trade paper above the date  | Fjord Business    | March 2, 2026          | Fjord Business",
            "a name in capitals            | NORDIC SHIPPING   | Posted 2 March 2026    | Nordic Shipping"})
    void aNameBetweenTheHeadlineAndTheStampIsTheMasthead(String name, String masthead, String stamp, String outlet) {
        Article a = clean(HEADLINE + "\n\n" + masthead + "\n" + stamp + "\n\n" + BODY + "\n" + LAST);
        assertThat(a.outlet()).isEqualTo(outlet);
        assertThat(a.paragraphs()).containsExactly(BODY, LAST);
    }

    /**
     * The same place seen from the stamp: a name right under the stamp, above the story, or a name and the date on one
     * line ("Coastal Wire | 2 March 2026"). A headline under a date bar that tops the page is no masthead.
     */
    @Test
    void aNameUnderTheStampOrBesideTheDateOnItsLineIsTheMasthead() {
        Article under = clean(HEADLINE + "\n\nPublished 2 March 2026\nCoastal Wire\n\n" + BODY + "\n" + LAST);
        assertThat(under.outlet()).isEqualTo("Coastal Wire");
        assertThat(under.title()).isEqualTo(HEADLINE);
        assertThat(under.paragraphs()).containsExactly(BODY, LAST);
        Article barred = clean(HEADLINE + "\n\nCoastal Wire | 2 March 2026\n\n" + BODY + "\n" + LAST);
        assertThat(barred.outlet()).isEqualTo("Coastal Wire");
        assertThat(barred.published()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(barred.paragraphs()).containsExactly(BODY, LAST);
        Article dateBar = clean("Home\nNews\nMonday 2 March 2026\nHarbor Pier Closes\n" + BODY + "\n" + LAST);
        assertThat(dateBar.outlet()).isNull();
        assertThat(dateBar.title()).isEqualTo("Harbor Pier Closes");
    }

    @Test
    void aBylineOrANameWithoutAStampUnderItIsNoMasthead() {
        Article byline = clean(HEADLINE + "\nBy Coastal Wire\nPublished 2 March 2026\n" + BODY + "\n" + LAST);
        assertThat(byline.outlet()).isNotEqualTo("By Coastal Wire");
        Article noStamp = clean(HEADLINE + "\nCoastal Wire\n" + BODY + "\n" + LAST);
        assertThat(noStamp.outlet()).isNull();
        Article headlineOnly = clean("Coastal Wire Strike\nPublished 2 March 2026\n" + BODY + "\n" + LAST);
        assertThat(headlineOnly.outlet()).as("the first line is the headline, not a masthead").isNull();
    }

    @Test
    void aMastheadAboveTheHeadlineIsNotTheTitle() {
        Article a = clean("The Coastline Post\nSubscriber exclusive\n" + HEADLINE + "\n" + BODY + "\n" + LAST);
        assertThat(a.title()).isEqualTo(HEADLINE);
        assertThat(a.outlet()).isEqualTo("The Coastline Post");
    }

    /** A short line that is no outlet's name stays where it is: a headline in capitals, a kicker. */
    @Test
    void aShortLineThatIsNoMastheadNamesNoOutlet() {
        Article headline = clean("Mayor Quits Post\n" + BODY + "\n" + LAST);
        assertThat(headline.title()).isEqualTo("Mayor Quits Post");
        assertThat(headline.outlet()).isNull();
        Article kicker = clean(HEADLINE + "\nRescue teams standing by\n" + BODY + "\n" + LAST);
        assertThat(kicker.outlet()).isNull();
        assertThat(kicker.paragraphs()).contains("Rescue teams standing by");
        Article later = clean(HEADLINE + "\n" + BODY + "\nHarbor Ledger\n" + LAST);
        assertThat(later.outlet()).as("after the story's first sentence a name is no masthead").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "— Agence France-Presse | Agence France-Presse",
            "Reuters                | Reuters",
            "-- AP                  | Associated Press"})
    void aSignatureOnTheLastLineIsTheOutlet(String signature, String outlet) {
        Article a = clean(HEADLINE + "\n" + BODY + "\n" + LAST + "\n" + signature);
        assertThat(a.outlet()).isEqualTo(outlet);
        assertThat(a.paragraphs()).containsExactly(BODY, LAST);
    }

    @Test
    void anOutletThatContributedIsNotThePublisher() {
        assertThat(clean(HEADLINE + "\n" + BODY + "\nReuters contributed to this report.").outlet()).isNull();
        assertThat(clean(HEADLINE + "\n" + BODY + "\nJane Roe of CNN contributed to this report.").outlet()).isEqualTo("CNN");
    }
}
