package dev.storybrief.render;

/**
 * A sentence as a reader is shown it: the typewriter-doubled quote marks of wire copy and the Penn Treebank
 * ({@code ``Every year it gets worse,''}) become the curly marks they stand for. The articles keep their marks as
 * written (quote reading and offsets depend on them, and the JSON gives each sentence verbatim); only the page, the
 * terminal and Markdown show them as a reader writes them.
 */
final class TypographicQuotes {
    private TypographicQuotes() {
    }

    /** The text with {@code ``} as an opening and {@code ''} as a closing double quote. */
    static String of(String text) {
        if (text == null || text.indexOf("``") < 0 && text.indexOf("''") < 0) {
            return text;
        }
        return text.replace("``", "\u201c").replace("''", "\u201d");
    }
}
