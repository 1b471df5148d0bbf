package dev.storybrief.ingest.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises the readers' comments under an article by how pages build them: a container named for a comment thread
 * or list ({@code id="disqus_thread"}, {@code id="comments"}, {@code class="comment-list"}, WordPress's
 * {@code id="respond"} reply form), schema.org microdata typing it a Comment or UserComments, or a section whose first
 * element is a heading such as "Comments", "12 Comments" or "Leave a Reply". Unlike other boilerplate names, these are
 * believed whatever share of the page's prose the element holds: under a short news item two long comments outweigh
 * the article.
 */
final class CommentThreads {

    /**
     * Whole name tokens of comment threads. Whole tokens only: "commentary" and "commentator" name opinion writing, and
     * a word that merely starts with "comment" says nothing about a thread.
     */
    private static final Set<String> THREAD_TOKENS = Set.of("comment", "comments", "commentlist", "commentslist",
            "commentsection", "commentthread", "disqus", "respond", "kommentare", "commentaires");

    /** Values that begin with these describe the page (has-comments, no-comments), not the element. */
    private static final Set<String> MODIFIERS = Set.of("has", "with", "no", "without", "is", "enable", "enabled",
            "show", "hide", "single", "template", "page", "layout", "js", "wp", "site");

    /** Values with these state whether the page takes comments ("comments-open"); themes put them on wrappers. */
    private static final Set<String> STATES = Set.of("open", "closed", "enabled", "disabled", "allowed", "off", "on");

    /** Headings that open a comment section, with a count in front or behind ("3 Comments", "Comments (3)"). */
    private static final Pattern THREAD_HEADING = Pattern.compile("(?iu)\\W*(\\d+\\s+)?(reader\\s+)?"
            + "(comments?|responses?|leave\\s+a\\s+(reply|comment)|kommentare|commentaires)\\W*(\\d+\\W*)?");

    private CommentThreads() {
    }

    /**
     * Whether a name token speaks of comments ("comment", "commentlist", "commentsBlock", German "kommentarModul",
     * Polish "komentarze"), as glued words do; not "commentary" or "commentator", which name opinion writing.
     */
    static boolean isCommentWord(String token) {
        if (token.startsWith("comment")) {
            return !token.startsWith("commentar") && !token.startsWith("commentat");
        }
        return token.startsWith("kommentar") || token.startsWith("komentarz");
    }

    /** Whether the element is a comment thread, a single comment or the reply form, by names, type or heading. */
    static boolean isThread(Element e) {
        return hasThreadName(e) || hasCommentType(e) || isHeadedAsThread(e);
    }

    private static boolean hasThreadName(Element e) {
        if (!mayName(e.className()) && !mayName(e.id()) && !mayName(e.normalName())) {
            // Every element is asked: most names hold none of the thread words, and splitting them costs.
            return false;
        }
        for (String value : ClassIdSignals.names(e)) {
            List<String> tokens = ClassIdSignals.tokens(value);
            if (tokens.isEmpty() || tokens.size() > 1 && (MODIFIERS.contains(tokens.get(0))
                    || STATES.contains(tokens.get(tokens.size() - 1)))) {
                continue;
            }
            for (String t : tokens) {
                if (THREAD_TOKENS.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a name can hold a thread token (comment, kommentare, commentaires, disqus, respond), in either case. */
    private static boolean mayName(String value) {
        return value.indexOf("omment") >= 0 || value.indexOf("OMMENT") >= 0 || value.indexOf("isqus") >= 0
                || value.indexOf("espond") >= 0 || value.indexOf("ESPOND") >= 0;
    }

    /** schema.org's types for a comment and for a set of readers' comments ({@code itemtype=".../UserComments"}). */
    private static boolean hasCommentType(Element e) {
        String type = e.attr("itemtype");
        if (type.isEmpty()) {
            return false;
        }
        for (String url : type.trim().split("\\s+")) {
            String name = url.substring(url.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (name.equals("comment") || name.equals("usercomments")) {
                return true;
            }
        }
        return false;
    }

    /** A section whose first element is a heading naming the comments or the reply form. */
    private static boolean isHeadedAsThread(Element e) {
        Element first = e.firstElementChild();
        if (first == null || first.normalName().length() != 2 || first.normalName().charAt(0) != 'h'
                || first.normalName().equals("h1") || !Character.isDigit(first.normalName().charAt(1))) {
            return false;
        }
        String text = first.text();
        return text.length() < 40 && THREAD_HEADING.matcher(text).matches();
    }
}
