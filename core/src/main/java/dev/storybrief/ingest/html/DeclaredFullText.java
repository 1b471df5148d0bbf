package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;

/**
 * The article's whole text as its JSON-LD {@code articleBody} declares it, when the page shows only its opening. A
 * paywalled page shows a teaser (the standfirst and a paragraph or two, then "Subscribe to continue") and hands the
 * whole text to search engines in its JSON-LD, as Google's guidance for paywalled content asks. The declared body is
 * taken only when it is plainly the same article told further: it opens with the opening of the text found on the
 * page, and it is at least half as long again, with at least {@value #MIN_EXTRA_WORDS} more words. A declared body
 * that says something else (a summary, another story of the page) or little more keeps the page's own text.
 */
final class DeclaredFullText {
    /** Words of the found text's opening that the declared body must open with. */
    private static final int OPENING_WORDS = 8;
    /** The declared body is at least this many times the found text's words. */
    private static final double MIN_RATIO = 1.5;
    /** ... and this many words more: a few words more are a rewording, not the rest of the article. */
    private static final int MIN_EXTRA_WORDS = 20;

    private DeclaredFullText() {
    }

    /** The declared body's paragraphs when they are the fuller text of {@code found}; else {@code found} itself. */
    static List<String> fuller(List<String> found, JsonLdFacts jsonLd, RemovalLog log) {
        String body = jsonLd.articleBody();
        if (body == null || found.isEmpty()) {
            return found;
        }
        int words = HtmlArticleExtractor.wordCount(found);
        int declared = HtmlArticleExtractor.wordCount(List.of(body));
        if (declared < words * MIN_RATIO || declared < words + MIN_EXTRA_WORDS) {
            return found;
        }
        String opening = opening(found.get(0));
        if (opening.isEmpty() || !TextNormalizer.key(body).startsWith(opening)) {
            return found;
        }
        List<String> paragraphs = ArticleBodyFinder.splitParagraphs(body);
        log.note("the page shows the opening of its JSON-LD articleBody (" + words + " of " + declared
                + " words, as a paywall's teaser does): used the articleBody");
        return withFirstParagraph(paragraphs, found.get(0));
    }

    /** The key of the first {@value #OPENING_WORDS} words of {@code paragraph}. */
    private static String opening(String paragraph) {
        String[] words = paragraph.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(OPENING_WORDS, words.length); i++) {
            out.append(words[i]).append(' ');
        }
        return TextNormalizer.key(out.toString());
    }

    /**
     * A body declared as one block of text, parted where the page's first paragraph ends when it opens with it word for
     * word (the standfirst stays a paragraph of its own).
     */
    private static List<String> withFirstParagraph(List<String> paragraphs, String first) {
        String head = paragraphs.get(0);
        String lead = TextNormalizer.collapse(first);
        if (paragraphs.size() > 1 || !head.startsWith(lead) || head.length() == lead.length()) {
            return paragraphs;
        }
        List<String> out = new ArrayList<>(paragraphs.size() + 1);
        out.add(lead);
        out.add(head.substring(lead.length()).strip());
        return out;
    }
}
