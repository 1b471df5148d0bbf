package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Recognises a list of excerpts of other pages: each item a linked title and the start of that page's text, cut off
 * with an ellipsis ("micropolitics — noun The use of formal and informal power … Wiktionary"). An author's own list
 * items end their sentences; text cut mid-sentence, item after item, was cut by a template showing other pages.
 */
final class ExcerptLists {

    /** A series: two cut items may be an author's trailing-off list. */
    static final int MIN_ITEMS = 3;
    /** Share of the items that must be cut excerpts with a link. */
    static final double MIN_SHARE = 2.0 / 3;
    /** An ellipsis at the end, or before at most two words naming the source ("… Wikipedia"). */
    private static final Pattern CUT = Pattern.compile("(…|\\.\\.\\.)\\s*(\\[…\\]|\\[\\.\\.\\.\\])?(\\s+\\S+){0,2}\\s*$");

    private static final Evaluator LINK = QueryParser.parse("a[href]");

    private ExcerptLists() {
    }

    /** Whether {@code list} (a {@code ul} or {@code ol}) is a list of excerpts of other pages. */
    static boolean isExcerptList(Element list) {
        List<Element> items = new ArrayList<>();
        for (Element child : list.children()) {
            if (child.normalName().equals("li")) {
                items.add(child);
            }
        }
        double needed = Math.max(MIN_ITEMS, MIN_SHARE * items.size());
        int cut = 0;
        for (int i = 0; i < items.size(); i++) {
            // a menu's items end in no ellipsis: stop reading texts once the rest could not make the share
            if (cut + items.size() - i < needed) {
                return false;
            }
            Element item = items.get(i);
            if (item.selectFirst(LINK) != null && CUT.matcher(item.text()).find()) {
                cut++;
            }
        }
        return cut >= needed;
    }
}
