package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads what an element's class, id, role and itemprop say about it. Names are split into word tokens
 * ("relatedStories", "share-bar__item" give related/stories, share/bar/item) and the tokens are matched
 * against vocabularies of boilerplate and of content. A class value led by a modifier ("has-sidebar",
 * "no-comments", "with-share") describes the page layout, not the element, and is ignored.
 */
final class ClassIdSignals {

    /** What an element's names say. */
    enum Verdict { CONTENT, NEUTRAL, WEAK_BOILERPLATE, BOILERPLATE }

    /**
     * Tokens marking blocks that are never article text. Appeal boxes are named for what they are: "cta" (call to
     * action), donation, upsell, fly-out. "paywall" is not among them: pages name the paid text itself so, not only
     * the appeal in front of it.
     */
    private static final Set<String> BOILERPLATE_TOKENS = Set.of(
            "comment", "comments", "commentlist", "disqus", "respond", "reply", "replies",
            "share", "sharing", "shares", "sharer", "social", "socials", "sociable", "addthis", "sharethis",
            "related", "recommended", "recommendations", "recommend", "popular", "trending", "mostread",
            "outbrain", "taboola", "zergnet", "newsletter", "newsletters", "subscribe", "subscription", "signup",
            "cookie", "cookies", "consent", "gdpr", "ad", "ads", "adv", "advert", "adverts",
            "advertisement", "advertising", "adslot", "adunit", "dfp", "gpt", "sponsor", "sponsored", "promo",
            "promoted", "sidebar", "sidebars", "rail", "breadcrumb", "breadcrumbs", "footer", "masthead",
            "nav", "navbar", "navigation", "menu", "toolbar", "pagination", "pager", "skip",
            "tagcloud", "widget", "widgets", "banner", "modal", "popup", "overlay", "lightbox", "print",
            "rating", "ratings", "jump", "topics", "keywords", "tags", "playlist", "carousel", "slideshow",
            "gallery", "video", "audio", "podcast", "login", "signin", "register", "search", "breaking",
            "ticker", "marquee", "cta", "donate", "donation", "donations", "upsell", "flyout");

    /**
     * Tokens marking blocks that are usually not article text but are sometimes misapplied. A copyright or licence box
     * states the terms of the page, not the story; "postmetadata" is the box under a post in which WordPress's themes
     * (from the classic default on) say when it was published and filed under which categories.
     */
    private static final Set<String> WEAK_TOKENS = Set.of(
            "meta", "byline", "author", "authors", "bio", "dateline", "timestamp", "caption", "credit", "credits",
            "figcaption", "hidden", "hide", "invisible", "offscreen", "sronly", "noprint", "teaser", "teasers",
            "aside", "extra", "extras", "tools", "utility", "links", "embed", "source", "disclaimer",
            "notice", "alert", "callout", "header", "kicker", "eyebrow", "copyright", "licence", "license",
            "postmetadata");

    /** Weak tokens that say an element is hidden; they count only in a class that hides the element itself. */
    private static final Set<String> HIDING_TOKENS = Set.of("hidden", "hide", "invisible");

    /** Words that make up hiding utility classes ("hidden", "visually-hidden", "u-hide", "sr-only"). */
    private static final Set<String> HIDING_WORDS = Set.of("hidden", "hide", "invisible", "is", "visually", "u",
            "js", "sr", "screen", "reader", "only", "a", "element");

    /** Tokens marking the article body. */
    private static final Set<String> CONTENT_TOKENS = Set.of(
            "article", "articlebody", "story", "storybody", "entry", "post", "content", "body", "text", "main",
            "prose", "blog", "richtext", "rte", "copy", "paragraph", "paragraphs", "markdown", "news", "column");

    /**
     * Boilerplate tokens that hold even when the page gives no article otherwise: comment threads, consent and
     * sign-up boxes, pop-ups, share bars and related-links lists carry text of their own that would pass for an
     * article if trusted.
     */
    private static final Set<String> HARD_TOKENS = Set.of(
            "comment", "comments", "commentlist", "disqus", "respond", "reply", "replies", "newsletter",
            "newsletters", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "modal",
            "popup", "overlay", "lightbox", "login", "signin", "register", "footer", "nav", "navbar", "navigation",
            "menu", "breadcrumb", "breadcrumbs", "sidebar", "sidebars", "share", "sharing", "social", "related",
            "recommended", "outbrain", "taboola");

    /**
     * Prefixes of glued words ("sharedaddy", "relatedposts", "advertisement") that still mark boilerplate; the
     * glued words of comment threads are told by {@link CommentThreads#isCommentWord}.
     */
    private static final List<String> BOILERPLATE_PREFIXES = List.of(
            "share", "social", "related", "recommend", "newsletter", "subscri", "cookie", "advert", "sponsor", "sidebar", "breadcrumb", "footer", "navigat", "promo", "popular", "trending", "outbrain",
            "taboola", "signup");

    private static final Set<String> MODIFIERS = Set.of(
            "has", "with", "no", "without", "is", "enable", "enabled", "show", "hide", "single", "template", "page",
            "layout", "js", "wp", "site");

    private ClassIdSignals() {
    }

    /** Judges an element by its class, id, role and itemprop values (and a few telling attributes). */
    static Verdict judge(Element e) {
        String itemprop = e.attr("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")
                || ArticleMarks.isArticleDescription(e)) {
            return Verdict.CONTENT;
        }
        if (hasBoilerplateRole(e) || CommentThreads.isThread(e)) {
            return Verdict.BOILERPLATE;
        }
        boolean content = false;
        boolean weak = !itemprop.isEmpty() && isAuthorProperty(itemprop);
        for (String value : names(e)) {
            List<String> tokens = tokens(value);
            if (tokens.isEmpty() || MODIFIERS.contains(tokens.get(0)) && tokens.size() > 1) {
                continue;
            }
            for (String t : tokens) {
                if (t.equals("print") && namesPrintedText(tokens)) {
                    continue;
                }
                if (BOILERPLATE_TOKENS.contains(t) || hasBoilerplatePrefix(t)) {
                    return Verdict.BOILERPLATE;
                }
                weak |= WEAK_TOKENS.contains(t) && (!HIDING_TOKENS.contains(t) || hidesTheElement(tokens));
                content |= CONTENT_TOKENS.contains(t);
            }
        }
        if (weak) {
            return Verdict.WEAK_BOILERPLATE;
        }
        return content ? Verdict.CONTENT : Verdict.NEUTRAL;
    }

    /**
     * Whether schema.org microdata marks the element as the article's author ({@code itemprop="author"}, also
     * creator or contributor): the byline, or the box about the author with a photo and a few lines of biography that
     * themes and plugins put after the post. It says so as plainly as an "author" class does.
     */
    private static boolean isAuthorProperty(String itemprop) {
        for (String p : itemprop.trim().split("\\s+")) {
            if (p.equalsIgnoreCase("author") || p.equalsIgnoreCase("creator") || p.equalsIgnoreCase("contributor")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a class value with "print" in it names the text that is printed ("print-step", "printable-text",
     * "print-content") rather than a print button or a box shown only in print ("print-link", "print-only").
     */
    private static boolean namesPrintedText(List<String> tokens) {
        for (String t : tokens) {
            if (t.equals("step") || t.equals("steps") || t.equals("instructions") || CONTENT_TOKENS.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the ARIA role marks navigation, complementary content, site header or footer, dialogs or search. */
    static boolean hasBoilerplateRole(Element e) {
        String role = e.attr("role");
        if (role.isEmpty()) {
            return false;
        }
        role = role.toLowerCase(Locale.ROOT);
        return role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
                || role.equals("banner") || role.equals("dialog") || role.equals("alertdialog")
                || role.equals("menu") || role.equals("menubar") || role.equals("search");
    }

    /**
     * Whether the element is boilerplate even for the lenient second look ({@link ContentStats#lenient}): a
     * boilerplate role, or a name of a comment thread, consent or sign-up box, pop-up, navigation, sidebar or footer.
     */
    static boolean isHardBoilerplate(Element e) {
        if (hasBoilerplateRole(e) || CommentThreads.isThread(e)) {
            return true;
        }
        for (String value : names(e)) {
            List<String> tokens = tokens(value);
            if (tokens.isEmpty() || MODIFIERS.contains(tokens.get(0)) && tokens.size() > 1) {
                continue;
            }
            for (String t : tokens) {
                if (HARD_TOKENS.contains(t) || CommentThreads.isCommentWord(t) || t.startsWith("newsletter")
                        || t.startsWith("subscri") || t.startsWith("cookie") || t.startsWith("navigat")
                        || t.startsWith("share") || t.startsWith("related") || t.startsWith("social")
                        || t.endsWith("modal") || t.endsWith("popup") || t.endsWith("overlay")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a class value with a hiding word hides the element itself ("hidden", "u-hidden", "visually-hidden")
     * rather than a part of it or only on some screens ("field--label-hidden" hides the field's label,
     * "hidden-xs" and "hide-for-small" hide on small screens only).
     */
    private static boolean hidesTheElement(List<String> tokens) {
        for (String t : tokens) {
            if (!HIDING_WORDS.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the names mark a cookie or consent notice. Such a notice never holds the article, whatever share of the
     * page's prose it has: under a post of a few short lines the notice can hold most of the page's sentences.
     */
    static boolean isConsentNotice(Element e) {
        for (String value : names(e)) {
            for (String t : tokens(value)) {
                if (t.startsWith("cookie") || t.equals("consent") || t.equals("gdpr")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the names mark a comment thread or a single comment. */
    static boolean isCommentArea(Element e) {
        for (String value : names(e)) {
            for (String t : tokens(value)) {
                if (CommentThreads.isCommentWord(t) || t.equals("disqus") || t.equals("respond") || t.equals("replies")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the names mark content explicitly (used as a tie-breaking bonus). */
    static boolean looksLikeArticleBody(Element e) {
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return true;
        }
        for (String value : names(e)) {
            List<String> tokens = tokens(value);
            boolean body = false;
            boolean article = false;
            for (String t : tokens) {
                body |= t.equals("body") || t.equals("content") || t.equals("text") || t.equals("articlebody")
                        || t.equals("storybody") || t.equals("copy") || t.equals("richtext");
                article |= t.equals("article") || t.equals("story") || t.equals("entry") || t.equals("post")
                        || t.equals("articlebody") || t.equals("storybody") || t.equals("blog") || t.equals("news");
            }
            if (body && article) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBoilerplatePrefix(String token) {
        if (token.length() < 6) {
            return false;
        }
        if (CommentThreads.isCommentWord(token)) {
            return true;
        }
        for (String p : BOILERPLATE_PREFIXES) {
            if (token.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Class and id values read per element, and the tag of a custom element (HTML requires a hyphen in those names).
     * Class names read per element: real elements carry a few, utility-class pages a few dozen; a page with thousands
     * (broken or hostile markup) must not cost thousands of strings each time the element is judged.
     */
    private static final int MAX_CLASS_NAMES = 64;

    static List<String> names(Element e) {
        List<String> values = new ArrayList<>(4);
        String classes = e.className();
        int start = -1;
        for (int i = 0; i <= classes.length() && values.size() < MAX_CLASS_NAMES; i++) {
            boolean space = i == classes.length() || Character.isWhitespace(classes.charAt(i));
            if (space && start >= 0) {
                values.add(classes.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            values.add(id);
        }
        String tag = e.normalName();
        if (tag.indexOf('-') > 0) {
            // A custom element's tag is named by its author as a class is ("pp-inline-teaser", "app-newsletter").
            values.add(tag);
        }
        return values;
    }

    /**
     * A class name made by CSS modules: file (component) name, local name and a five-character hash
     * ({@code BasePageLayout_Main__2pNav}, {@code ImageText_Description__l-wax}), as Next.js and Create React App build
     * them. The hash is random letters and digits and can spell anything ("2pNav", "adXyz").
     */
    private static final Pattern CSS_MODULE_NAME = Pattern.compile(
            "[A-Za-z][A-Za-z0-9-]*_[A-Za-z0-9-]+__([A-Za-z0-9_-]{5})");

    /**
     * Splits a class or id value into lower-case word tokens at punctuation, digits and camelCase humps; the hash of a
     * CSS-modules name is left out.
     */
    static List<String> tokens(String value) {
        List<String> out = new ArrayList<>(4);
        if (value.length() > 9 && value.charAt(value.length() - 6) == '_' && value.charAt(value.length() - 7) == '_') {
            Matcher m = CSS_MODULE_NAME.matcher(value);
            if (m.matches() && !m.group(1).chars().allMatch(Character::isLowerCase)) {
                value = value.substring(0, value.length() - 7);
            }
        }
        StringBuilder cur = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isLetter(c)) {
                flush(cur, out);
            } else {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                    flush(cur, out);
                }
                cur.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }
}
