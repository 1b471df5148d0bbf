package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.QuoteItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who said what in a language that declines names: "по словам Игоря Петрова" (genitive) and "— сказал Петров"
 * (nominative) credit one speaker, listed once under the name as a subject writes it. The articles are made up.
 */
class NameCasesSpeakerTest {

    private static List<QuoteItem> quotes(TestArticle... articles) {
        return new QuoteCollector().collect(new StoryGrouper().group("s",
                java.util.Arrays.stream(articles).map(TestArticle::analyzed).toList()));
    }

    @Test
    void aRussianNameInAnotherCaseIsTheSameSpeaker() {
        List<QuoteItem> found = quotes(
                TestArticle.of("a", "«Мост через реку откроют в мае следующего года», — заявил мэр Игорь Петров "
                        + "журналистам в понедельник."),
                TestArticle.of("b", "«Ремонт моста займёт ещё три месяца», по словам Игоря Петрова."),
                TestArticle.of("c", "«Денег на ремонт хватит до конца года», — сказал Петров."),
                TestArticle.of("d", "«Мы проверили каждую опору моста», — сказала инженер Анна Смирнова."),
                TestArticle.of("e", "«Трещины появились после весенних паводков», по словам Анны Смирновой."));
        assertThat(found).extracting(QuoteItem::speaker).containsOnly("Игорь Петров", "Анна Смирнова");
        assertThat(found).filteredOn(q -> "Игорь Петров".equals(q.speaker())).hasSize(3);
    }
}
