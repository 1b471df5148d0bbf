package dev.storybrief.ingest.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Recognises a box the page shows over itself (a pop-up with shipping terms, a notice, a sign-up layer) by how it is
 * built rather than by its name: among its first children is a control that closes it ("close" in the control's
 * names, an ARIA label saying close, or a lone "×"). Article text is never closed away, so the box goes whatever it is
 * named, unless it is the page's body, main element or article or holds the headline. Read before the cleaner drops
 * buttons, which most close controls are.
 */
final class DialogBoxes {

    /** A close control comes first or nearly so (before or after the box's heading). */
    private static final int CHILDREN_LOOKED_AT = 3;
    private static final List<String> CLOSE_WORDS = List.of("close", "schließen", "schliessen", "fermer", "zamknij",
            "cerrar", "chiudi", "sluiten");

    private static final Set<String> CONTROL_TAGS = Set.of("button", "a", "span", "div", "i", "p");
    private static final Set<String> ICON_TAGS = Set.of("i", "span", "svg", "img", "b", "strong", "em", "small");
    private static final int MAX_CONTROL_CHARS = 24;

    private DialogBoxes() {
    }

    /** The box that {@code e} closes, or null when {@code e} is no close control or its box may hold the article. */
    static Element closedBy(Element e, Element root) {
        // The control test comes first: it rules out almost every element at once, and a sibling index costs a scan.
        if (!isCloseControl(e) || e.elementSiblingIndex() >= CHILDREN_LOOKED_AT) {
            return null;
        }
        Element box = e.parent();
        if (box == null || box == root) {
            return null;
        }
        String name = box.normalName();
        if (name.equals("body") || name.equals("html") || name.equals("main") || name.equals("article")
                || !box.getElementsByTag("h1").isEmpty()) {
            return null;
        }
        return box;
    }

    /**
     * A control: a button, link or small box with at most an icon inside ({@code <i>}, {@code <span>}, {@code <svg>})
     * and at most a few words ("Close [X]"). A section or a box around a player named "close-btn" for its layout is
     * none.
     */
    static boolean isCloseControl(Element c) {
        // Every element of the page passes here: the cheap tests come first, and jsoup's element-children lists
        // (built and cached per element on first use) are asked for only by the few named candidates.
        if (!CONTROL_TAGS.contains(c.normalName())) {
            return false;
        }
        String classes = c.className();
        boolean maybeNamed = classes.length() >= 5 && (classes.indexOf("close") >= 0 || classes.indexOf("Close") >= 0
                || classes.indexOf("CLOSE") >= 0) || c.hasAttr("aria-label");
        if (!maybeNamed) {
            if (c.childNodeSize() != 1 || !(c.childNode(0) instanceof TextNode t) || t.getWholeText().length() > 8) {
                return false;
            }
            String text = t.getWholeText().strip();
            return text.equals("\u00D7") || text.equals("\u2715") || text.equals("\u2716");
        }
        if (c.childrenSize() > 2) {
            return false;
        }
        for (int i = 0; i < c.childrenSize(); i++) {
            Element child = c.child(i);
            if (!ICON_TAGS.contains(child.normalName()) || child.childrenSize() > 1) {
                return false;
            }
        }
        boolean named = hasCloseName(c);
        if (!named && c.hasAttr("aria-label")) {
            String label = c.attr("aria-label").toLowerCase(Locale.ROOT);
            named = CLOSE_WORDS.stream().anyMatch(label::startsWith);
        }
        return named && c.text().length() <= MAX_CONTROL_CHARS;
    }

    private static boolean hasCloseName(Element c) {
        if (!c.className().toLowerCase(Locale.ROOT).contains("close")) {
            return false;
        }
        for (String value : c.classNames()) {
            for (String t : ClassIdSignals.tokens(value)) {
                if (t.equals("close")) {
                    return true;
                }
            }
        }
        return false;
    }
}
