package dev.storybrief.brief;

import dev.storybrief.brief.summary.StorySummarizer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.vector.SentenceIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When a Japanese summary counts a sentence as a repeat of one already chosen (TF-IDF cosine of
 * {@link StorySummarizer#DEFAULT_REDUNDANCY} or more): two different facts of one story that share only its town, its
 * day and the name of its event (a landslide, then the homes built for those it left without one) are not repeats;
 * the same fact told by two outlets is. Before the counters and place suffixes went from the Japanese terms, the
 * day's 日 and the town's 町 made such a pair a repeat (0.25 and more). The articles are made up.
 */
class JapaneseRepeatsTest {
    private static final String SLIDE = "3日未明、南山町で大規模な土砂崩れがあり、民家4棟が倒壊した。";
    private static final String SLIDE_AGAIN = "南山町で3日未明に大規模な土砂崩れがあり、民家4棟が倒壊した。";
    private static final String HOUSING = "南山町は10日、3日の土砂崩れで家を失った住民のための仮設住宅20戸の建設を始めた。";

    private static RawDocument doc(String id, String... paragraphs) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, String.join("\n\n", paragraphs), Map.of());
    }

    private static double cosine(Story story, String a, String b) {
        SentenceIndex index = story.index(StoryView.ALL);
        return index.vector(find(index, a)).cosine(index.vector(find(index, b)));
    }

    private static Sentence find(SentenceIndex index, String text) {
        for (int i = 0; i < index.size(); i++) {
            if (index.sentence(i).text().equals(text)) {
                return index.sentence(i);
            }
        }
        throw new AssertionError("no sentence " + text);
    }

    @Test
    void twoFactsSharingOnlyTheTownAndTheDayAreNoRepeatButOneFactToldTwiceIs() {
        List<RawDocument> docs = List.of(
                doc("a", "南山町で土砂崩れ 民家4棟倒壊", SLIDE, "町によると、2人と連絡が取れていない。", "県は自衛隊に災害派遣を要請した。"),
                doc("b", "南山町の土砂崩れ 2人死亡を確認", SLIDE_AGAIN, "町は4日、不明だった2人が遺体で見つかったと発表した。"),
                doc("c", "南山町 仮設住宅の建設始まる", HOUSING, "町長は「7月中に入居できるようにしたい」と述べた。"));
        Story story = Storybrief.builder().build().story("土砂崩れ", docs, new ArrayList<>());
        assertThat(story.language()).isEqualTo("ja");
        assertThat(cosine(story, SLIDE, HOUSING)).as("the town, the day and the event alone")
                .isLessThan(StorySummarizer.DEFAULT_REDUNDANCY);
        assertThat(cosine(story, SLIDE_AGAIN, HOUSING)).isLessThan(StorySummarizer.DEFAULT_REDUNDANCY);
        assertThat(cosine(story, SLIDE, SLIDE_AGAIN)).as("the same fact in two outlets' words")
                .isGreaterThanOrEqualTo(StorySummarizer.DEFAULT_REDUNDANCY);
    }
}
