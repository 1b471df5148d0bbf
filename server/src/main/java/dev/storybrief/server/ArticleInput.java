package dev.storybrief.server;

/** One article as a request gives it: inline text or HTML, an uploaded file, or a path on the server. */
public sealed interface ArticleInput {

    /**
     * Inline article from a JSON request; exactly one of {@code text} and {@code html} is set.
     *
     * @param id     the article id, or {@code null} to derive one
     * @param title  headline, or {@code null} to find it in the text
     * @param outlet publisher, or {@code null} to find it in the text
     * @param date   publication date as given, or {@code null}
     */
    record Inline(String id, String title, String outlet, String date, String text, String html) implements ArticleInput {
        /** True when the article is HTML rather than plain text. */
        public boolean isHtml() {
            return html != null;
        }
    }

    /** An uploaded file: its name tells the format, as on the command line. */
    record Upload(String fileName, byte[] bytes) implements ArticleInput {
    }

    /** A file or folder on the server, allowed only inside the configured folder. */
    record ServerPath(String path) implements ArticleInput {
    }
}
