package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;

/**
 * Finds the article paragraphs of a parsed page, trying strategies in turn: the scored container
 * (the main path); when that gives too little, a second look at a fresh copy of the page that trusts only hard
 * boilerplate names and leaves out the first container ({@link ContentStats#lenient}); then an element the page
 * itself marks as the article body (for articles made of tables or lists rather than prose), then the JSON-LD
 * {@code articleBody} (or a HowTo's or Recipe's description and steps). A fallback replaces the main result only when the main result is thin and the fallback
 * holds clearly more words. Before any of these, a second, independent view ({@link SecondOpinion}) may overrule the
 * container when the blocks it rates as article text lie mostly outside it.
 */
final class ArticleBodyFinder {

    /** Looks at a page that gives too little: the first, then up to two more each leaving out earlier containers. */
    private static final int LOOKS = 3;

    private final int minArticleWords;

    ArticleBodyFinder(int minArticleWords) {
        this.minArticleWords = minArticleWords;
    }

    /**
     * The paragraphs of the page under {@code root}; {@code freshRoot} gives the same page parsed anew (called only
     * when the first look finds too little, since the first look prunes its tree).
     */
    List<String> find(Element root, Supplier<Element> freshRoot, JsonLdFacts jsonLd, PageMetadata meta,
            RemovalLog log) {
        DomCleaner.clean(root, log);
        List<TextBlock> blocks = BlockSegmenter.segment(root);
        ContentStats stats = ContentStats.of(root, blocks);
        Element container = SiblingSections.widen(ContainerLocator.locate(stats), root, stats);
        int[] containerPath = pathOf(root, container);
        List<TextBlock> lead = LeadFinder.lead(blocks, container, meta.title(), meta.author());
        logOutside(blocks, container, lead, log);
        List<TextBlock> overruled = SecondOpinion.overrule(blocks, root, container, lead, stats);
        TextBlock standfirst = DeclaredStandfirst.find(blocks, container, meta.descriptions(), meta.title(),
                meta.author());
        List<String> paragraphs = fromContainer(container, stats, meta, log);
        List<TextBlock> withStandfirst = DeclaredStandfirst.withStandfirst(lead, standfirst, blocks,
                paragraphs);
        if (withStandfirst != lead) {
            log.note("the block showing the page's declared description is its standfirst: kept, \""
                    + RemovalLog.snippet(standfirst.text()) + "\"");
            lead = withStandfirst;
        }
        int words = HtmlArticleExtractor.wordCount(paragraphs);
        if (overruled != null) {
            List<String> second = ParagraphFilter.allParagraphs(overruled, meta.title(), meta.author(), log);
            int secondWords = HtmlArticleExtractor.wordCount(second);
            if (secondWords > words) {
                log.note("the container holds less than half of the text rated as article text by its length, links"
                        + " and function words: used those blocks instead (" + secondWords + " words, not " + words + ")");
                return second;
            }
        }
        if (words >= minArticleWords) {
            return withLead(lead, withRecipeParts(blocks, container, paragraphs, jsonLd, meta, log));
        }
        List<int[]> failedPaths = new ArrayList<>();
        failedPaths.add(containerPath);
        for (int look = 1; look < LOOKS && freshRoot != null && words < minArticleWords; look++) {
            Element fresh = freshRoot.get();
            DomCleaner.clean(fresh, new RemovalLog());
            List<TextBlock> freshBlocks = BlockSegmenter.segment(fresh);
            List<Element> failed = new ArrayList<>();
            failedPaths.forEach(p -> failed.add(at(fresh, p)));
            ContentStats lenient = ContentStats.lenient(fresh, freshBlocks, failed);
            Element other = ContainerLocator.locate(lenient);
            failedPaths.add(pathOf(fresh, other));
            RemovalLog second = new RemovalLog();
            second.note("article container: " + RemovalLog.describe(other));
            List<String> fromOther = fromContainer(other, lenient, meta, second);
            int otherWords = HtmlArticleExtractor.wordCount(fromOther);
            if (otherWords > words && otherWords >= minArticleWords) {
                log.note("little prose found (" + words + " words): look " + (look + 1) + " trusting only hard"
                        + " boilerplate names and leaving out the earlier containers");
                second.entries().forEach(log::note);
                root = fresh;
                container = other;
                stats = lenient;
                paragraphs = fromOther;
                words = otherWords;
            }
        }
        if (words >= minArticleWords) {
            return paragraphs;
        }
        Element marked = markedBody(root, container);
        if (marked != null) {
            BoilerplatePruner.prune(marked, stats, log);
            List<String> fromMarked = ParagraphFilter.allParagraphs(BlockSegmenter.segment(marked), meta.title(),
                    meta.author(), log);
            int markedWords = HtmlArticleExtractor.wordCount(fromMarked);
            if (markedWords > Math.max(words, minArticleWords / 2) * 2) {
                log.note("little prose found (" + words + " words): used the element marked as article body, "
                        + RemovalLog.describe(marked));
                paragraphs = fromMarked;
                words = markedWords;
            }
        }
        String jsonBody = jsonLd.articleBody();
        if (jsonBody != null && words < minArticleWords
                && HtmlArticleExtractor.wordCount(List.of(jsonBody)) > 2 * Math.max(words, minArticleWords / 2)) {
            log.note("little prose found (" + words + " words): used JSON-LD articleBody");
            return splitParagraphs(jsonBody);
        }
        return paragraphs;
    }

    private static List<String> fromContainer(Element container, ContentStats stats, PageMetadata meta,
            RemovalLog log) {
        List<Element> run = ParagraphRun.around(container, stats);
        if (run.size() > 1) {
            log.note("the container is one paragraph: read with the paragraphs beside it (" + run.size() + " in all)");
        }
        List<TextBlock> blocks = new ArrayList<>();
        for (Element p : run) {
            BoilerplatePruner.prune(p, stats, log);
            blocks.addAll(BlockSegmenter.segment(p));
        }
        return ParagraphFilter.paragraphs(blocks, meta.title(), meta.author(), log);
    }

    /** Child indexes leading from {@code root} down to {@code e} (empty when {@code e} is {@code root}). */
    static int[] pathOf(Element root, Element e) {
        int depth = 0;
        for (Element p = e; p != null && p != root; p = p.parent()) {
            depth++;
        }
        int[] path = new int[depth];
        Element p = e;
        for (int i = depth - 1; i >= 0; i--) {
            path[i] = p.elementSiblingIndex();
            p = p.parent();
        }
        return path;
    }

    /** The element at {@code path} below {@code root}, or null when the tree has no such element. */
    static Element at(Element root, int[] path) {
        Element e = root;
        for (int index : path) {
            if (index >= e.childrenSize()) {
                return null;
            }
            e = e.child(index);
        }
        return e;
    }

    /**
     * The body with the recipe's ingredient list and its steps ({@link RecipeIngredients}, read from the page's
     * schema.org Recipe or HowTo) each in front, or after it when the box follows the container on the page; the body
     * alone when nothing is missing.
     */
    private static List<String> withRecipeParts(List<TextBlock> blocks, Element container, List<String> paragraphs,
            JsonLdFacts jsonLd, PageMetadata meta, RemovalLog log) {
        List<String> out = withDeclared(blocks, container, paragraphs, jsonLd.ingredients(), "ingredients", meta, log);
        return withDeclared(blocks, container, out, jsonLd.steps(), "steps", meta, log);
    }

    private static List<String> withDeclared(List<TextBlock> blocks, Element container, List<String> paragraphs,
            List<String> declared, String what, PageMetadata meta, RemovalLog log) {
        List<TextBlock> box = RecipeIngredients.missing(blocks, container, paragraphs, declared);
        if (box.isEmpty()) {
            return paragraphs;
        }
        List<String> parts = ParagraphFilter.allParagraphs(box, meta.title(), meta.author(), log);
        log.note("the page's Recipe or HowTo lists " + what + " the container leaves out: kept their box, "
                + RemovalLog.describe(box.get(0).owner()));
        List<String> out = new ArrayList<>(paragraphs.size() + parts.size());
        boolean before = blocks.indexOf(box.get(0)) < firstInside(blocks, container);
        if (!before) {
            out.addAll(paragraphs);
        }
        out.addAll(parts);
        if (before) {
            out.addAll(paragraphs);
        }
        return out;
    }

    private static int firstInside(List<TextBlock> blocks, Element container) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).owner() == container || ContainerLocator.isAncestor(container, blocks.get(i).owner())) {
                return i;
            }
        }
        return blocks.size();
    }

    /** The lead's paragraphs before the body's, unless the body already starts with them. */
    private static List<String> withLead(List<TextBlock> lead, List<String> paragraphs) {
        if (lead.isEmpty()) {
            return paragraphs;
        }
        List<String> out = new ArrayList<>(lead.size() + paragraphs.size());
        for (TextBlock b : lead) {
            if (!paragraphs.contains(b.text())) {
                out.add(b.text());
            }
        }
        out.addAll(paragraphs);
        return out;
    }

    /** Notes the container and every text block the container leaves out (the lead is kept, not left out). */
    private static void logOutside(List<TextBlock> blocks, Element container, List<TextBlock> lead, RemovalLog log) {
        log.note("article container: " + RemovalLog.describe(container));
        for (TextBlock b : lead) {
            log.note("lead before the container kept: \"" + RemovalLog.snippet(b.text()) + "\"");
        }
        for (TextBlock b : blocks) {
            if (!ContainerLocator.isAncestor(container, b.owner()) && b.owner() != container && !lead.contains(b)) {
                log.text(b.text(), "outside the article container");
            }
        }
    }

    /** The largest element marked as article body by microdata or by its names, other than the container. */
    private static Element markedBody(Element root, Element container) {
        Element best = null;
        int bestLength = 0;
        for (Element e : root.getAllElements()) {
            if (e == container || !(e.attr("itemprop").equalsIgnoreCase("articleBody")
                    || ClassIdSignals.looksLikeArticleBody(e))) {
                continue;
            }
            int length = e.text().length();
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return best;
    }

    /** The paragraphs of a declared body: its blank lines or line breaks part them. */
    static List<String> splitParagraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n|\\r?\\n")) {
            String t = TextNormalizer.collapse(p);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
