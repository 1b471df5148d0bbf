package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A page saved after the next story was appended below it (infinite scroll) gives the page's own story only: the one
 * its title or address names, else the first. Comments written as {@code <article>} and a one-paragraph teaser do not
 * make a page of several stories.
 */
class AppendedStoriesTest {

    private static final String OWN_LEAD = "The harbour board on Monday approved a new breakwater for the fishing port of"
            + " Rask Bay after two winter storms damaged the old one.";
    private static final String OWN_MORE = "Work on the breakwater will begin in May and cost 40 million crowns, the"
            + " board's chair told reporters at the quay.";
    private static final String NEXT_LEAD = "The county library in Oster Vik will open on Sundays from next month, the"
            + " county council decided on Tuesday after a petition.";
    private static final String NEXT_MORE = "Librarians said Sunday opening had been the most frequent request from"
            + " readers in the annual survey for three years.";

    private static String story(String headline, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<article class='story'><h1>").append(headline).append("</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</article>").toString();
    }

    private static String page(String title, String canonical, String first, String second) {
        return "<html><head><title>" + title + " | Bay Courier</title>"
                + (canonical == null ? "" : "<link rel='canonical' href='" + canonical + "'>")
                + "</head><body>" + first + "<div class='next'>Next story</div>" + second + "</body></html>";
    }

    @Test
    void theStoryAppendedAfterThePagesOwnIsLeftOut() {
        String html = page("Harbour board approves new breakwater", null,
                story("Harbour board approves new breakwater", OWN_LEAD, OWN_MORE),
                story("Library to open on Sundays", NEXT_LEAD, NEXT_MORE));

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.paragraphs()).containsExactly(OWN_LEAD, OWN_MORE);
    }

    @Test
    void theStoryTheTitleNamesIsKeptWhereverItStands() {
        // saved while the second story was on screen: the page's title and address have moved on to it
        String html = page("Library to open on Sundays", "https://bay.example/2026/03/library-to-open-on-sundays",
                story("Harbour board approves new breakwater", OWN_LEAD, OWN_MORE),
                story("Library to open on Sundays", NEXT_LEAD, NEXT_MORE));

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.paragraphs()).containsExactly(NEXT_LEAD, NEXT_MORE);
    }

    @Test
    void theCanonicalAddressNamesTheStoryWhenTheTitleDoesNot() {
        String html = page("Bay Courier", "https://bay.example/news/library-open-sundays-petition",
                story("Harbour board approves new breakwater", OWN_LEAD, OWN_MORE),
                story("Library to open on Sundays", NEXT_LEAD, NEXT_MORE));

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.paragraphs()).containsExactly(NEXT_LEAD, NEXT_MORE);
    }

    @Test
    void commentsWrittenAsArticlesAreNoSecondStory() {
        String comments = "<section id='replies'><article><p>I walk past the old breakwater every day and it was"
                + " about time somebody fixed it.</p><p>Posted by Ole</p></article><article><p>Forty million is a lot"
                + " of money for a wall of stones in the sea, if you ask me.</p></article></section>";
        String html = page("Harbour board approves new breakwater", null,
                story("Harbour board approves new breakwater", OWN_LEAD, OWN_MORE), comments);

        assertThat(AppendedStories.headline(org.jsoup.Jsoup.parse(comments).selectFirst("article"))).isNull();
        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);
        assertThat(page.paragraphs()).contains(OWN_LEAD, OWN_MORE);
        assertThat(page.removedBlocks()).noneMatch(r -> r.contains("another story appended"));
    }

    @Test
    void aShortDatedStoryAppendedBelowTheOthersIsLeftOutToo() {
        // the third story of the scroll is a one-paragraph brief with its own headline and time stamp
        String brief = "<article><h1>Ferry fares to rise in spring</h1><time datetime='2026-03-02'>2 March</time>"
                + "<p>Ferry fares between Rask Bay and the islands will rise by 6% in April, the operator said on"
                + " Monday.</p></article>";
        String html = page("Harbour board approves new breakwater", null,
                story("Harbour board approves new breakwater", OWN_LEAD, OWN_MORE),
                story("Library to open on Sundays", NEXT_LEAD, NEXT_MORE) + "<div class='next'>Next story</div>"
                        + brief);

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.paragraphs()).containsExactly(OWN_LEAD, OWN_MORE);
    }

    @Test
    void aOneParagraphTeaserWithoutATimeStampIsNoStory() {
        String teaser = "<article><h2>Library to open on Sundays</h2><p>" + NEXT_LEAD + "</p></article>";
        String html = page("Harbour board approves new breakwater", null,
                story("Harbour board approves new breakwater", OWN_LEAD, OWN_MORE), teaser);

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.removedBlocks()).noneMatch(r -> r.contains("another story appended"));
    }

    @Test
    void aHeadlineIsNamedOnlyByMostOfItsWords() {
        assertThat(AppendedStories.matches("Library to open on Sundays",
                java.util.List.of("Library to open on Sundays | Bay Courier"), null)).isTrue();
        assertThat(AppendedStories.matches("Library to open on Sundays",
                java.util.List.of("Harbour board approves new breakwater"), "https://bay.example/library")).isFalse();
    }
}
