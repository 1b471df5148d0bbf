package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages whose paragraphs are parted by {@code <br>} only, often inside a layout table's one cell. */
class LineBreakParagraphsTest {

    private static final String[] BODY = SyntheticPages.BODY;

    @Test
    void paragraphsOfOneTableCellStayParagraphsWithNoSeparatorBetweenThem() {
        String html = "<html><head><title>Budget passes</title></head><body><table><tr><td class='nav'><a href='/'>Home</a>"
                + " | <a href='/news'>News</a></td></tr><tr><td class='story'><font face='Arial'><b>Budget passes</b><br><br>"
                + BODY[0] + "<br><br>" + BODY[1] + "<br><br>" + BODY[2] + "<br>" + BODY[3] + "<br><br></font></td></tr>"
                + "</table></body></html>";
        List<String> paragraphs = new HtmlArticleExtractor().extract(html, null).paragraphs();
        assertThat(paragraphs).containsExactly(BODY);
        assertThat(String.join("\n", paragraphs)).doesNotContain("|");
    }

    @Test
    void aSingleBreakBetweenSentencesPartsParagraphsButNotLinesOfAnAddress() {
        assertThat(LineBreaks.paragraphs("The port will reopen.\n\"We are sorry,\" he said."))
                .containsExactly("The port will reopen.", "\"We are sorry,\" he said.");
        assertThat(LineBreaks.paragraphs("1 Quay Street\nSouthport")).containsExactly("1 Quay Street\nSouthport");
    }
}
