package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Readers' comments are never article text, even under a short item whose two paragraphs weigh less than two long
 * comments: a comment thread is known by its name, its schema.org type or its heading, whatever its share of the
 * page's prose. Words that merely start with "comment" (commentary, commentator) do not name a thread.
 */
class CommentThreadsTest {

    private static final String ARTICLE = "<article><h1>Council approves new footbridge</h1>"
            + "<p>The town council approved a new footbridge over the canal on Tuesday by six votes to three.</p>"
            + "<p>The footbridge will cost four million euros and should open in the spring of 2029.</p></article>";

    private static final String FIRST = "I have walked along this canal for thirty years and I can say that the"
            + " council has never finished a single project on time or within its budget, and this one will be no"
            + " different from the tram line that was promised long ago and never built.";

    private static final String SECOND = "Last winter the deputy mayor told us the crossing would cost half as"
            + " much, so why has the price doubled since then? Someone ought to ask the council to publish every"
            + " figure before a single cent of our money is spent on it.";

    private static String page(String body) {
        return "<html><head><title>Council approves new footbridge</title></head><body>" + body + "</body></html>";
    }

    private static String text(String html) {
        return new HtmlArticleExtractor().extract(html, null).text();
    }

    private static void assertArticleWithoutComments(String html) {
        assertThat(text(html)).contains("six votes to three").doesNotContain("thirty years")
                .doesNotContain("deputy mayor");
    }

    @Test
    void aNamedThreadOutweighingTheArticleIsLeftOut() {
        String html = page(ARTICLE + "<div id='disqus_thread'><div class='post'><div class='post-body'><p>" + FIRST
                + "</p></div></div><div class='post'><div class='post-body'><p>" + SECOND + "</p></div></div></div>");

        assertArticleWithoutComments(html);
    }

    @Test
    void aThreadTypedUserCommentsIsLeftOut() {
        String html = page(ARTICLE + "<section itemscope itemtype='https://schema.org/UserComments'><div><p>" + FIRST
                + "</p></div><div><p>" + SECOND + "</p></div></section>");

        assertArticleWithoutComments(html);
    }

    @Test
    void aSectionHeadedCommentsIsLeftOut() {
        String html = page(ARTICLE + "<section><h2>2 Comments</h2><div><p>" + FIRST + "</p></div><div><p>" + SECOND
                + "</p></div></section>");

        assertArticleWithoutComments(html);
    }

    @Test
    void aCommentaryInTheArticleIsNotACommentThread() {
        String html = page("<article><h1>Why the footbridge matters</h1><p>" + FIRST + "</p>"
                + "<div class='commentary-box'><p>The vote says more about the coming election than about the canal,"
                + " and every councillor knew it when the hands went up.</p></div><p>" + SECOND + "</p></article>");

        assertThat(text(html)).contains("thirty years").contains("deputy mayor").contains("coming election");
    }

    @Test
    void aWrapperSayingCommentsAreOpenIsNotAThread() {
        String html = "<html><head><title>Council approves new footbridge</title></head><body>"
                + "<h1>Council approves new footbridge</h1><div class='entry comments-open'><p>" + FIRST + "</p><p>"
                + SECOND + "</p></div><div class='comment-list'><p>Great news for the town, at last.</p></div>"
                + "</body></html>";

        assertThat(text(html)).contains("thirty years").contains("deputy mayor").doesNotContain("Great news");
    }
}
