package dev.storybrief.ingest.html;

import org.jsoup.nodes.Element;

/**
 * An article written as a series of boxes of one kind. Content management systems build a page from content
 * elements of the same markup ({@code <div class="content-element text">} after {@code <div class="content-element
 * text">}), and a long page may fold its sections into panels of one kind (several {@code <ul class="accordion">}
 * under their headings). The scoring picks the box with the most prose, and the others, with the headings between
 * them, are lost. When the chosen container has a sibling of the same tag and the same class names that holds prose
 * too, the article is their series, and their parent is the container. A box whose class names are empty is no
 * evidence: bare {@code div}s beside each other say nothing of one kind.
 */
final class SiblingSections {

    private SiblingSections() {
    }

    /** The container's parent when a sibling of the same kind holds prose, else the container itself. */
    static Element widen(Element container, Element root, ContentStats stats) {
        Element parent = container.parent();
        String names = container.className();
        if (parent == null || container == root || parent == root || names.isBlank()) {
            return container;
        }
        for (Element s : parent.children()) {
            if (s != container && s.normalName().equals(container.normalName()) && s.className().equals(names)
                    && stats.prose(s) > 0) {
                return parent;
            }
        }
        return container;
    }
}
