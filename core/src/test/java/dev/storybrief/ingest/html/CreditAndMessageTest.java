package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Captions closed by a copyright notice, credit lines, messages the site's software printed and a heading left with
 * nothing after it at the end of the article are not article text.
 */
class CreditAndMessageTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static final String ONE = "The ferry will run every hour from May, the harbour office said, and tickets "
            + "bought online will cost a third less than at the pier.";
    private static final String TWO = "Residents on the island had asked for more crossings for years; the old "
            + "timetable left them stranded after seven in the evening.";

    private static String article(String between, String after) {
        return "<html><head><title>More ferries</title></head><body><div class='story'><p>" + ONE + "</p>" + between
                + "<p>" + TWO + "</p>" + after + "</div></body></html>";
    }

    @Test
    void dropsCaptionsThatEndInACopyrightNotice() {
        ExtractedPage page = extractor.extract(article(
                "<div class='pic'><span>The new ferry at the pier on its first trip. \u00A9 Harbour Office / J. Smith</span></div>",
                "<div class='legal'>\u00A9 2020 Island Media Inc. All Rights Reserved.</div>"), null);

        assertThat(page.paragraphs()).containsExactly(ONE, TWO);
    }

    @Test
    void keepsASentenceThatMentionsTheCopyrightSignEarly() {
        assertThat(ParagraphFilter.endsWithCopyright("The \u00A9 sign was printed on every ticket of the old company, "
                + "which sold its ferries to the island council in the spring of that year.")).isFalse();
        assertThat(ParagraphFilter.endsWithCopyright("A ferry at dawn. \u00A9 AFP / Jane Doe")).isTrue();
    }

    @Test
    void aWordThatMerelyStartsLikeAnAdLabelIsNoAdLabel() {
        String ademas = "Adem\u00E1s de la capital, el presidente visitar\u00E1 dos ciudades del sur.";
        String adam = "Adams said the crossing would be free for children.";
        ExtractedPage page = extractor.extract(article("<p>" + ademas + "</p><p>Ad</p><p>Advertisement</p>",
                "<p>" + adam + "</p><p>Related: Island ferries</p>"), null);

        assertThat(page.paragraphs()).containsExactly(ONE, ademas, TWO, adam);
    }

    @Test
    void aDateUnderALabelOfItsOwnIsAFactOfTheArticle() {
        ExtractedPage page = extractor.extract(article("<p>Termin: 29.02.2020, 19 Uhr</p><p>Deadline: 3 November 2019</p>",
                "<p>Published: 12 March 2020</p><p>Quelle: Hafenamt, 2. Februar 2022, Kiel</p><p>12 March 2020</p>"), null);

        assertThat(page.paragraphs()).containsExactly(ONE, "Termin: 29.02.2020, 19 Uhr", "Deadline: 3 November 2019", TWO);
        assertThat(ParagraphFilter.isLabelledEventDate("Einsendeschluss: 03.11.2019 (Poststempel)")).isTrue();
        assertThat(ParagraphFilter.isLabelledEventDate("Mis \u00E0 jour : 3 mars 2021")).isFalse();
        assertThat(ParagraphFilter.isLabelledEventDate("Opublikowano: 3 marca 2021")).isFalse();
    }

    @Test
    void dropsCreditLinesInOtherLanguages() {
        ExtractedPage page = extractor.extract(article("<p>Cr\u00E9dits photos : Agence Exemple</p>",
                "<p>Abbildung: Die neue F\u00E4hre am Anleger</p>"), null);

        assertThat(page.paragraphs()).containsExactly(ONE, TWO);
    }

    @Test
    void serverMessagesAreNotProseNorArticleText() {
        String warning = "Warning: Use of undefined constant comments - assumed 'comments' (this will throw an Error "
                + "in a future version of PHP) in /var/www/site/plugins/recent.php on line 42";
        ExtractedPage page = extractor.extract(article("", "<p>" + warning + "</p>"), null);

        assertThat(page.paragraphs()).containsExactly(ONE, TWO);
        TextBlock block = new TextBlock(warning, warning.length(), 0, 30, null, BlockKind.PARAGRAPH);
        assertThat(block.isServerMessage()).isTrue();
        assertThat(block.isProse()).isFalse();
    }

    @Test
    void dropsAHeadingLeftWithNothingAfterItAtTheEnd() {
        ExtractedPage page = extractor.extract(article("<h2>Cheaper tickets</h2>",
                "<h3>Elsewhere on the coast</h3><ul><li><a href='/a'>Bus lines change in June</a></li>"
                        + "<li><a href='/b'>New bridge opens</a></li></ul>"), null);

        assertThat(page.paragraphs()).containsExactly(ONE, "Cheaper tickets", TWO);
        assertThat(page.removedBlocks()).anyMatch(s -> s.contains("heading with nothing after it"));
    }
}
