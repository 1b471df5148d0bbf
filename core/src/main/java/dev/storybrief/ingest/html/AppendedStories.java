package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A page saved after the reader scrolled on: news sites append the next story below the first as another
 * {@code <article>} beside it, each with its own headline and paragraphs. Read as one, the page would mix two stories.
 * When the page holds two or more such articles side by side (none inside another, each headed by a heading and
 * holding at least two paragraphs), the one whose headline or address matches what the page says it is (its title,
 * Open Graph or JSON-LD headline, canonical URL) is kept and the others are removed before the body is sought; when
 * none matches, the first is kept, since a page's own story comes before what is appended to it. Comments and teasers
 * written as {@code <article>} have no heading of their own or a single paragraph, so they do not count; a one-paragraph
 * story counts when it carries its own {@code <time>} stamp (an appended brief), as long as one story on the page is
 * full.
 */
final class AppendedStories {

    /** Paragraphs an appended story holds at least; a teaser has one. */
    static final int MIN_PARAGRAPHS = 2;
    /** Share of a headline's words that a title or address must hold to name it. */
    private static final double MATCH_SHARE = 0.6;

    private AppendedStories() {
    }

    /**
     * Removes from {@code root} every story but the page's own when it holds several, and logs them; {@code names}
     * are what the page says it is (titles, headlines; nulls ignored), {@code address} its canonical URL (nullable).
     */
    static void keepOwn(Element root, List<String> names, String address, RemovalLog log) {
        List<Element> stories = new ArrayList<>();
        for (Element a : root.getElementsByTag("article")) {
            if (!insideArticle(a, root) && isStory(a)) {
                stories.add(a);
            }
        }
        if (stories.size() < 2 || stories.stream().noneMatch(AppendedStories::isFullStory)) {
            return;
        }
        Element own = stories.get(0);
        String how = "the first";
        for (Element s : stories) {
            if (matches(headline(s), names, address)) {
                own = s;
                how = "the one the page's title or address names";
                break;
            }
        }
        log.note("the page holds " + stories.size() + " stories in sibling <article> elements (the next story appended"
                + " as the reader scrolled, or others beside it): kept " + how + ", " + RemovalLog.describe(own));
        for (Element s : stories) {
            if (s != own) {
                log.text(TextNormalizer.collapse(s.text()), "another story appended to the page");
                s.remove();
            }
        }
    }

    private static boolean insideArticle(Element e, Element root) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            if (p.normalName().equals("article")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A story of its own: headed, and either holding two paragraphs or more, or a short one (a brief of one paragraph)
     * stamped with a {@code <time>} of its own, which a teaser in a list or a comment does not carry with a headline.
     */
    private static boolean isStory(Element a) {
        if (headline(a) == null) {
            return false;
        }
        int paragraphs = paragraphs(a);
        return paragraphs >= MIN_PARAGRAPHS || paragraphs >= 1 && a.selectFirst("time") != null;
    }

    private static boolean isFullStory(Element a) {
        return paragraphs(a) >= MIN_PARAGRAPHS;
    }

    private static int paragraphs(Element a) {
        int paragraphs = 0;
        for (Element p : a.getElementsByTag("p")) {
            if (HtmlArticleExtractor.wordCount(List.of(p.text())) >= 5 && ++paragraphs >= MIN_PARAGRAPHS) {
                return paragraphs;
            }
        }
        return paragraphs;
    }

    /** The story's headline: its first h1 or h2 with text, or null. */
    static String headline(Element a) {
        for (Element h : a.select("h1, h2")) {
            String text = TextNormalizer.collapse(h.text());
            if (!text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    /** Whether most words of {@code headline} stand in one of {@code names} or in the slug of {@code address}. */
    static boolean matches(String headline, List<String> names, String address) {
        Set<String> words = words(headline);
        if (words.isEmpty()) {
            return false;
        }
        List<String> candidates = new ArrayList<>();
        for (String n : names) {
            if (n != null) {
                candidates.add(n);
            }
        }
        if (address != null) {
            candidates.add(address.replaceAll("[-_/.]+", " "));
        }
        for (String c : candidates) {
            Set<String> in = words(c);
            int shared = 0;
            for (String w : words) {
                if (in.contains(w)) {
                    shared++;
                }
            }
            if (shared >= MATCH_SHARE * words.size()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) {
                out.add(w);
            }
        }
        return out;
    }
}
