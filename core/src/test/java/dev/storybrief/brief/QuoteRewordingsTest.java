package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.QuoteItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One speaker's quote worded two ways by two outlets is listed once; the articles are made up. */
class QuoteRewordingsTest {

    private static List<QuoteItem> quotes(String... texts) {
        List<dev.storybrief.model.AnalyzedArticle> articles = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            articles.add(TestArticle.of(String.valueOf((char) ('a' + i)), texts[i]).analyzed());
        }
        return new QuoteCollector().collect(new StoryGrouper().group("s", articles));
    }

    @Test
    void aRussianQuoteWithOtherEndingsAndOrderIsListedOnce() {
        List<QuoteItem> found = quotes(
                "«Мы восстановим мост к весне и откроем его для всех машин», — заявил мэр Игорь Петров.",
                "«Мост мы восстановим к весне и откроем для всех машин», — сказал Игорь Петров.",
                "«Денег на ремонт хватит до конца года», — добавил Игорь Петров.");
        assertThat(found).extracting(QuoteItem::text).containsExactly(
                "Мы восстановим мост к весне и откроем его для всех машин", "Денег на ремонт хватит до конца года");
    }

    @Test
    void theSameWordsInTwoOutletsStayOneItemEachAndOtherWordsStay() {
        List<QuoteItem> found = quotes(
                "“We will rebuild the bridge before the spring floods,” said Mayor Lena Hart.",
                "“We will rebuild the bridge before the spring floods,” Lena Hart said.",
                "“The spring floods will test the old bridge again,” Lena Hart said.");
        assertThat(found).extracting(QuoteItem::source).containsExactly("a", "b", "c");
    }
}
