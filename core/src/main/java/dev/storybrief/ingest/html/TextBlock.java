package dev.storybrief.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between block boundaries, attributed to the innermost block element holding it.
 *
 * @param text      the text, whitespace collapsed ({@code \n} where a single line break was)
 * @param chars     visible (non-space) characters
 * @param linkChars visible characters inside links
 * @param words     word count, counting two characters of unspaced scripts (CJK, Thai) as one word
 * @param owner     innermost block element around the text
 * @param kind      structural role
 */
record TextBlock(String text, int chars, int linkChars, int words, Element owner, BlockKind kind) {

    /** Share of the visible characters that sit inside links. */
    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    /** Whether the text has punctuation that sentences have. */
    boolean hasSentencePunctuation() {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '.', ',', ';', '!', '?', '\u3002', '\uFF0C', '\u3001', '\uFF01', '\uFF1F', '\u2026', '\u061F',
                        '\u060C', '\u0964':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /** Whether the text ends like a sentence. */
    boolean endsLikeSentence() {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '"' || last == '\u201D' || last == '\'' || last == '\u2019' || last == ')' || last == '\u00BB') {
            last = t.length() > 1 ? t.charAt(t.length() - 2) : last;
        }
        return ".!?\u3002\uFF01\uFF1F\u2026:;\u0964".indexOf(last) >= 0;
    }

    /**
     * Whether the text is a message the page's software printed into it ("Warning: Use of undefined constant ... in
     * /var/www/.../file.php on line 12"): sentences, but never the article's.
     */
    boolean isServerMessage() {
        if (text.length() < 20 || text.indexOf(" on line ") < 0) {
            return false;
        }
        return text.startsWith("Warning:") || text.startsWith("Notice:") || text.startsWith("Deprecated:")
                || text.startsWith("Fatal error:") || text.startsWith("Parse error:")
                || text.startsWith("Strict Standards:");
    }

    /**
     * Whether this reads like running prose rather than a label, link or fragment: enough words, few of
     * them linked, and sentence punctuation unless it is long.
     */
    boolean isProse() {
        if (isServerMessage()) {
            return false;
        }
        double density = linkDensity();
        if (density > 0.4) {
            // Sentences with several linked phrases: judge by the words outside the links.
            return density <= 0.75 && words * (1 - density) >= 10 && hasSentencePunctuation();
        }
        if (words >= 20) {
            return true;
        }
        return words >= 8 && hasSentencePunctuation() || words >= 5 && endsLikeSentence() && kind != BlockKind.HEADING;
    }
}
