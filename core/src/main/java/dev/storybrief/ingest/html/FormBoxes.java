package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes the small box around a form that asks for the reader's e-mail address or password: a sign-up, log-in or
 * subscription form comes with a few lines that ask for it ("Pour lire la suite, créez votre compte", "Never miss a
 * story: sign up"), written as sentences, in the same box as the form. Articles do not hold such forms, so the box is
 * the form's: the highest element around the form whose text stays within {@link #MAX_BOX_WORDS} words, short of the
 * element that holds the page's headline. The form itself already counts as boilerplate by its tag; this takes its
 * appeal with it. Runs before the form's controls are cleaned away.
 */
final class FormBoxes {

    /** An appeal box holds a heading and a sentence or two besides the form's labels. */
    static final int MAX_BOX_WORDS = 60;
    /** Forms (or other controls) looked at per page; a page of hundreds of forms (a table of buttons) gains nothing from more. */
    private static final int MAX_FORMS = 32;

    private FormBoxes() {
    }

    /** Removes the box of every form of {@code forms} (below {@code root}) that asks for an e-mail address or password. */
    static void remove(List<Element> forms, Element root, RemovalLog log) {
        removeBoxes(forms, root, MAX_BOX_WORDS, FormBoxes::asksForAccount, box -> true,
                "box of a sign-up or log-in form", log);
    }

    /**
     * Removes the box ({@link #boxOf}, at most {@code maxWords} words) of each of the first {@link #MAX_FORMS} controls
     * that {@code asks}, when the box {@code fits}; every box is found before any goes.
     */
    static void removeBoxes(List<Element> controls, Element root, int maxWords, Predicate<Element> asks,
            Predicate<Element> fits, String reason, RemovalLog log) {
        List<Element> boxes = new ArrayList<>();
        int seen = 0;
        for (Element control : controls) {
            if (seen++ >= MAX_FORMS) {
                break;
            }
            if (asks.test(control)) {
                Element box = boxOf(control, root, maxWords);
                if (box != null && fits.test(box)) {
                    boxes.add(box);
                }
            }
        }
        for (Element box : boxes) {
            if (box.parent() != null && root.ownerDocument() == box.ownerDocument()) {
                log.element(box, reason);
                box.remove();
            }
        }
    }

    /**
     * Whether the form asks for the reader's address or password (sign-up, log-in, subscription): calculators, ratings
     * and filters inside an article (a recipe's servings, stars) ask for neither.
     */
    static boolean asksForAccount(Element form) {
        for (Element input : form.getElementsByTag("input")) {
            String type = input.attr("type");
            if (type.equalsIgnoreCase("email") || type.equalsIgnoreCase("password")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The highest element from the form's parent up whose text has at most {@link #MAX_BOX_WORDS} words and holds no
     * h1, below {@code root}; null when the form's own parent is already larger (the form sits among the article's
     * paragraphs, and only the form goes).
     */
    static Element boxOf(Element form, Element root) {
        return boxOf(form, root, MAX_BOX_WORDS);
    }

    /**
     * The highest element from {@code control}'s parent up whose text has at most {@code maxWords} words and holds no
     * h1, below {@code root} and short of the body, main element or article; null when the parent is already larger.
     */
    static Element boxOf(Element control, Element root, int maxWords) {
        Element box = null;
        for (Element e = control.parent(); e != null && e != root; e = e.parent()) {
            String name = e.normalName();
            if (name.equals("body") || name.equals("main") || name.equals("article") || name.equals("html")
                    || wordsAtMost(e, maxWords) < 0 || !e.getElementsByTag("h1").isEmpty()) {
                break;
            }
            box = e;
        }
        return box;
    }

    /** The words of {@code e}'s text, or -1 as soon as there are more than {@code max}. */
    private static int wordsAtMost(Element e, int max) {
        int[] words = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    words[0] += HtmlArticleExtractor.wordCount(List.of(t.getWholeText()));
                    if (words[0] > max) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return words[0] > max ? -1 : words[0];
    }
}
