package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A table is a data table by its own rows and cells (two rows, a cell of figures), a nested table being a table of its
 * own; and a page's table is read once, however many of its cells the paragraph filter asks about: a list of 300
 * works over 20,000 empty rows (ExtractionFuzzTest seed 8139840727072124266, lane 0 input 2117, had 72,134 rows) made
 * every short cell read every row again, 350 MB allocated for a 230 KB page. Made-up pages.
 */
class DataTablesTest {

    @Test
    void aCellIsDataInATableOfRowsWithAFigureOnly() {
        Document doc = Jsoup.parse("<table id='votes'><tr><td>Party</td><td>Share</td></tr><tr><td>Greens</td>"
                + "<td>35.1%</td></tr></table><table id='buttons'><tr><td>Share</td><td>Print</td></tr><tr><td>Save</td>"
                + "<td>Email</td></tr></table><table id='one'><tr><td>Share</td><td>14,210</td></tr></table>");
        DataTables tables = new DataTables();

        assertThat(tables.holds(doc.selectFirst("#votes td"))).isTrue();
        assertThat(tables.holds(doc.selectFirst("#buttons td"))).isFalse();
        assertThat(tables.holds(doc.selectFirst("#one td"))).isFalse();
        assertThat(tables.holds(doc.body())).isFalse();
    }

    @Test
    void aTableNestedInALayoutCellIsATableOfItsOwn() {
        Document doc = Jsoup.parse("<table id='layout'><tr><td id='menu'>Share</td><td><table id='data'>"
                + "<tr><td>Year</td><td>Toll</td></tr><tr><td>2024</td><td>1,204</td></tr></table></td></tr></table>");
        DataTables tables = new DataTables();

        assertThat(tables.holds(doc.selectFirst("#data td"))).isTrue();
        // the layout's one row and no figure of its own: its cells may be labels
        assertThat(tables.holds(doc.getElementById("menu"))).isFalse();
    }

    @Test
    void aTableOfManyRowsIsReadOncePerPage() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            rows.append("<tr><td>").append(i).append("</td><td>Harbour board</td><td>The quay number ").append(i)
                    .append(" was closed after divers found deep cracks in its old stone piers, and it will stay shut.")
                    .append("</td><td>C3</td></tr>");
        }
        rows.append("<tr></tr>".repeat(20_000));
        byte[] page = ("<html><head><title>Quay list</title></head><body><div class='content'><h1>Quay list</h1>"
                + "<div>List of quays<table><tbody>" + rows + "</tbody></table></div></div></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();

        long before = threads.getThreadAllocatedBytes(thread);
        ExtractedPage result = extractor.extract(page, null);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(result.paragraphs()).hasSizeGreaterThanOrEqualTo(300);
        // linear work: a few dozen bytes per page byte (parse, blocks, text), never a read of every row per cell
        assertThat(allocated).as("bytes allocated for %,d page bytes", page.length)
                .isLessThan(64L * 1024 * 1024 + 100L * page.length);
    }
}
