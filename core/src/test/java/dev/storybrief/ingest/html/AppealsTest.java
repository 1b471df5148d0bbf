package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Appeals inside the article's element (donate, write a letter, subscribe, register) are written as sentences and pass
 * every per-block check; the page still marks them, by the names of their boxes (call to action, donation, upsell,
 * fly-out).
 */
class AppealsTest {

    private static final String[] BODY = {
        "The river rose by two metres overnight, and the fire brigade spent the whole morning filling sandbags along"
                + " the old harbour wall while the shops in the lower town moved their goods upstairs.",
        "By noon the water had reached the market square, where the stalls had been taken down the evening before,"
                + " and the town hall opened its gym for the families who had to leave their flats.",
        "The weather service expects the level to fall again from Thursday, when the rain in the hills is forecast to"
                + " ease, but warns that the ground is so wet that any new storm could bring the water back."};

    private static String page(String extra) {
        return "<html><head><title>Flood in the lower town</title></head><body><article><h1>Flood in the lower town</h1>"
                + "<div class='story-body'><p>" + BODY[0] + "</p><p>" + BODY[1] + "</p>" + extra + "<p>" + BODY[2]
                + "</p></div></article></body></html>";
    }

    private static ClassIdSignals.Verdict judge(String className) {
        Element e = Jsoup.parse("<div class='" + className + "'>x</div>").selectFirst("div");
        return ClassIdSignals.judge(e);
    }

    @Test
    void callToActionDonationUpsellAndFlyoutBoxesAreBoilerplate() {
        for (String name : new String[] {"c-letters-cta", "donation-box", "donate", "article-upsell", "c-flyout__content"}) {
            assertThat(judge(name)).as(name).isEqualTo(ClassIdSignals.Verdict.BOILERPLATE);
        }
        // Words that merely contain the letters stay neutral: tokens are whole words.
        assertThat(judge("actarium")).isEqualTo(ClassIdSignals.Verdict.NEUTRAL);
    }

    @Test
    void aLetterToTheEditorAppealInACallToActionBoxGoes() {
        String appeal = "We want to hear what you think about this article. Submit a letter to the editor or write to us.";
        ExtractedPage page = new HtmlArticleExtractor().extract(
                page("<section class='c-letters-cta'><p>" + appeal + "</p></section>"), null);

        assertThat(page.paragraphs()).containsExactly(BODY);
    }

    @Test
    void aSignUpAppealGoesWithTheBoxOfItsForm() {
        String appeal = "To read on and get three free articles a month, create your account now.";
        String box = "<div class='account-box'><h2>" + appeal + "</h2><p>Already have an account? Log in here.</p>"
                + "<form action='/account'><label>E-mail</label><input type='email' name='email'>"
                + "<label>Password</label><input type='password' name='password'><input type='submit' value='Create'>"
                + "</form></div>";
        ExtractedPage page = new HtmlArticleExtractor().extract(page(box), null);

        assertThat(page.paragraphs()).containsExactly(BODY);
    }

    @Test
    void aFormThatAsksForNoAccountLeavesItsBox() {
        // A recipe's servings calculator: the line beside it is the recipe's.
        String servings = "The ingredients below make enough for twelve pieces, so double them for a large tray.";
        String box = "<div class='servings'><p>" + servings + "</p><form><input type='number' name='n' value='12'>"
                + "<button>Recalculate</button></form></div>";
        ExtractedPage page = new HtmlArticleExtractor().extract(page(box), null);

        assertThat(page.paragraphs()).contains(servings);
    }

    @Test
    void aFormAmongTheArticlesParagraphsGoesAlone() {
        String html = "<html><head><title>Flood in the lower town</title></head><body><article><h1>Flood in the lower town</h1>"
                + "<p>" + BODY[0] + "</p><form><input type='email' name='e'><button>Sign up</button></form><p>" + BODY[1]
                + "</p><p>" + BODY[2] + "</p></article></body></html>";

        assertThat(new HtmlArticleExtractor().extract(html, null).paragraphs()).containsExactly(BODY);
    }

    @Test
    void aShortAppealEndingInItsSignUpLinkGoesAndOtherLinkedEndingsStay() {
        String appeal = "<p><i>Do you want to hear about our next campaign? <a href='/newsletter'>Sign up here</a></i></p>";
        String linked = "The figures that the council published on Monday evening come from the <a href='/report'>water"
                + " board</a>.";
        ExtractedPage page = new HtmlArticleExtractor().extract(page(appeal + "<p>" + linked + "</p>"), null);

        assertThat(page.paragraphs()).containsExactly(BODY[0], BODY[1],
                "The figures that the council published on Monday evening come from the water board.", BODY[2]);
        assertThat(ParagraphFilter.dropReason(new TextBlock("Werden Sie Mitglied und erhalten Sie Angebote! Jetzt registrieren",
                50, 17, 9, org.jsoup.Jsoup.parse("<p>Werden Sie Mitglied und erhalten Sie Angebote! <a href='/r'>Jetzt"
                        + " registrieren</a></p>").selectFirst("p"), BlockKind.PARAGRAPH), null, null, new DataTables()))
                .isEqualTo("appeal ending in its sign-up or donation link");
    }
}
