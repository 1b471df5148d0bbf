package dev.storybrief.spark;

import dev.storybrief.TestSeed;
import dev.storybrief.group.stories.SyntheticNews;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up articles for the job's tests: core's {@link SyntheticNews} of eight topics, some stories across a time-block
 * edge, some wire copies.
 */
final class TestArticles {
    static final long SEED = TestSeed.value();
    /** A block edge of the default 120-day blocks: 2024-03-04 lies in the block before it. */
    static final LocalDate EDGE = LocalDate.ofEpochDay((Math.floorDiv(LocalDate.of(2024, 3, 4).toEpochDay(), 120) + 1) * 120);

    private TestArticles() {
    }

    /**
     * 8 topics x 2 periods (70 days apart, the first across {@link #EDGE}: 2 days before, 2 from it) x 4 articles, plus one wire copy per
     * story; ids {@code p<period>t<topic>-<n>}, copies {@code ...-copy}.
     */
    static List<ArticleRecord> stream() {
        Random random = new Random(SEED);
        List<ArticleRecord> articles = new ArrayList<>();
        for (int period = 0; period < 2; period++) {
            for (int topic = 0; topic < SyntheticNews.TOPICS.size(); topic++) {
                for (int n = 0; n < 4; n++) {
                    LocalDate date = EDGE.plusDays(period * 70L + n - 2);
                    String id = "p" + period + "t" + topic + "-" + n;
                    String text = SyntheticNews.text(topic, 140, random);
                    articles.add(new ArticleRecord(null, id, null, date.toString(), "Outlet " + n, text, "mem", false));
                    if (n == 0) {
                        articles.add(new ArticleRecord(null, id + "-copy", null, date.plusDays(1).toString(),
                                "Reprint Daily", "(Reprinted) " + text, "mem", false));
                    }
                }
            }
        }
        java.util.Collections.shuffle(articles, random);
        List<ArticleRecord> keyed = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            keyed.add(articles.get(i).withKey(i));
        }
        return keyed;
    }
}
