package dev.storybrief.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up articles for the job's tests: eight topics with their own words, articles drawn from a topic's words and
 * words common to all news with a seeded generator, some stories across a time-block edge, some wire copies.
 */
final class TestArticles {
    static final long SEED = 8L;
    static final List<List<String>> TOPICS = List.of(
            List.of("bridge", "river", "girders", "engineers", "traffic", "millbrook", "inspection", "steel", "cables",
                    "detour", "pylon", "repairs"),
            List.of("election", "ballots", "parliament", "coalition", "candidate", "turnout", "recount", "voters",
                    "opposition", "campaign", "senate", "polling"),
            List.of("hurricane", "storm", "landfall", "evacuation", "flooding", "winds", "coast", "shelters",
                    "rainfall", "meteorologists", "surge", "damage"),
            List.of("vaccine", "trial", "patients", "doses", "hospital", "virus", "clinical", "researchers",
                    "immunity", "regulators", "pharmaceutical", "infections"),
            List.of("championship", "striker", "goal", "penalty", "stadium", "coach", "league", "midfielder",
                    "referee", "fans", "trophy", "season"),
            List.of("earthquake", "magnitude", "tremors", "rubble", "rescuers", "epicenter", "aftershocks",
                    "seismologists", "debris", "survivors", "quake", "villages"),
            List.of("merger", "shares", "acquisition", "shareholders", "billion", "antitrust", "stock", "investors",
                    "deal", "bank", "quarterly", "earnings"),
            List.of("satellite", "rocket", "launch", "orbit", "astronauts", "spacecraft", "mission", "booster",
                    "telescope", "payload", "countdown", "lunar"));
    private static final List<String> COMMON = List.of("officials", "monday", "tuesday", "week", "report",
            "according", "statement", "people", "government", "city", "area", "local", "national", "agency",
            "spokesman", "reporters", "expected", "early", "year", "month", "several", "public", "state", "country",
            "region", "president", "minister", "office", "plan", "morning", "evening", "group", "members", "residents",
            "workers", "company", "million", "percent", "police", "sources", "confirmed", "announced", "decision",
            "meeting", "including", "world");
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
            for (int topic = 0; topic < TOPICS.size(); topic++) {
                for (int n = 0; n < 4; n++) {
                    LocalDate date = EDGE.plusDays(period * 70L + n - 2);
                    String id = "p" + period + "t" + topic + "-" + n;
                    String text = text(topic, random);
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

    private static String text(int topic, Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 140; i++) {
            List<String> pool = random.nextDouble() < 0.4 ? TOPICS.get(topic) : COMMON;
            String word = pool.get(random.nextInt(pool.size()));
            text.append(i % 14 == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                    .append(i % 14 == 13 ? ". " : " ");
        }
        return text.toString().strip();
    }
}
