package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.QuoteItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who said what across a story's articles; the articles are made up. */
class QuoteCollectorTest {

    private static AnalyzedArticle article(String id, String author, String text) {
        return AnnotatorChain.standard().annotate(
                new Article(id, null, null, null, author, null, null, List.of(text), List.of()));
    }

    private static List<QuoteItem> quotes(AnalyzedArticle... articles) {
        return new QuoteCollector().collect(new StoryGrouper().group("s", List.of(articles)));
    }

    @Test
    void aFirstPersonAccountQuotesItsAuthor() {
        List<QuoteItem> found = quotes(article("memoir", "Tor Vik",
                "The judge looked up from the file. “I am not shy about my views,” I said, and he nodded."));
        assertThat(found).extracting(QuoteItem::speaker, QuoteItem::role)
                .containsExactly(tuple("Tor Vik", "the author"));
    }

    @Test
    void withoutABylineTheFirstPersonStaysUnnamedAndOthersKeepTheirNames() {
        List<QuoteItem> found = quotes(
                article("memoir", null, "“I am not shy about my views,” I said, and the judge nodded."),
                article("report", "Tor Vik", "“The ruling stands,” said Judge Ines Varga."));
        assertThat(found).extracting(QuoteItem::speaker).containsExactlyInAnyOrder(null, "Ines Varga");
    }
}
