package dev.storybrief.analyze.entity;

import dev.storybrief.model.EntityType;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of {@link EntityRecognizer} on the hand-made gold sample, recomputed from the shared texts
 * (which must be present: the test fails otherwise). A mention counts only with the exact span and type.
 */
class EntityGoldTest {

    private static final String TUNING = "/dev/storybrief/analyze/gold-entities.tsv";
    private static final String HELD_OUT = "/dev/storybrief/analyze/gold-entities-heldout.tsv";
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

    private static SharedCorpus corpus;

    @BeforeAll
    static void loadCorpus() {
        corpus = SharedCorpus.load();
    }

    @Test
    void documentModeMeetsItsFloorOnTheTuningSet() {
        PrecisionRecall score = score(TUNING, true);
        System.out.println("entities, tuning set, document mode (strict span+type): " + score);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.96); // measured 0.975
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void sentenceModeMeetsItsFloorOnTheTuningSet() {
        PrecisionRecall score = score(TUNING, false);
        System.out.println("entities, tuning set, sentence mode (strict span+type): " + score);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.92);
        // measured 0.932: one sentence alone cannot tell a lone surname from "Halloween"; the product briefs in
        // document mode, where the full name earlier in the article settles it
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void documentModeMeetsItsFloorOnTheHeldOutSet() {
        PrecisionRecall score = score(HELD_OUT, true);
        System.out.println("entities, held-out set, document mode (strict span+type): " + score);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.92); // measured 0.950
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void perTypeScoresOnBothSetsMeetTheirFloors() {
        Map<EntityType, PrecisionRecall> byType = new HashMap<>();
        for (EntityType type : EntityType.values()) {
            byType.put(type, new PrecisionRecall(0, 0, 0));
        }
        List<Comparison> all = new ArrayList<>(comparisons(TUNING, true));
        all.addAll(comparisons(HELD_OUT, true));
        for (Comparison c : all) {
            for (EntityType type : EntityType.values()) {
                Set<String> gold = ofType(c.gold(), type);
                Set<String> predicted = ofType(c.predicted(), type);
                Set<String> hits = new HashSet<>(gold);
                hits.retainAll(predicted);
                byType.merge(type, new PrecisionRecall(hits.size(), predicted.size(), gold.size()),
                        PrecisionRecall::plus);
            }
        }
        byType.forEach((type, score) -> System.out.println("entities " + type + ": " + score));
        assertThat(byType.get(EntityType.PERSON).precision()).isGreaterThanOrEqualTo(0.80);
        assertThat(byType.get(EntityType.PERSON).recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(byType.get(EntityType.ORGANIZATION).precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(byType.get(EntityType.PLACE).recall()).isGreaterThanOrEqualTo(0.90);
    }

    private static PrecisionRecall score(String gold, boolean documentMode) {
        PrecisionRecall total = new PrecisionRecall(0, 0, 0);
        for (Comparison c : comparisons(gold, documentMode)) {
            Set<String> hits = new HashSet<>(c.gold());
            hits.retainAll(c.predicted());
            total = total.plus(new PrecisionRecall(hits.size(), c.predicted().size(), c.gold().size()));
            if (Boolean.getBoolean("storybrief.gold.verbose")) {
                printDifferences(c);
            }
        }
        return total;
    }

    private static List<Comparison> comparisons(String goldResource, boolean documentMode) {
        Map<String, List<List<EntityMention>>> documentCache = new HashMap<>();
        List<Comparison> comparisons = new ArrayList<>();
        for (GoldFile.Block block : GoldFile.read(goldResource, "S")) {
            String doc = block.header().get(0);
            int index = Integer.parseInt(block.header().get(1));
            String sentence = corpus.sentence(doc, index, block.header().get(2));
            List<EntityMention> predicted = documentMode
                    ? documentCache.computeIfAbsent(doc,
                        d -> RECOGNIZER.recognizeDocument(corpus.document(d).sentences())).get(index)
                    : RECOGNIZER.recognize(sentence);
            Set<String> gold = new HashSet<>();
            for (List<String> row : block.rows()) {
                gold.add(row.get(1) + ":" + row.get(2) + ":" + row.get(0));
            }
            Set<String> predictedKeys = new HashSet<>();
            for (EntityMention m : predicted) {
                predictedKeys.add(m.start() + ":" + m.end() + ":" + m.type());
            }
            comparisons.add(new Comparison(doc + "#" + index, sentence, gold, predictedKeys));
        }
        return comparisons;
    }

    private static Set<String> ofType(Set<String> keys, EntityType type) {
        Set<String> out = new HashSet<>();
        for (String key : keys) {
            if (key.endsWith(":" + type)) {
                out.add(key);
            }
        }
        return out;
    }

    private static void printDifferences(Comparison c) {
        for (String key : c.gold()) {
            if (!c.predicted().contains(key)) {
                System.out.println("  MISS " + c.where() + " " + show(c.sentence(), key));
            }
        }
        for (String key : c.predicted()) {
            if (!c.gold().contains(key)) {
                System.out.println("  FALSE " + c.where() + " " + show(c.sentence(), key));
            }
        }
    }

    private static String show(String sentence, String key) {
        String[] parts = key.split(":");
        return parts[2] + " '" + sentence.substring(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])) + "'";
    }

    private record Comparison(String where, String sentence, Set<String> gold, Set<String> predicted) {
    }
}
