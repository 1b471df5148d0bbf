package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.entity.GoldFile;
import dev.storybrief.analyze.entity.PrecisionRecall;
import dev.storybrief.analyze.entity.SharedCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quote detection and speaker attribution against the hand-made gold, recomputed from the shared texts (which must
 * be present: the test fails otherwise). A predicted quote matches a gold one when it opens in the same sentence
 * and its text starts where the gold quote's content starts.
 */
class QuoteGoldTest {

    private static final String TUNING = "/dev/storybrief/analyze/gold-quotes.tsv";
    private static final String HELD_OUT = "/dev/storybrief/analyze/gold-quotes-heldout.tsv";
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();
    private static final boolean VERBOSE = Boolean.getBoolean("storybrief.gold.verbose");

    private static Scores tuning;
    private static Scores heldOut;

    @BeforeAll
    static void evaluate() {
        SharedCorpus corpus = SharedCorpus.load();
        tuning = score(corpus, TUNING);
        heldOut = score(corpus, HELD_OUT);
        tuning.print("tuning set");
        heldOut.print("held-out set");
    }

    @Test
    void detectionMeetsItsFloor() {
        assertThat(tuning.detection.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(tuning.detection.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(heldOut.detection.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(heldOut.detection.recall()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void attributionMeetsItsFloor() {
        assertThat(tuning.attribution.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(tuning.attribution.recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(heldOut.attribution.precision()).isGreaterThanOrEqualTo(0.80);
        assertThat(heldOut.attribution.recall()).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void partialFlagMeetsItsFloor() {
        assertThat(tuning.partialAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(heldOut.partialAccuracy()).isGreaterThanOrEqualTo(0.85);
    }

    private record Scores(PrecisionRecall detection, PrecisionRecall attribution, int partialCorrect) {
        double partialAccuracy() {
            return (double) partialCorrect / detection.truePositives();
        }

        void print(String set) {
            System.out.println("quotes, " + set + ", detection: " + detection);
            System.out.println("quotes, " + set + ", speaker attribution: " + attribution);
            System.out.printf("quotes, %s, partial flag accuracy on matched quotes: %.3f (%d/%d)%n", set,
                    partialAccuracy(), partialCorrect, detection.truePositives());
        }
    }

    private static Scores score(SharedCorpus corpus, String gold) {
        int matched = 0;
        int predictedCount = 0;
        int goldCount = 0;
        int speakerCorrect = 0;
        int speakerPredicted = 0;
        int speakerGold = 0;
        int partialCorrect = 0;
        for (GoldFile.Block block : GoldFile.read(gold, "D")) {
            String doc = block.header().get(0);
            List<String> sentences = corpus.document(doc).sentences();
            List<Quote> predicted = new ArrayList<>(EXTRACTOR.extract(sentences));
            SpeakerResolver resolver = new SpeakerResolver(sentences);
            predictedCount += predicted.size();
            for (List<String> row : block.rows()) {
                goldCount++;
                int index = Integer.parseInt(row.get(1));
                String sentence = corpus.sentence(doc, index, row.get(2));
                int mark = Integer.parseInt(row.get(3));
                boolean goldPartial = row.get(4).equals("Y");
                String goldSpeaker = row.get(5);
                boolean named = !goldSpeaker.equals("-") && !goldSpeaker.equals("?");
                speakerGold += named ? 1 : 0;
                Quote hit = matching(predicted, index, sentence, mark);
                if (hit == null) {
                    report("MISS", doc, index, sentence.substring(mark, Math.min(sentence.length(), mark + 40)));
                    continue;
                }
                predicted.remove(hit);
                matched++;
                partialCorrect += hit.partial() == goldPartial ? 1 : 0;
                if (hit.partial() != goldPartial) {
                    report("PARTIAL?", doc, index, hit.text());
                }
                if (goldSpeaker.equals("?")) {
                    continue;
                }
                if (hit.speaker() != null) {
                    speakerPredicted++;
                }
                if (named && hit.speaker() != null && sameSpeaker(resolver, hit.speaker(), goldSpeaker)) {
                    speakerCorrect++;
                } else if (named || hit.speaker() != null) {
                    report("SPEAKER " + hit.speaker() + " vs " + goldSpeaker, doc, index, hit.text());
                }
            }
            predicted.forEach(q -> report("FALSE", doc, q.sentenceIndex(), q.text()));
        }
        return new Scores(new PrecisionRecall(matched, predictedCount, goldCount),
                new PrecisionRecall(speakerCorrect, speakerPredicted, speakerGold), partialCorrect);
    }

    private static Quote matching(List<Quote> predicted, int index, String sentence, int mark) {
        int contentStart = mark + (sentence.startsWith("``", mark) ? 2 : 1);
        String content = sentence.substring(contentStart).strip();
        for (Quote quote : predicted) {
            String head = quote.text().substring(0, Math.min(12, quote.text().length()));
            if (quote.sentenceIndex() == index && content.startsWith(head)) {
                return quote;
            }
        }
        return null;
    }

    /**
     * Same speaker: both resolve to the same name in the article, or share the last word ("Hartwell" for
     * "David Hartwell", "leaders" for "the two party leaders").
     */
    private static boolean sameSpeaker(SpeakerResolver resolver, String predicted, String gold) {
        String p = resolver.resolve(predicted).name().toLowerCase(Locale.ROOT);
        String g = resolver.resolve(gold).name().toLowerCase(Locale.ROOT);
        return p.equals(g) || lastWord(p).equals(lastWord(g));
    }

    private static String lastWord(String name) {
        String[] words = name.split("\\s+");
        return words[words.length - 1];
    }

    private static void report(String what, String doc, int index, String text) {
        if (VERBOSE) {
            String shown = text.substring(0, Math.min(60, text.length()));
            System.out.println("  " + what + " " + doc + "#" + index + " " + shown);
        }
    }
}
