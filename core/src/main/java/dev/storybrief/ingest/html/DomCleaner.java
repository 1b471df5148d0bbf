package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The first, unconditional clean-up of a parsed page: elements that can never hold article text
 * (embeds, media, form controls, figures and their captions) and elements the page hides from readers; before the
 * controls go, the small box around a form takes its appeal with it ({@link FormBoxes}), so does a box asking the
 * reader to agree before something loads ({@link AgreementBoxes}), and a box with a control
 * that closes it goes as a pop-up ({@link DialogBoxes}). A gallery's figures whose captions tell the article
 * ({@link GalleryFigures}) keep their captions, a bracketed link after a paragraph's last sentence goes
 * ({@link BracketedLinks}), and so does a list of other pages' excerpts cut with an ellipsis ({@link ExcerptLists}).
 */
final class DomCleaner {

    private static final Set<String> NON_TEXT_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "frame", "frameset",
            "object", "embed", "applet", "video", "audio", "source", "track", "map", "area", "img", "picture",
            "button", "input", "select", "option", "optgroup", "textarea", "datalist", "output", "progress",
            "meter", "figure", "figcaption", "dialog", "link", "meta", "base");

    private DomCleaner() {
    }

    /** Removes non-text and hidden elements below {@code root}. */
    static void clean(Element root, RemovalLog log) {
        // before the widget rules see an embedded post's class names: the post is the story's
        PostEmbeds.readAsQuotes(root, log);
        List<Element> doomed = new ArrayList<>();
        List<Element> forms = new ArrayList<>();
        List<Element> dialogs = new ArrayList<>();
        List<Element> checkboxes = new ArrayList<>();
        List<Element> figures = new ArrayList<>();
        List<Element> links = new ArrayList<>();
        List<Element> excerpts = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root) {
                continue;
            }
            Element closed = DialogBoxes.closedBy(e, root);
            if (closed != null) {
                dialogs.add(closed);
            }
            String name = e.normalName();
            if (name.equals("form")) {
                forms.add(e);
            } else if (name.equals("input") && e.attr("type").equalsIgnoreCase("checkbox")) {
                checkboxes.add(e);
            } else if (name.equals("figure")) {
                figures.add(e);
            } else if (name.equals("a")) {
                links.add(e);
            } else if ((name.equals("ul") || name.equals("ol")) && ExcerptLists.isExcerptList(e)) {
                excerpts.add(e);
            }
            if (NON_TEXT_TAGS.contains(name)) {
                doomed.add(e);
            } else if (isHidden(e)) {
                doomed.add(e);
            }
        }
        ArchiveWrappers.remove(root, log);
        // Forms' boxes first: once the controls are gone, nothing tells an appeal box from a short paragraph.
        FormBoxes.remove(forms, root, log);
        AgreementBoxes.remove(checkboxes, root, log);
        for (Element box : dialogs) {
            if (box.parent() != null) {
                log.element(box, "box with a control that closes it (pop-up)");
                box.remove();
            }
        }
        for (Element list : excerpts) {
            if (list.parent() != null) {
                log.element(list, "list of excerpts of other pages (items cut with an ellipsis)");
                list.remove();
            }
        }
        for (Element link : links) {
            if (link.parent() != null && BracketedLinks.removeIfPointer(link)) {
                log.note("bracketed link after a paragraph: \"" + RemovalLog.snippet(link.text()) + "\"");
            }
        }
        // A gallery's figures hold its text: each is read as a plain box of its caption's paragraphs, its media go.
        Set<Element> told = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element figure : GalleryFigures.told(figures)) {
            if (!isHidden(figure)) {
                told.add(figure);
                told.addAll(GalleryFigures.readAsText(figure));
            }
        }
        for (Element e : doomed) {
            if (told.contains(e)) {
                continue;
            }
            if (e.parent() == null || e.ownerDocument() == null && root.ownerDocument() != null) {
                // Already gone with a removed ancestor.
                continue;
            }
            if (!NON_TEXT_TAGS.contains(e.normalName()) || e.normalName().equals("figure")
                    || e.normalName().equals("figcaption") || e.normalName().equals("dialog")) {
                log.element(e, NON_TEXT_TAGS.contains(e.normalName()) ? "figure/caption/dialog" : "hidden");
            }
            e.remove();
        }
    }

    /** Hidden by attribute or inline style; such text is not what a reader sees. */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
