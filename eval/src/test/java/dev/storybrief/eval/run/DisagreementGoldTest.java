package dev.storybrief.eval.run;

import dev.storybrief.brief.disagreement.NumberDisagreements;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.eval.dataset.EvalCluster;
import dev.storybrief.eval.dataset.EvalData;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.Story;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Numeric disagreements on all 50 DUC 2004 clusters against hand judgements (test resource
 * {@code disagreements-duc2004.tsv}): how many reported disagreements are one figure reported differently
 * (precision; an unjudged report counts as wrong), and how many of the judged true ones are still found.
 */
class DisagreementGoldTest {

    @Test
    void precisionAndRecallOnDuc2004() throws IOException {
        Map<String, Boolean> gold = gold();
        NumberDisagreements finder = new NumberDisagreements();
        List<String> reported = new ArrayList<>();
        for (EvalCluster cluster : EvalData.duc2004().clusters()) {
            Story story = EvalData.story(cluster);
            for (Disagreement d : finder.find(story)) {
                reported.add(cluster.id() + "\t" + key(d.topic()));
            }
        }
        long correct = reported.stream().filter(r -> gold.getOrDefault(r, false)).count();
        long trueInGold = gold.values().stream().filter(v -> v).count();
        long found = gold.entrySet().stream().filter(e -> e.getValue() && reported.contains(e.getKey())).count();
        double precision = (double) correct / reported.size();
        double recall = (double) found / trueInGold;
        System.out.printf(Locale.ROOT, "numeric disagreements on DUC 2004: %d reported, %d correct, precision %.2f,"
                + " recall %.2f of %d judged true%n", reported.size(), correct, precision, recall, trueInGold);
        assertThat(precision).isGreaterThanOrEqualTo(0.7); // measured 0.88 (7 of 8, 2026-12-06)
        assertThat(recall).isGreaterThanOrEqualTo(0.8); // measured 0.88 (7 of 8 judged true)
    }

    /** The finder's key of a topic: "people injured" as is, else the stem of the counted noun. */
    private static String key(String shown) {
        // a dispute of the parties a report credits names them after a dash ("people injured — officials: 14; ...")
        String topic = shown.split(" — ")[0];
        if (topic.startsWith("people ")) {
            return topic;
        }
        String[] words = topic.split(" / ")[0].split(" ");
        return TermChains.english().terms(words[words.length - 1]).stream().findFirst().orElse(topic.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Boolean> gold() throws IOException {
        Map<String, Boolean> gold = new HashMap<>();
        try (InputStream in = DisagreementGoldTest.class.getResourceAsStream("/dev/storybrief/eval/disagreements-duc2004.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                gold.put(f[0] + "\t" + f[1], f[2].strip().equals("1"));
            }
        }
        return gold;
    }
}
