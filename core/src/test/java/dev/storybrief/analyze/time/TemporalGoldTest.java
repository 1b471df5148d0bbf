package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.entity.GoldFile;
import dev.storybrief.analyze.entity.PrecisionRecall;
import dev.storybrief.analyze.entity.SharedCorpus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Temporal tagging against the hand-made gold, recomputed from the shared texts (which must be present: the test
 * fails otherwise). A mention counts as found when its extent overlaps the gold one; it counts as correct when it
 * also has the gold value and granularity.
 */
class TemporalGoldTest {

    private static final String TUNING = "/dev/storybrief/analyze/gold-dates.tsv";
    private static final String TUNING_DUC = "/dev/storybrief/analyze/gold-dates-duc.tsv";
    private static final String HELD_OUT = "/dev/storybrief/analyze/gold-dates-heldout.tsv";
    private static final TemporalTagger TAGGER = new TemporalTagger();
    private static final boolean VERBOSE = Boolean.getBoolean("storybrief.gold.verbose");

    private static Scores tuning;
    private static Scores tuningDuc;
    private static Scores heldOut;

    @BeforeAll
    static void evaluate() {
        SharedCorpus corpus = SharedCorpus.load();
        tuning = score(corpus, TUNING);
        tuningDuc = score(corpus, TUNING_DUC);
        heldOut = score(corpus, HELD_OUT);
        tuning.print("tuning set (NATO example)");
        tuningDuc.print("tuning set (DUC)");
        heldOut.print("held-out set (DUC)");
    }

    @Test
    void tuningSetMeetsItsFloor() {
        assertThat(tuning.extent.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(tuning.extent.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(tuning.value.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(tuning.value.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(tuningDuc.value.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(tuningDuc.value.recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void heldOutSetMeetsItsFloor() {
        assertThat(heldOut.extent.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(heldOut.extent.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(heldOut.value.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(heldOut.value.recall()).isGreaterThanOrEqualTo(0.90);
    }

    private record Scores(PrecisionRecall extent, PrecisionRecall value) {
        void print(String set) {
            System.out.println("dates, " + set + ", extent (overlap): " + extent);
            System.out.println("dates, " + set + ", extent + value + granularity: " + value);
        }
    }

    private record Gold(int start, int end, String value, Granularity granularity) {
    }

    private static Scores score(SharedCorpus corpus, String resource) {
        int found = 0;
        int correct = 0;
        int predictedCount = 0;
        int goldCount = 0;
        for (GoldFile.Block block : GoldFile.read(resource, "S")) {
            String doc = block.header().get(0);
            int index = Integer.parseInt(block.header().get(1));
            String sentence = corpus.sentence(doc, index, block.header().get(2));
            LocalDate articleDate = LocalDate.parse(block.header().get(3));
            // the gold marks calendar days only ("Friday evening" as its day); durations, sets, references and clock
            // times are scored on TempEval-3
            List<TemporalMention> predicted = new ArrayList<>(TAGGER.tag(sentence, articleDate).stream()
                    .filter(m -> m.granularity() != null).toList());
            predictedCount += predicted.size();
            for (List<String> row : block.rows()) {
                goldCount++;
                Gold gold = new Gold(Integer.parseInt(row.get(1)), Integer.parseInt(row.get(2)), row.get(3),
                        Granularity.valueOf(row.get(4)));
                TemporalMention hit = predicted.stream()
                        .filter(m -> m.start() < gold.end() && gold.start() < m.end()).findFirst().orElse(null);
                if (hit == null) {
                    report("MISS", doc, index, sentence.substring(gold.start(), gold.end()) + " = " + gold.value());
                    continue;
                }
                predicted.remove(hit);
                found++;
                if (gold.value().equals(hit.calendarValue()) && gold.granularity() == hit.granularity()) {
                    correct++;
                } else {
                    report("VALUE", doc, index, hit.text() + " = " + hit.value() + " " + hit.granularity()
                            + ", gold " + gold.value() + " " + gold.granularity());
                }
            }
            predicted.forEach(m -> report("FALSE", doc, index, m.text() + " = " + m.value()));
        }
        return new Scores(new PrecisionRecall(found, predictedCount, goldCount),
                new PrecisionRecall(correct, predictedCount, goldCount));
    }

    private static void report(String what, String doc, int index, String detail) {
        if (VERBOSE) {
            System.out.println("  " + what + " " + doc + "#" + index + " " + detail);
        }
    }
}
