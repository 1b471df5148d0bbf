package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Per-element sums over the text blocks below it: characters of prose and of everything else
 * ("junk"). Prose inside an element whose names or tag mark boilerplate counts as junk, unless that
 * element holds most of the page's prose (then the mark is more likely a layout class on a wrapper) and does not
 * lie where the page's own article marks say the article is not ({@link #mayWrapArticle}).
 */
final class ContentStats {

    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "menu", "header", "form");
    /**
     * The boilerplate tags that name what is beside an article, never a wrapper of a whole page: unlike {@code form}
     * (ASP.NET wraps every page in one) or {@code header}.
     */
    private static final Set<String> SIDE_TAGS = Set.of("nav", "aside", "footer", "menu");
    /** A boilerplate-marked element holding more than this share of all prose is trusted over its names. */
    private static final double DOMINANT_SHARE = 0.5;
    /** Weight of a non-prose block without links (table cell, subheading, label) against link junk. */
    private static final double NON_LINK_JUNK_FACTOR = 0.5;

    private final Map<Element, double[]> sums = new IdentityHashMap<>();
    private final Map<Element, ClassIdSignals.Verdict> verdicts = new IdentityHashMap<>();
    private final Map<Element, Double> rawProse = new IdentityHashMap<>();
    private final Map<Element, Boolean> neverTrusted = new IdentityHashMap<>();
    private final Element root;
    /**
     * The elements that hold what a page uses to say where its article is, each with all its ancestors: the first
     * non-empty h1 (the headline), the first {@code <main>} (or {@code role=main}), and the largest element that
     * schema.org markup declares the article ({@code itemprop=articleBody}, or an Article/BlogPosting type).
     */
    private final Set<Element> aroundArticleMarks = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * The elements that hold one of the page's article marks (headline, main, schema.org article, its only
     * {@code <article>}), each with its ancestors; empty when the page marks no article.
     */
    private final Set<Element> aroundArticle = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The marks that enclose the article's body (main, schema.org article, the only {@code <article>}), not the h1. */
    private final Set<Element> bodyMarks = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Those body marks with their ancestors. */
    private final Set<Element> aroundBodyMarks = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** Whether only hard boilerplate names count ({@link #lenient}). */
    private final boolean lenientNames;
    /** Elements whose text counts as junk: the containers of earlier looks that gave no article. */
    private final Set<Element> excluded;

    private ContentStats(Element root, boolean lenientNames, Set<Element> excluded) {
        this.root = root;
        this.lenientNames = lenientNames;
        this.excluded = excluded;
        ArticleMarks.Found found = ArticleMarks.find(root);
        List<Element> marks = new ArrayList<>(found.marks());
        marks.forEach(mark -> withAncestors(mark, aroundArticleMarks));
        if (found.soleArticle() != null) {
            marks.add(found.soleArticle());
        }
        for (Element mark : marks) {
            withAncestors(mark, aroundArticle);
            if (!mark.normalName().equals("h1")) {
                bodyMarks.add(mark);
                withAncestors(mark, aroundBodyMarks);
            }
        }
    }

    private void withAncestors(Element mark, Set<Element> into) {
        for (Element e = mark; e != null; e = e.parent()) {
            if (!into.add(e) || e == root) {
                break;
            }
        }
    }

    /**
     * Whether a boilerplate element that holds most of the page's prose may still be a wrapper around the article,
     * given where the page says its article is. A sidebar, menu or footer element ({@link #SIDE_TAGS}) must hold one
     * of the page's article marks: beside the marked article, or inside it, it is what its tag says, however much
     * teaser text it holds. An element named like boilerplate (names are often layout: "share-container",
     * "sidebar-and-content") must not lie apart from the marked article body: inside {@code <main>} or around it, it
     * may be the wrapper. A page without marks leaves both to the share of prose.
     */
    private boolean mayWrapArticle(Element e) {
        if (SIDE_TAGS.contains(e.normalName())) {
            return aroundArticle.isEmpty() || aroundArticle.contains(e);
        }
        if (bodyMarks.isEmpty() || aroundBodyMarks.contains(e)) {
            return true;
        }
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (bodyMarks.contains(p)) {
                return true;
            }
            if (p == root) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether the element is marked boilerplate (tag or names) and lies where the page's article marks say the article
     * is not ({@link #mayWrapArticle}): its prose is no article text to any view of the page.
     */
    boolean isBesideMarkedArticle(Element e) {
        return isBoilerplate(e) && !mayWrapArticle(e);
    }

    /** Computes the sums for every element under {@code root} that holds text. */
    static ContentStats of(Element root, List<TextBlock> blocks) {
        return compute(new ContentStats(root, false, Set.of()), blocks);
    }

    /**
     * The sums for a second look at a page whose first look gave no article: class/id names count as boilerplate
     * only when they are hard ones ({@link ClassIdSignals#isHardBoilerplate}: comments, consent and sign-up boxes,
     * navigation, sidebars, footers), and the text under {@code excluded} (the containers of earlier looks; the root
     * and nulls are ignored) is junk. A page whose prose all sits under names like "print", "podcast" or "promoted"
     * has its article there, and a container that gave nothing (a teaser list whose items were then pruned) is the
     * wrong one.
     */
    static ContentStats lenient(Element root, List<TextBlock> blocks, List<Element> excluded) {
        Set<Element> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : excluded) {
            if (e != null && e != root) {
                out.add(e);
            }
        }
        return compute(new ContentStats(root, true, out), blocks);
    }

    private static ContentStats compute(ContentStats s, List<TextBlock> blocks) {
        Element root = s.root;
        for (TextBlock b : blocks) {
            if (s.counts(b)) {
                for (Element e = b.owner(); e != null; e = e.parent()) {
                    s.rawProse.merge(e, (double) b.chars(), Double::sum);
                    if (e == root) {
                        break;
                    }
                }
            }
        }
        double total = s.rawProse.getOrDefault(root, 0.0);
        for (TextBlock b : blocks) {
            boolean suspect = !s.excluded.isEmpty() && b.isProse() && !s.counts(b);
            for (Element e = b.owner(); !suspect && b.isProse() && e != null && e != root; e = e.parent()) {
                if (s.isBoilerplate(e) && (s.rawProse.getOrDefault(e, 0.0) < DOMINANT_SHARE * total
                        || s.isNeverTrusted(e) || !s.mayWrapArticle(e))) {
                    suspect = true;
                    break;
                }
            }
            boolean prose = b.isProse() && !suspect;
            // Labels, cells and list items without links are cheap junk; link lists and suspect prose are not.
            // (Only prose needs the ancestor check: other blocks are junk wherever they sit.)
            double junkWeight = prose ? 0 : suspect || b.linkDensity() > 0.5 ? b.chars() : NON_LINK_JUNK_FACTOR * b.chars();
            for (Element e = b.owner(); e != null; e = e.parent()) {
                double[] v = s.sums.computeIfAbsent(e, k -> new double[3]);
                if (prose) {
                    v[0] += b.chars();
                } else {
                    v[1] += junkWeight;
                }
                v[2] += b.linkChars();
                if (e == root) {
                    break;
                }
            }
        }
        return s;
    }

    /** Whether the block's prose counts (it is prose, outside the excluded element). */
    private boolean counts(TextBlock b) {
        if (!b.isProse()) {
            return false;
        }
        if (!excluded.isEmpty()) {
            for (Element e = b.owner(); e != null; e = e.parent()) {
                if (excluded.contains(e)) {
                    return false;
                }
                if (e == root) {
                    break;
                }
            }
        }
        return true;
    }

    static boolean isBoilerplateTag(String name) {
        return BOILERPLATE_TAGS.contains(name);
    }

    /**
     * Whether the element is boilerplate whatever the page's prose says: a boilerplate tag other than {@code header}
     * (an article's header holds its headline and lead) or hard boilerplate names
     * ({@link ClassIdSignals#isHardBoilerplate}).
     */
    static boolean isHardBoilerplateElement(Element e) {
        String name = e.normalName();
        return !name.equals("header") && isBoilerplateTag(name) || ClassIdSignals.isHardBoilerplate(e);
    }

    /**
     * Whether the element is a consent notice or a comment thread, boilerplate whatever share of the prose it holds;
     * asked once per element, though every prose block below asks.
     */
    private boolean isNeverTrusted(Element e) {
        return neverTrusted.computeIfAbsent(e, k -> ClassIdSignals.isConsentNotice(k) || CommentThreads.isThread(k));
    }

    /** Whether names or tag mark the element as boilerplate. */
    boolean isBoilerplate(Element e) {
        return BOILERPLATE_TAGS.contains(e.normalName()) || verdict(e) == ClassIdSignals.Verdict.BOILERPLATE;
    }

    /**
     * The element's class/id verdict, except that names never make boilerplate (weak or not) of an element holding the
     * page's headline, main element or schema.org article: sidebars, footers, pop-ups, bylines and captions hold none
     * of them, so such names there describe layout ("sidebar_right" on a wrapper, a "promoted" flag on the article, an
     * "article__header" around the headline and the lead) rather than the element.
     */
    ClassIdSignals.Verdict verdict(Element e) {
        return verdicts.computeIfAbsent(e, k -> {
            ClassIdSignals.Verdict v = ClassIdSignals.judge(k);
            if (v == ClassIdSignals.Verdict.WEAK_BOILERPLATE) {
                // A byline, caption or meta box never holds the headline: an article's header named "header" or
                // "meta" around the h1 holds its lead too.
                return aroundArticleMarks.contains(k) ? ClassIdSignals.Verdict.NEUTRAL : v;
            }
            if (v != ClassIdSignals.Verdict.BOILERPLATE) {
                return v;
            }
            if (aroundArticleMarks.contains(k) && !ClassIdSignals.hasBoilerplateRole(k)
                    || lenientNames && !ClassIdSignals.isHardBoilerplate(k)) {
                return ClassIdSignals.Verdict.NEUTRAL;
            }
            return v;
        });
    }

    double prose(Element e) {
        double[] v = sums.get(e);
        return v == null ? 0 : v[0];
    }

    double junk(Element e) {
        double[] v = sums.get(e);
        return v == null ? 0 : v[1];
    }

    double links(Element e) {
        double[] v = sums.get(e);
        return v == null ? 0 : v[2];
    }

    /** Elements with any counted text. */
    Set<Element> elements() {
        return sums.keySet();
    }

    Element root() {
        return root;
    }
}
