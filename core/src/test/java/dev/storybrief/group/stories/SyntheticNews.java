package dev.storybrief.group.stories;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Made-up news articles for the grouping tests: each topic has its own words, every article mixes words of its topic
 * with words common to all news, drawn with a seeded generator, so articles of one topic share vocabulary the way
 * reports of one event do, and articles of different topics share only the common words. In core's test jar, for the
 * Spark job's tests too.
 */
public final class SyntheticNews {
    /** Eight topics of twelve words each. */
    public static final List<List<String>> TOPICS = List.of(
            List.of("bridge", "river", "collapse", "engineers", "traffic", "millbrook", "inspection", "steel", "cables",
                    "detour", "girder", "repairs"),
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

    private static final List<String> COMMON = List.of("officials", "report", "according", "statement",
            "people", "government", "city", "area", "local", "national", "news", "agency", "spokesman", "told", "reporters", "expected", "first", "second",
            "several", "many", "public", "state", "country", "region", "president", "minister", "office", "plan",
            "long", "new", "old", "major", "small", "large", "group",
            "members", "community", "residents", "workers", "company", "companies", "million", "percent", "number",
            "part", "police", "official", "senior", "sources", "confirmed", "announced",
            "decision", "called", "added", "meeting", "following", "including", "around", "across", "near", "world",
            "final", "average", "total", "figure", "figures", "data",
            "information", "details", "questions", "answer", "issue", "issues", "problem", "problems", "concern",
            "concerns", "situation", "effort", "efforts", "response", "review", "change", "changes", "result",
            "results", "reason", "case", "cases", "process", "system", "policy", "program", "project", "service",
            "services", "support", "pressure", "control", "action", "step", "steps", "move", "effect", "impact",
            "chief", "head", "director", "leader", "leaders", "spokeswoman", "representative", "authorities",
            "department", "ministry", "council", "committee", "board", "organization", "office", "staff",
            "employees", "experts", "analysts", "critics", "supporters", "families", "children", "women", "men",
            "town", "towns", "capital", "street", "building", "center", "district", "province", "county", "north",
            "south", "east", "west", "northern", "southern", "eastern", "western", "central", "international",
            "foreign", "domestic", "federal", "regional", "political", "economic", "social", "military", "security",
            "safety", "health", "money", "cost", "costs", "budget", "funds", "price", "prices", "market", "business",
            "industry", "media", "television", "radio", "newspaper", "interview", "comment", "comments", "remarks",
            "warned", "said", "says", "asked", "believed", "expects", "hopes", "declined", "refused", "agreed",
            "planned", "started", "began", "ended", "continued", "remained", "appeared", "reported", "described",
            "important", "possible", "likely", "unclear", "clear", "difficult", "serious", "significant", "special",
            "general", "common", "already", "still", "again", "often");

    private SyntheticNews() {
    }

    /** An article of {@code topic} made of {@code words} words, about 40% of them topic words. */
    public static String text(int topic, int words, Random random) {
        StringBuilder text = new StringBuilder();
        List<String> own = TOPICS.get(topic);
        for (int i = 0; i < words; i++) {
            String word = random.nextDouble() < 0.4 ? own.get(random.nextInt(own.size())) : common(random);
            text.append(i % 12 == 0 ? capitalised(word) : word).append(i % 12 == 11 ? ". " : " ");
        }
        return text.toString().strip();
    }

    /**
     * A common word, drawn Zipf-like (the k-th word about 1/k as often as the first), as general vocabulary is in real
     * news: a few words ("officials", "said") are in nearly every article, most in few. Drawn evenly from a
     * short list they made any two articles share half their words, and articles of different topics looked as
     * alike as two reports of one event do. No weekday or other time word: the temporal tagger dates "Monday" to the
     * publication year, which the join model counts as a shared year (on the real evaluation data that helps), so
     * word salad with weekdays in it made unrelated synthetic articles share a year.
     */
    private static String common(Random random) {
        double u = random.nextDouble() * HARMONIC[HARMONIC.length - 1];
        int k = java.util.Arrays.binarySearch(HARMONIC, u);
        return COMMON.get(Math.min(COMMON.size() - 1, k >= 0 ? k : -k - 1));
    }

    /** Cumulative sums of 1/k over the common words, for {@link #common(Random)}. */
    private static final double[] HARMONIC = harmonic(COMMON.size());

    private static double[] harmonic(int n) {
        double[] sums = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1.0 / (k + 1);
            sums[k] = sum;
        }
        return sums;
    }

    /** A single-article document. */
    public static RawDocument doc(String id, String text, LocalDate date, String outlet) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        if (date != null) {
            meta.put(MetaKey.PUBLISHED, date.toString());
        }
        if (outlet != null) {
            meta.put(MetaKey.OUTLET, outlet);
        }
        return new RawDocument(id, Path.of(id + ".jsonl"), SourceFormat.JSON_LINES, text, meta);
    }

    /** The text with every {@code every}-th word replaced, as an editor touching up wire copy would. */
    public static String edited(String text, int every) {
        String[] words = text.split(" ");
        for (int i = every - 1; i < words.length; i += every) {
            words[i] = "reportedly";
        }
        return String.join(" ", words);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
