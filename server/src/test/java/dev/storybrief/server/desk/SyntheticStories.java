package dev.storybrief.server.desk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * News-like articles about made-up events, for tests that must not depend on the shared data: each story has its
 * own place, people and things (invented words, so stories share no content words), told in varied sentences by
 * several articles published over a few days. Seeded: the same seed gives the same articles.
 */
final class SyntheticStories {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "sa", "tor", "vel", "qui", "dan", "ber", "fo",
        "gal", "hu", "nex", "pra", "sol", "tan", "ur", "wim", "zel"};
    /** {0} a place, {1} a person, {2}..{4} things of the story, drawn afresh for every sentence. */
    private static final String[] TEMPLATES = {
        "Officials in {0} said on Tuesday that the {2} near the {3} had been closed after the {4} failed.",
        "{1}, who leads the {2} council in {0}, told reporters the {3} would be inspected again this week.",
        "Residents of {0} described long queues outside the {2} as the {3} and the {4} remained shut.",
        "\"We will not reopen the {2} until every {3} has been checked,\" {1} said at a briefing.",
        "The authority estimated that repairs to the {2} and the {4} could take several months.",
        "Engineers arrived in {0} to examine the {3} beneath the {2}, {1} said.",
        "Businesses near the {4} reported falling sales since the {2} was closed by {1}.",
        "An independent review of the {3} and the {4} will be published before the end of the month."};
    private static final int VOCABULARY = 12;

    private SyntheticStories() {
    }

    /**
     * {@code stories} stories of {@code perStory} articles, published from {@code firstDay} on, appearing in feeds
     * from {@code start} over {@code spread}, in a seeded random order.
     */
    static List<SimArticle> generate(int stories, int perStory, long seed, LocalDate firstDay, Instant start,
                                     Duration spread) {
        Random random = new Random(seed);
        List<SimArticle> out = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            String place = cap(word(random, 3));
            String person = cap(word(random, 2)) + " " + cap(word(random, 3));
            List<String> things = new ArrayList<>();
            for (int w = 0; w < VOCABULARY; w++) {
                things.add(word(random, 3));
            }
            LocalDate day = firstDay.plusDays(random.nextInt(60));
            for (int a = 0; a < perStory; a++) {
                StringBuilder text = new StringBuilder();
                for (int p = 0; p < 3; p++) {
                    for (int k = 0; k < 2; k++) {
                        String sentence = TEMPLATES[random.nextInt(TEMPLATES.length)].replace("{0}", place)
                                .replace("{1}", person);
                        for (int slot = 2; slot <= 4; slot++) {
                            sentence = sentence.replace("{" + slot + "}", things.get(random.nextInt(VOCABULARY)));
                        }
                        text.append(sentence).append(' ');
                    }
                    text.append("\n\n");
                }
                Instant appears = start.plusMillis((long) (random.nextDouble() * spread.toMillis()));
                String title = cap(things.get(random.nextInt(VOCABULARY))) + " and " + things.get(random.nextInt(VOCABULARY))
                        + " shut in " + place;
                out.add(new SimArticle("s" + s + "-" + a, title, day.plusDays(random.nextInt(3)), text.toString().strip(),
                        "story-" + s, appears));
            }
        }
        out.sort(java.util.Comparator.comparing(SimArticle::appears));
        return out;
    }

    private static String word(Random random, int syllables) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }

    private static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The instant a local day starts, UTC. */
    static Instant dayStart(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
