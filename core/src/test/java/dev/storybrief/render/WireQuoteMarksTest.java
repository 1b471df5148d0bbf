package dev.storybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Section;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.SummarySentence;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Wire copy and the Penn Treebank write quotations between typewriter-doubled marks ({@code ``...''}); a reader is
 * shown the curly marks they stand for in every format meant for reading, while the JSON keeps the sentence as
 * written. Made-up sentences.
 */
class WireQuoteMarksTest {
    private static final String LINE = "The harbour master called the closure ``a last resort,'' and ferries stopped.";
    private static final String LONE = "Dockers said the new rota was ``unworkable'' for night shifts.";

    private static Briefing briefing() {
        Article a = new Article("w1", Path.of("in/wire.jsonl"), "Harbour closed", "Harbour Wire", null,
                LocalDate.of(2026, 4, 1), "text", List.of(LINE + " " + LONE), List.of());
        Sentence first = new Sentence("w1", 0, 0, LINE, 0, LINE.length(), false);
        return new Briefing("Harbour closed", List.of(a), 50, List.of(), List.of(),
                Map.of(Section.SUMMARY.name(), List.of(new SummarySentence(first, List.of(), 1.0)),
                        Section.UNIQUE.name(), List.of(new Claim(LONE, "w1", LONE))));
    }

    @Test
    void doubledMarksAreShownCurlyInTextMarkdownAndHtml() {
        Briefing b = briefing();
        for (String shown : List.of(new TextRenderer().render(b, false), new MarkdownRenderer().render(b, false),
                new HtmlRenderer().render(b, false))) {
            assertThat(shown).doesNotContain("``").doesNotContain("''")
                    .contains("\u201ca last resort,\u201d").contains("\u201cunworkable\u201d");
        }
    }

    @Test
    void theJsonKeepsTheSentenceAsWritten() {
        assertThat(new JsonRenderer().render(briefing(), false)).contains("``a last resort,''");
    }
}
