package dev.storybrief.ingest.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Removes the small box that asks the reader to agree before something is shown: a placeholder for an embedded post or
 * video ("External content ... I agree that this content is shown to me and my data passed on", then "Agree and load
 * content"), a terms gate. Such a box is built from a checkbox whose label is a sentence (a statement the reader signs,
 * not the short title of a toggle or an accordion item) and a button that acts on it, outside any form; the box is the
 * highest element around the checkbox with at most {@link #MAX_BOX_WORDS} words ({@link FormBoxes#boxOf}), short of
 * the element that holds the headline. Runs before the controls are cleaned away, as {@link FormBoxes} does.
 */
final class AgreementBoxes {

    /** A heading, an explanation of two or three sentences, the statement and the button's words. */
    static final int MAX_BOX_WORDS = 120;
    /** Fewest words of a label that states an agreement rather than names a toggle. */
    static final int MIN_STATEMENT_WORDS = 8;

    private AgreementBoxes() {
    }

    /** Removes the box of every checkbox of {@code checkboxes} (below {@code root}) that asks for an agreement. */
    static void remove(List<Element> checkboxes, Element root, RemovalLog log) {
        // A checkbox in a form goes with the form, which counts as boilerplate by its tag.
        FormBoxes.removeBoxes(checkboxes, root, MAX_BOX_WORDS, checkbox -> checkbox.closest("form") == null,
                box -> hasButton(box) && hasStatement(box),
                "box asking the reader to agree (checkbox with a statement and a button)", log);
    }

    private static boolean hasButton(Element box) {
        if (!box.getElementsByTag("button").isEmpty()) {
            return true;
        }
        for (Element input : box.getElementsByTag("input")) {
            String type = input.attr("type");
            if (type.equalsIgnoreCase("button") || type.equalsIgnoreCase("submit")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasStatement(Element box) {
        for (Element label : box.getElementsByTag("label")) {
            if (HtmlArticleExtractor.wordCount(List.of(label.text())) >= MIN_STATEMENT_WORDS) {
                return true;
            }
        }
        return false;
    }
}
