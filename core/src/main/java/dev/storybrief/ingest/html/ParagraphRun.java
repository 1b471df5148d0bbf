package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The paragraphs written together with a container that is one paragraph. An author's text is a run of sibling
 * {@code <p>} elements; when only one of them is long enough to count as prose (a short post of dialogue lines, a
 * company entry's description followed by its name and address lines), the scoring picks that one paragraph and the
 * rest of the text is lost. The run is the paragraph with the {@code <p>} siblings right before and after it, up to
 * the first sibling of another kind (a heading, a figure, a widget's box): the page's own boundary of that text.
 * Siblings whose names mark boilerplate or a byline/meta line stop the run as well.
 */
final class ParagraphRun {

    private ParagraphRun() {
    }

    /** The run around {@code container} when it is a paragraph, in page order; else just {@code container}. */
    static List<Element> around(Element container, ContentStats stats) {
        Element parent = container.parent();
        if (!container.normalName().equals("p") || parent == null) {
            return List.of(container);
        }
        List<Element> before = new ArrayList<>();
        for (Element s = container.previousElementSibling(); isRunParagraph(s, stats); s = s.previousElementSibling()) {
            before.add(0, s);
        }
        List<Element> run = new ArrayList<>(before);
        run.add(container);
        for (Element s = container.nextElementSibling(); isRunParagraph(s, stats); s = s.nextElementSibling()) {
            run.add(s);
        }
        return run;
    }

    private static boolean isRunParagraph(Element e, ContentStats stats) {
        if (e == null || !e.normalName().equals("p")) {
            return false;
        }
        ClassIdSignals.Verdict v = stats.verdict(e);
        return v != ClassIdSignals.Verdict.BOILERPLATE && v != ClassIdSignals.Verdict.WEAK_BOILERPLATE;
    }
}
