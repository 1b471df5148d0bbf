package dev.storybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Section;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A story told by many articles of one outlet (a wire's day-by-day stories): the list of sources stays in its columns
 * past the ninth entry, and the facts one article alone gives are not headed as if other outlets were there.
 * Made-up articles.
 */
class SourcesOfOneOutletTest {

    private static Briefing briefing(int count, String... outlets) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(new Article("w" + i, Path.of("in/wire.jsonl"), "Harbour strike, day " + (i + 1),
                    outlets[i % outlets.length], null, LocalDate.of(2026, 4, 1 + i), "text",
                    List.of("Dockers stayed out on day " + (i + 1) + "."), List.of()));
        }
        return new Briefing("Harbour strike", articles, 50, List.of(), List.of(),
                Map.of(Section.UNIQUE.name(), List.of(new Claim("The union's fund pays strikers 40 a day.", "w3",
                        "The union's fund pays strikers 40 a day."))));
    }

    @Test
    void everySourceAddressLinesUpWithItsEntryPastTheNinth() {
        String text = new TextRenderer().render(briefing(12, "Harbour Wire"), false);
        List<String> lines = text.substring(text.indexOf("Sources\n")).lines().skip(2).toList();
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            String entry = lines.get(i);
            String address = lines.get(i + 1);
            int column = entry.indexOf(". ") + 2;
            assertThat(address).as("under %s", entry).startsWith(" ".repeat(column) + "in");
        }
        assertThat(text).contains("\n10. Harbour Wire: Harbour strike, day 10 (2026-04-10)\n    in");
    }

    @Test
    void oneOutletsFactsAreWhatOneArticleReports() {
        Briefing one = briefing(4, "Harbour Wire");
        assertThat(new TextRenderer().render(one, false))
                .contains("\nOnly one article reports\n------------------------\n").doesNotContain("one outlet");
        assertThat(new MarkdownRenderer().render(one, false)).contains("## Only one article reports")
                .doesNotContain("one outlet");
        assertThat(new HtmlRenderer().render(one, false)).contains(">Only one article reports</h2>")
                .doesNotContain("one outlet");
        Briefing two = briefing(4, "Harbour Wire", "Quay Gazette");
        assertThat(new TextRenderer().render(two, false)).contains("\nOnly one outlet reports\n-----------------------\n");
        assertThat(new HtmlRenderer().render(two, false)).contains(">Only one outlet reports</h2>");
    }
}
