package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.Removal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole page as a browser copies it: a consent dialogue over the page, share rows, a newsletter box, a list of
 * other stories' headlines, a reader-comment thread and photo credits between the story's paragraphs. The furniture
 * goes, the headline is found under it, and every paragraph of the story stays, quoted ones above all. Every text is
 * made up.
 */
class BrowserCopyTest {
    private static final String HEADLINE = "Ferry runs aground off Tollan harbour in thick fog";
    private static final String LEAD = "A passenger ferry ran aground off Tollan harbour on Friday morning with 212 people"
            + " on board, the coastguard said.";
    private static final String SECOND = "Lifeboat crews took the passengers ashore in small groups over four hours.";
    private static final String QUOTE = "\"We heard a long scraping noise and then the engines stopped,\" passenger"
            + " Ilse Marten said.";
    private static final String LAST = "The ferry company said the vessel would be towed to dry dock at the weekend.";

    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("b", Path.of("b.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    /** The dialogue's title, text and buttons go, the section label under them too, and the headline is found. */
    @Test
    void aConsentDialogueAboveTheStoryGoesAndTheHeadlineIsFound() {
        Article a = clean("Skip to content\nYour privacy choices\n"
                + "We and our 312 advertising partners store and read cookies on your device to show you personalised"
                + " ads. You may accept all or manage options at any time.\n"
                + "Accept all cookies\nMore options\nList of partners (vendors)\nTravel\n"
                + HEADLINE + "\n" + LEAD + "\n" + SECOND + "\n" + LAST);
        assertThat(a.title()).isEqualTo(HEADLINE);
        assertThat(a.paragraphs()).containsExactly(LEAD, SECOND, LAST);
        assertThat(a.removed()).extracting(Removal::rule).containsExactly("interface-label", "consent-dialog",
                "consent-dialog", "consent-dialog", "consent-dialog", "consent-dialog", "section-label");
    }

    /** Lines of a story that speak of cookies, partners or consent, or read like a button, stay. */
    @Test
    void aStoryAboutConsentKeepsItsSentences() {
        String report = "The regulator found that 40 of the 50 sites it checked set cookies before readers could"
                + " accept or reject them.";
        String quoted = "\"We ask our partners for consent every time,\" the company's privacy officer said.";
        String heading = "Privacy rules tightened after ruling";
        String accept = "Accept";
        Article a = clean("Regulator fines news sites over cookie banners\n" + report + "\n" + quoted + "\n" + heading
                + "\n" + LAST + "\n" + accept + "\n" + SECOND);
        assertThat(a.paragraphs()).containsExactly(report, quoted, heading, LAST, accept, SECOND);
    }

    /** A row of share buttons, one a line or joined by dots, and the network whose name is a letter. */
    @Test
    void shareRowsGoWithTheirOneLetterButton() {
        Article a = clean(HEADLINE + "\n" + LEAD + "\nShare\nWhatsApp\nX\nMessenger\n" + SECOND
                + "\nTweet · Pin · Mail · Copy link\n" + LAST);
        assertThat(a.paragraphs()).containsExactly(LEAD, SECOND, LAST);
        assertThat(a.removed()).extracting(Removal::rule).containsOnly("share-bar").hasSize(5);
    }

    /** A bare "X" that no share button stands beside is not taken for one. */
    @Test
    void aLetterOnItsOwnLineIsNoShareButton() {
        Article a = clean(HEADLINE + "\n" + LEAD + "\nX\n" + SECOND);
        assertThat(a.paragraphs()).containsExactly(LEAD, "X", SECOND);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Get the best of Tollan news in your inbox every Friday.",
            "Enter your email address",
            "By subscribing, you agree to our Terms of Use and acknowledge our Privacy Notice.",
            "Newsletter: The Tollan Tide, free every morning",
            "Newsletter abonnieren: Das Wichtigste aus Tollan jeden Morgen in Ihrem Postfach.",
            "Tap here to add the Tollan Courier to your home screen",
            "Was this story useful? Yes No",
            "Tell us what you think in the comments section below.",
            "Load more comments",
            "Got a story for us? Email tips@tollan.example",
            "2 hours ago",
            "Updated 40 minutes ago",
            "Pictured: The ferry on the sandbank at low tide"})
    void aPageLineBetweenParagraphsGoes(String line) {
        Article a = clean(HEADLINE + "\n" + LEAD + "\n" + line + "\n" + SECOND + "\n" + LAST);
        assertThat(a.paragraphs()).containsExactly(LEAD, SECOND, LAST);
        assertThat(a.removed()).hasSize(1);
    }

    /** A sign-up box of several lines goes whole: each speaks to the reader about signing up. */
    @Test
    void aSignUpBoxOfSeveralLinesGoesWhole() {
        Article a = clean("Get the Harbour Brief delivered to your inbox every weekday.\n"
                + "All you need is one click to start it!\n" + HEADLINE + "\n" + LEAD + "\n" + SECOND);
        assertThat(a.title()).as("the box's second line is no headline").isEqualTo(HEADLINE);
        assertThat(a.paragraphs()).containsExactly(LEAD, SECOND);
        assertThat(a.removed()).extracting(Removal::rule).containsExactly("sign-up-box", "sign-up-box");
    }

    /** The same words inside the story's own sentences stay. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Passengers said the warnings had landed in their inbox an hour after the ferry left port.",
            "Two hours ago the harbour master said the tide would lift the ferry free by midnight.",
            "The ferry's owner told passengers to share their thoughts with the inquiry, not on social media."})
    void aStorysSentenceWithThoseWordsStays(String sentence) {
        Article a = clean(HEADLINE + "\n" + LEAD + "\n" + sentence + "\n" + SECOND);
        assertThat(a.paragraphs()).containsExactly(LEAD, sentence, SECOND);
    }

    /** A "Read more" box between paragraphs takes its headlines with it; the paragraph after the box stays. */
    @Test
    void aReadMoreBoxInTheMiddleTakesOnlyItsHeadlines() {
        Article a = clean(HEADLINE + "\n" + LEAD + "\nRead more\nTollan ferry timetable cut for winter\n"
                + "Why do ships still run aground?\n- Coastguard station to close in May\n" + SECOND + "\n" + QUOTE
                + "\n" + LAST);
        assertThat(a.paragraphs()).containsExactly(LEAD, SECOND, QUOTE, LAST);
        assertThat(a.removed()).extracting(Removal::rule)
                .containsExactly("link-prompt", "link-list", "link-list", "link-list");
    }

    /**
     * A box of other stories' headlines in the lower part of the page does not take the story's last paragraph under
     * it: that sentence shares no word with the headline above it and several with the story. A teaser sentence of the
     * headline above it stays the box's.
     */
    @Test
    void theStoryResumesUnderABoxOfHeadlines() {
        String resumed = "The ferry company has offered every passenger a refund and a free crossing to Tollan.";
        String page = HEADLINE + "\n" + LEAD + "\n" + SECOND + "\n" + LAST + "\nTrending now\nMayor opens new cycle path\n";
        Article a = clean(page + resumed);
        assertThat(a.paragraphs()).containsExactly(LEAD, SECOND, LAST, resumed);
        String teaser = "The mayor opened the new cycle path along the river on a sunny Saturday afternoon.";
        Article box = clean(page + teaser);
        assertThat(box.paragraphs()).containsExactly(LEAD, SECOND, LAST);
    }

    /** A thread of readers' comments without a heading: each opens with the poster's name and how long ago. */
    @Test
    void aCommentThreadGoesFromItsFirstPoster() {
        Article a = clean(HEADLINE + "\n" + LEAD + "\n" + SECOND + "\n" + QUOTE + "\n" + LAST + "\n"
                + "seadog_77 · 4 hours ago\nThe captain should lose his licence.\nReply · 9 likes\n"
                + "Marta V. 1 day ago\nGlad everyone is safe.\nLike · Reply\nShow more comments");
        assertThat(a.paragraphs()).containsExactly(LEAD, SECOND, QUOTE, LAST);
        assertThat(a.removed()).extracting(Removal::rule).containsOnly("comments").hasSize(7);
    }

    /** A comment counter opens the section when a poster's line follows it. */
    @Test
    void aCommentCounterOverAPostersLineOpensTheComments() {
        Article a = clean(HEADLINE + "\n" + LEAD + "\n" + SECOND + "\n" + QUOTE + "\n" + LAST + "\n"
                + "Comments (8)\nPeterH 20 minutes ago\nWhat a mess.");
        assertThat(a.paragraphs()).containsExactly(LEAD, SECOND, QUOTE, LAST);
    }

    /**
     * A credit under a caption belongs to that caption: the quoted paragraph under the credit is the story's. A credit
     * on its own takes the caption-like line under it, never a paragraph that quotes or tells what will happen.
     */
    @Test
    void aCreditTakesItsOwnCaptionNeverTheStorysParagraph() {
        String caption = "Passengers wait on the quay at Tollan on Friday. Photo: Rui Santos / Tollan Courier";
        Article above = clean(HEADLINE + "\n" + LEAD + "\n" + caption + "\nImage: Rui Santos/Tollan Courier\n" + QUOTE
                + "\n" + LAST);
        assertThat(above.paragraphs()).containsExactly(LEAD, QUOTE, LAST);
        assertThat(above.removed()).extracting(Removal::rule).containsExactly("captioned-credit", "photo-credit");

        String future = "The harbour will stay closed to ferries until Monday.";
        Article alone = clean(HEADLINE + "\n" + LEAD + "\nPhoto: Tollan Coastguard handout\n" + future + "\n" + SECOND);
        assertThat(alone.paragraphs()).containsExactly(LEAD, future, SECOND);

        Article quoted = clean(HEADLINE + "\n" + LEAD + "\nPhoto: Tollan Coastguard handout\n" + QUOTE + "\n" + SECOND);
        assertThat(quoted.paragraphs()).containsExactly(LEAD, QUOTE, SECOND);

        String underIt = "Divers inspect the ferry's hull at low tide on Saturday.";
        Article captioned = clean(HEADLINE + "\n" + LEAD + "\nPhoto: Tollan Coastguard handout\n" + underIt + "\n" + SECOND);
        assertThat(captioned.paragraphs()).containsExactly(LEAD, SECOND);
        assertThat(captioned.removed()).extracting(Removal::rule).containsExactly("photo-credit", "caption");
    }

    /** A menu bar of several sections above the headline is no headline. */
    @Test
    void aMenuBarAboveTheHeadlineIsNoHeadline() {
        Article a = clean("HOME | LOCAL | TRAVEL | BUSINESS | OPINION | PUZZLES\n" + HEADLINE + "\n" + LEAD + "\n" + SECOND);
        assertThat(a.title()).isEqualTo(HEADLINE);
        assertThat(a.paragraphs()).containsExactly(LEAD, SECOND);
    }

    /**
     * A navigation bar copied as words set apart by single spaces, and a radio's play button under a flash label, are
     * no headline: the headline under them is (QA tour 21).
     */
    @Test
    void aMenuOfSingleSpacedSectionsOrAPlayButtonIsNoHeadline() {
        Article menu = clean("Tollan Evening News\nHome News Sport Business Opinion Weather Puzzles\n" + HEADLINE + "\n"
                + LEAD + "\n" + SECOND);
        assertThat(menu.title()).isEqualTo(HEADLINE);
        assertThat(menu.paragraphs()).containsExactly(LEAD, SECOND);

        Article radio = clean("Tollan Radio News\nLIVE: Listen now\n" + HEADLINE + "\n" + LEAD + "\n" + SECOND
                + "\nDownload our app\nCookie policy");
        assertThat(radio.title()).isEqualTo(HEADLINE);
        assertThat(radio.paragraphs()).containsExactly(LEAD, SECOND);

        String titleCase = "Tollan Ferry Crew Praise Fast Lifeboat Response";
        assertThat(clean(titleCase + "\n" + LEAD + "\n" + SECOND).title()).as("a headline in title case stays one")
                .isEqualTo(titleCase);
    }

    /** The page's name among its header bar's buttons is its masthead, not a section's label (QA tour 21). */
    @Test
    void theNameUnderTheHeaderBarsButtonsIsTheOutlet() {
        Article a = clean("Menu\nSearch\nHarbourside Live\nAccept cookies\n"
                + "This website uses cookies to improve your experience. Manage settings\n" + HEADLINE + "\n" + LEAD
                + "\n" + SECOND + "\n" + LAST);
        assertThat(a.outlet()).isEqualTo("Harbourside Live");
        assertThat(a.title()).isEqualTo(HEADLINE);
        Article section = clean("Menu\nSearch\nWorld News\n" + HEADLINE + "\n" + LEAD + "\n" + SECOND + "\n" + LAST);
        assertThat(section.outlet()).as("a section's label is no outlet").isNull();
    }

    /**
     * Under "More on this story" the list runs on past lines other rules took (a gallery's link read as a credit, its
     * "caption"): the most-read list and the footer under it are no story (QA tour 21).
     */
    @Test
    void aMostReadListAndTheFooterUnderOtherLinksGo() {
        String tide = "The coastguard said the ferry would be refloated at the next high tide.";
        String inquiry = "The harbour board has opened an inquiry into the ferry's course in the fog.";
        String radar = "Its radar had been repaired in port two days earlier, the operator said.";
        Article a = clean(HEADLINE + "\n" + LEAD + "\n" + QUOTE + "\n" + SECOND + "\n" + tide + "\n" + inquiry + "\n"
                + radar + "\n" + LAST + "\nMore on this story\n"
                + "Ferry owners promise new radar\nPhotos: the ferry on the sandbank\nMost Read\n"
                + "1 Harbour dues to rise in spring\n2 Tollan Rovers sign new keeper\nShare\nSign in to comment\n"
                + "About us Contact Cookie settings Terms © Tollan Courier 2026");
        assertThat(a.paragraphs()).containsExactly(LEAD, QUOTE, SECOND, tide, inquiry, radar, LAST);
    }

    /** A footer line of links ending in the copyright goes wherever it stands; a sentence about a copyright stays. */
    @Test
    void aFooterOfLinksEndingInTheCopyrightGoes() {
        String sentence = "The court ruled that the song's copyright 1998 claim had lapsed, the lawyers said.";
        Article a = clean(HEADLINE + "\n" + LEAD + "\n" + sentence + "\n" + SECOND
                + "\nAbout us | Contact | Privacy © 2026 Tollan Courier. All rights reserved");
        assertThat(a.paragraphs()).containsExactly(LEAD, sentence, SECOND);
    }

    /**
     * Page furniture in the languages QA tour 21 read: a breadcrumb of sections under the headline, a share row, a
     * "read also" link and a photo credit.
     */
    @Test
    void furnitureInOtherLanguagesGoes() {
        String lead = "Вчера вечером в Тарске загорелся склад строительной компании. Пожарные боролись с огнём всю ночь.";
        String second = "В МЧС сообщили, что пострадали двенадцать человек, двое из них в тяжёлом состоянии.";
        Article ru = clean("Пожар в Тарске: склад сгорел дотла\n\nНаш город | Новости | Происшествия\n\n" + lead + "\n\n"
                + second + "\n\nФото: пресс-служба МЧС\n\nЧитайте также: В Тарске открыли новый мост");
        assertThat(ru.paragraphs()).containsExactly(lead, second);
        String cs = "Rozvodněná řeka zaplavila v noci na čtvrtek centrum obce a hasiči evakuovali stovky lidí.";
        Article czech = clean("Povodeň v Horní Vsi: evakuovány stovky lidí\n\n" + cs
                + "\n\nSdílet na Facebooku | Sdílet na X | Vytisknout");
        assertThat(czech.paragraphs()).containsExactly(cs);
    }
}
