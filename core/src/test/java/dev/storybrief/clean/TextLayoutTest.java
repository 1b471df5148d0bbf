package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text files in another layout: printed pages copied from a PDF, and Markdown copies (made-up articles). */
class TextLayoutTest {

    private static Article clean(String name, String text) {
        return new ArticleCleaner().clean(new RawDocument("a", Path.of(name), SourceFormat.TEXT, text, Map.of()));
    }

    private static final String PRINTED = """
            THE MOORLAND ECHO              Friday, March 6, 2026              Page 2

            Quarry plan rejected
            after long inquiry

            By Ann Fell

            Plans for a limestone quarry near Edlow were rejected on Thursday
            after a two-year inquiry found that the blasting would harm the
            valley's rare bats and the water supply of four villages, the plan-
            ning inspector said.

            The company behind the scheme, which had promised 140 jobs, said it
            was disappointed and would study the report before deciding whether
            to appeal. "We will read every page of it," said its chief execu-
            tive, Paul Dunne, who

            Continued on Page 9

            Page 9              THE MOORLAND ECHO              Friday, March 6, 2026

            QUARRY from Page 2

            spoke to reporters outside the hearing. Villagers who had fought
            the plan for six years cheered the decision on the green at Edlow.

            The Moorland Echo | www.moorlandecho.example | Page 9
            """;

    @Test
    void printedLinesAreJoinedIntoParagraphsAndBrokenWordsMended() {
        Article article = clean("quarry.txt", PRINTED);
        assertThat(article.title()).isEqualTo("Quarry plan rejected after long inquiry");
        assertThat(article.paragraphs()).anySatisfy(p -> assertThat(p).startsWith("Plans for a limestone quarry")
                .contains("the valley's rare bats").endsWith("the planning inspector said."));
        // a sentence cut by the page's end goes on after the header, the footer and the jump line
        assertThat(article.paragraphs()).anySatisfy(p -> assertThat(p)
                .contains("said its chief executive, Paul Dunne, who spoke to reporters outside the hearing."));
        assertThat(String.join("\n", article.paragraphs())).doesNotContain("Page 9").doesNotContain("Continued")
                .doesNotContain("from Page").doesNotContain("www.");
    }

    @Test
    void theRunningHeaderGivesTheOutletAndDate() {
        Article article = clean("quarry.txt", PRINTED);
        assertThat(article.outlet()).isEqualToIgnoringCase("The Moorland Echo");
        assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void aCompoundTheTextWritesWholeKeepsItsHyphen() {
        String text = """
                The well-known ferry company said on Monday that it would stop
                the crossing. Its well-
                known captain, who had sailed the route for years, said the
                company had not told the crew and that passengers were angry
                about the decision to end the service.
                """;
        assertThat(String.join(" ", clean("f.txt", text).paragraphs())).contains("Its well-known captain");
    }

    @Test
    void aTextOfOneParagraphALineIsLeftAsItIs() {
        String text = "Ferry crossing ends\n\nThe ferry company said on Monday that it would stop the crossing in"
                + " May, after forty years.\nIts captain said the crew had not been told.\nthe word \"the\" opens this"
                + " line only to show that one small letter is no layout.\n";
        assertThat(PrintedPages.isPrinted(java.util.List.of(text.split("\n")))).isFalse();
    }

    private static final String MARKDOWN = """
            # Lighthouse to reopen to visitors at Penmor

            **Penmor Post** · *Published 14 May 2026* · [Share](https://share.example/x)

            ![The lighthouse at dusk](https://img.example/light.jpg)

            The lighthouse at Penmor Point will open to visitors on **1 June**, the
            [Coastal Heritage Society](https://heritage.example/penmor) said on Wednesday.

            > "It has waited a long time for this," said warden Ella Morgan.

            ## What visitors will see

            * the lamp room
            * the keeper's cottage

            ---

            *Related:* [Harbour wall repaired](https://penmorpost.example/wall)
            """;

    @Test
    void markdownLosesItsMarkupAndKeepsItsText() {
        Article article = clean("light.md", MARKDOWN);
        assertThat(article.title()).isEqualTo("Lighthouse to reopen to visitors at Penmor");
        String text = String.join("\n", article.paragraphs());
        assertThat(text).contains("on 1 June, the Coastal Heritage Society said on Wednesday.")
                .contains("\"It has waited a long time for this,\" said warden Ella Morgan.")
                .doesNotContain("**").doesNotContain("](").doesNotContain("https").doesNotContain("> ")
                .doesNotContain("# ");
        assertThat(article.outlet()).isEqualTo("Penmor Post");
        assertThat(article.published()).isEqualTo(LocalDate.of(2026, 5, 14));
    }

    @Test
    void markdownSavedAsTextIsRecognisedByItsConstructs() {
        assertThat(String.join("\n", clean("light.txt", MARKDOWN).paragraphs())).doesNotContain("](")
                .doesNotContain("**");
        assertThat(MarkdownText.isMarkdown(java.util.List.of("A plain story about *one* thing, with #hashtags.",
                "Prices rose 5% (from [a low base])."))).isFalse();
    }

    @Test
    void aWireInCapitalsIsItsOwnPublisherNotItsReprinter() {
        Article article = clean("w.txt", """
                QUAY SHUT AFTER STORM
                BALTIC LINE WIRE
                3 MARCH 2026

                KARLSHAMN, SWEDEN (BALTIC LINE WIRE) - THE PORT OF KARLSHAMN SHUT ITS MAIN QUAY ON TUESDAY AFTER A STORM DAMAGED TWO CRANES, THE PORT SAID.
                """);
        assertThat(article.outlet()).isEqualTo("Baltic Line Wire");
        assertThat(article.wire()).isNull();
    }

    /** A byline over a date line, with no blank line between, stays two lines: the date is read, the byline too. */
    @Test
    void aShortBylineOverTheDateLineIsNotJoinedToIt() {
        Article a = clean("quarry.txt", """
                Quarry plan rejected after long inquiry
                By Ann Fell
                6 March 2026

                Plans for a limestone quarry near Edlow were rejected on Thursday
                after a two-year inquiry found that the blasting would harm the
                valley's rare bats and the water supply of four villages, the
                planning inspector said on Thursday afternoon in Edlow.

                The company behind the scheme, which had promised 140 jobs, said it
                was disappointed and would study the report before deciding whether
                to appeal the inspector's decision to the minister in the spring.
                """);
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(a.paragraphs()).noneMatch(p -> p.contains("Ann Fell"));
        assertThat(a.paragraphs()).anyMatch(p -> p.startsWith("Plans for a limestone quarry") && p.endsWith("in Edlow."));
    }
}
