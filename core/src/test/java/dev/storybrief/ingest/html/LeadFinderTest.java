package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lead between headline and body container is part of the article; logos, captions and dates are not. */
class LeadFinderTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static final String LEAD = "The town will close its last coal plant two years early, and the workers "
            + "will move to the new solar park on the hill.";
    private static final String BODY_ONE = "The decision came after a long night in the council chamber, where the "
            + "mayor and the unions argued over the timetable and the money for training.";
    private static final String BODY_TWO = "Work on the solar park starts in March; the first panels should feed the "
            + "grid before the summer holidays, the operator said on Friday.";

    private static String page(String beforeHeadline, String headline, String betweenHeadlineAndBody) {
        return "<html><head><title>Coal plant to close early</title></head><body>" + beforeHeadline
                + "<article><header>" + headline + betweenHeadlineAndBody + "</header>"
                + "<div class='body'><p>" + BODY_ONE + "</p><p>" + BODY_TWO + "</p></div></article>"
                + "<footer>Contact</footer></body></html>";
    }

    @Test
    void keepsTheLeadThatSitsInTheHeaderBesideTheHeadline() {
        String html = page("", "<h1>Coal plant to close early</h1>",
                "<div class='standfirst'><p>" + LEAD + "</p></div><p class='date'>Updated Nov 19, 6:55 AM</p>");

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.paragraphs()).containsExactly(LEAD, BODY_ONE, BODY_TWO);
        assertThat(page.removedBlocks()).anyMatch(s -> s.startsWith("lead before the container kept"));
    }

    @Test
    void leavesOutACaptionInAnImageBoxBetweenHeadlineAndBody() {
        String caption = "The old plant seen from the river in a photo taken last winter by a reader of ours.";
        String html = page("", "<h1>Coal plant to close early</h1>",
                "<div class='image-box'><p>" + caption + "</p></div>");

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.paragraphs()).containsExactly(BODY_ONE, BODY_TWO);
    }

    @Test
    void aSiteLogoIsNotTheHeadline() {
        // The only h1 is the site's name linking home: a promotion after it is no lead.
        String promo = "Pictures that move you and words that grip you, all in one place for our readers!";
        String html = "<html><head><title>Coal plant to close early</title></head><body>"
                + "<div id='top'><h1><a href='https://gazette.example/'>The Gazette</a></h1><p>" + promo + "</p>"
                + "<ul><li><a href='/news'>News from the valley and beyond</a></li><li><a href='/sport'>Sport and "
                + "the results of the weekend</a></li><li><a href='/culture'>Culture, theatre and music</a></li>"
                + "<li><a href='/jobs'>Jobs in the region this week</a></li></ul></div>"
                + "<div class='body'><p>" + BODY_ONE + "</p><p>" + BODY_TWO + "</p></div></body></html>";

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.paragraphs()).containsExactly(BODY_ONE, BODY_TWO);
        assertThat(LeadFinder.isHomePage("https://web.archive.org/web/2014/http://www.gazette.example/")).isTrue();
        assertThat(LeadFinder.isHomePage("/2020/05/coal-plant/")).isFalse();
    }

    @Test
    void theHeadlineIsTheH1ThatRepeatsTheTitle() {
        String html = page("<h1 class='claim'>News for the valley</h1><div class='promo-text'><p>Pictures that move "
                        + "you and words that grip you, all in one place.</p></div>",
                "<h1>Coal plant to close early</h1>", "<p>" + LEAD + "</p>");

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.paragraphs()).containsExactly(LEAD, BODY_ONE, BODY_TWO);
    }

    @Test
    void aStandfirstHeadingStaysWhenItsTypeStyleIsNamedCaption() {
        // Design systems name a small type style "caption"; a heading is never an image's caption, a box around it is.
        String html = page("", "<h1>Coal plant to close early</h1>",
                "<h2 class='teaser caption-s5 text-lg'>" + LEAD + "</h2>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(LEAD, BODY_ONE, BODY_TWO);
        String boxed = page("", "<h1>Coal plant to close early</h1>",
                "<div class='caption'><h2>" + LEAD + "</h2></div>");
        assertThat(extractor.extract(boxed, null).paragraphs()).containsExactly(BODY_ONE, BODY_TWO);
    }
}
