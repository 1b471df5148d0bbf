package dev.storybrief.group.dates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.SharedData;
import dev.storybrief.Storybrief;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.DateProvenance;
import dev.storybrief.model.DateSource;
import dev.storybrief.model.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Publication-date inference on data it was never tuned on (its rules were fitted to the NATO example): in each of
 * DUC 2004's 50 clusters of dated newswire, one article (the fourth) loses its date and the rest keep theirs; the
 * inferred date is compared with the one taken away. A wrong date is worse than none, so precision is what counts.
 * {@code -Dstorybrief.dates.verbose=true} prints each inferred date beside the true one;
 * {@code -Dstorybrief.dates.hidden=N} takes the date of the N-th article (from 0) instead of the fourth. The
 * odd-numbered clusters are for tuning and the only ones printed; the even ones are a gate, printed with
 * {@code -Dstorybrief.dates.gate=true} (the floors below are checked on all 50 either way).
 */
class UndatedDucArticlesTest {
    /** Which article of each cluster loses its date; another index checks rules read off the fourth on new cases. */
    private static final int HIDDEN = Integer.getInteger("storybrief.dates.hidden", 3);
    /** Prints the gate's counts: read once per change, never to choose between variants. */
    private static final boolean GATE = Boolean.getBoolean("storybrief.dates.gate");
    private static int clusters;
    private static int dated;
    private static int exact;
    private static int withinADay;
    /** The same counts for the odd-numbered clusters only (dated, exact, within a day). */
    private static final int[] odd = new int[3];
    /** The confidence of each inferred date within a day of the truth, and of each further off. */
    private static final List<Double> rightConfidence = new ArrayList<>();
    private static final List<Double> wrongConfidence = new ArrayList<>();

    @BeforeAll
    static void inferOnePerCluster() throws Exception {
        Path file = SharedData.evalData("duc2004/test.jsonl");
        Storybrief storybrief = Storybrief.builder().build();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(file)) {
            JsonNode cluster = json.readTree(line);
            List<RawDocument> docs = new ArrayList<>();
            LocalDate truth = null;
            String hiddenId = null;
            int i = 0;
            for (JsonNode d : cluster.get("documents")) {
                String id = d.get("id").asText();
                boolean hide = i++ == HIDDEN;
                if (hide) {
                    truth = LocalDate.parse(d.get("date").asText());
                    hiddenId = id;
                }
                Map<MetaKey, String> meta = hide ? Map.of() : Map.of(MetaKey.PUBLISHED, d.get("date").asText());
                docs.add(new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, d.get("text").asText(), meta));
            }
            Story story = storybrief.story(cluster.get("id").asText(), docs, new ArrayList<>());
            String wanted = hiddenId;
            AnalyzedArticle hidden = story.articles().stream().filter(a -> a.id().equals(wanted)).findFirst()
                    .orElseThrow();
            clusters++;
            LocalDate inferred = hidden.article().published();
            if (inferred != null && hidden.article().dating().source() == DateSource.INFERRED) {
                dated++;
                long off = Math.abs(ChronoUnit.DAYS.between(truth, inferred));
                if (Boolean.getBoolean("storybrief.dates.verbose")) {
                    System.out.println("  #" + clusters + " " + wanted + " truth " + truth + " inferred " + inferred + " confidence "
                            + hidden.article().dating().confidence() + " basis " + hidden.article().dating().basis());
                }
                (off <= 1 ? rightConfidence : wrongConfidence).add(hidden.article().dating().confidence());
                exact += off == 0 ? 1 : 0;
                withinADay += off <= 1 ? 1 : 0;
                if (clusters % 2 == 0) {
                    odd[0]++;
                    odd[1] += off == 0 ? 1 : 0;
                    odd[2] += off <= 1 ? 1 : 0;
                }
            }
        }
        // the even clusters are the gate: their counts, and the totals they could be read from, only when asked
        System.out.printf("undated DUC articles, odd clusters (tuning): %d dated, %d exactly right, %d within a day%n",
                odd[0], odd[1], odd[2]);
        if (GATE) {
            System.out.printf("  even clusters (gate): %d dated, %d exactly right, %d within a day; all %d clusters: "
                    + "%d, %d, %d (precision %.3f exact, %.3f within a day; coverage %.3f)%n", dated - odd[0],
                    exact - odd[1], withinADay - odd[2], clusters, dated, exact, withinADay,
                    exact / (double) Math.max(1, dated), withinADay / (double) Math.max(1, dated),
                    dated / (double) clusters);
        }
        System.out.printf("  confidence: AUC %.3f of dates within a day against those further off%n", confidenceAuc());
    }

    /** The chance that a date within a day of the truth is more confident than one further off (ties count half). */
    private static double confidenceAuc() {
        double wins = 0;
        for (double right : rightConfidence) {
            for (double wrong : wrongConfidence) {
                wins += right > wrong ? 1 : right == wrong ? 0.5 : 0;
            }
        }
        return wins / Math.max(1, rightConfidence.size() * wrongConfidence.size());
    }

    @Test
    void theConfidenceOfAnInferredDateTellsRightFromWrong() {
        assertThat(rightConfidence).isNotEmpty();
        assertThat(wrongConfidence).isNotEmpty();
        assertThat(confidenceAuc()).as("AUC of the confidence").isGreaterThanOrEqualTo(CONFIDENCE_AUC_FLOOR);
        assertThat(wrongConfidence.stream().filter(c -> c < DateProvenance.UNCERTAIN_BELOW).count())
                .as("wrong dates shown as uncertain").isGreaterThanOrEqualTo(wrongConfidence.size() / 2);
        assertThat(rightConfidence.stream().filter(c -> c < DateProvenance.UNCERTAIN_BELOW).count())
                .as("right dates shown as uncertain").isLessThanOrEqualTo(rightConfidence.size() / 10);
    }

    @Test
    void anInferredDateIsMostlyTheDayTakenAway() {
        assertThat(clusters).isEqualTo(50);
        assertThat(dated).as("some articles are dated at all").isPositive();
        assertThat(withinADay / (double) dated).as("within a day").isGreaterThanOrEqualTo(WITHIN_A_DAY_FLOOR);
        assertThat(exact / (double) dated).as("exactly right").isGreaterThanOrEqualTo(EXACT_FLOOR);
    }

    // Just under what was measured on 2026-12-04 after the retold-plan bound was tightened (40 dated, 23 exactly
    // right, 26 within a day): a guard against getting worse; see docs/BENCHMARKS.md, issue 15, "Held-out check".
    private static final double WITHIN_A_DAY_FLOOR = 0.6;
    private static final double EXACT_FLOOR = 0.52;
    // Measured 0.854 on 2026-12-04 (sixth session) once a day far from every article it agrees with counts less
    // (0.727 before): see docs/BENCHMARKS.md, issue 15.
    private static final double CONFIDENCE_AUC_FLOOR = 0.8;
}
