package dev.storybrief.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Which tables of one page are data tables: two rows or more, one cell of figures ("14,210", "35.1%", "$84,000"). A
 * table of buttons or a layout table has no such cell, and its short cells may be labels; a data table's short cells
 * ("Share" heading a column of vote shares) are its data. Each table is read once per page, however many of its cells
 * ask (a table of ten thousand cells asked by each read it ten thousand times), and only its own rows and cells: a
 * table nested in a cell is a table of its own, so a page of tables nested thousands deep is read once in all, not once
 * per level. A cell's text is read only as far as a figure may go.
 */
final class DataTables {

    /** The rows of a data table a cell's table holds at least: a heading row and a row of figures. */
    private static final int DATA_ROWS = 2;
    /** A data cell: figures, perhaps with a sign or a unit ("14,210", "35.1%", "-2.5", "$84,000"). */
    private static final Pattern FIGURE_CELL = Pattern.compile("^[-+−–$€£]?\\s?\\d[\\d.,\\s]{0,15}%?$");
    /** Characters of a cell read at most: a figure cell is far shorter, so a longer cell is no figure. */
    private static final int FIGURE_CHARS = 40;

    private final Map<Element, Boolean> verdicts = new IdentityHashMap<>();

    /** Whether {@code cell} sits in a data table (its closest enclosing table). */
    boolean holds(Element cell) {
        Element table = cell;
        while (table != null && !table.normalName().equals("table")) {
            table = table.parent();
        }
        return table != null && verdicts.computeIfAbsent(table, DataTables::isDataTable);
    }

    /** One walk of the table's own rows and cells, nested tables left out; stops once both marks are found. */
    private static boolean isDataTable(Element table) {
        int[] rows = {0};
        boolean[] figure = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == table) {
                    return FilterResult.CONTINUE;
                }
                switch (e.normalName()) {
                    case "table" -> {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    case "tr" -> rows[0]++;
                    case "td" -> {
                        figure[0] |= isFigure(e);
                        // a cell's rows are a nested table's, never this one's
                        return rows[0] >= DATA_ROWS && figure[0] ? FilterResult.STOP : FilterResult.SKIP_ENTIRELY;
                    }
                    default -> {
                    }
                }
                return rows[0] >= DATA_ROWS && figure[0] ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, table);
        return rows[0] >= DATA_ROWS && figure[0];
    }

    /** Whether the cell's text, up to {@link #FIGURE_CHARS} characters and without nested tables, is a figure. */
    private static boolean isFigure(Element cell) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != cell && e.normalName().equals("table")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    text.append(t.text());
                }
                return text.length() > FIGURE_CHARS ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, cell);
        String stripped = text.toString().replaceAll("\\s+", " ").strip();
        return stripped.length() <= FIGURE_CHARS && FIGURE_CELL.matcher(stripped).matches();
    }
}
