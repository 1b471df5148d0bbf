package dev.storybrief.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.DefaultLocale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringReportTest {

    /** The report is read by people and scripts beside BENCHMARKS: "0.852", never "0,852", under any JVM locale. */
    @Test
    void figuresAreWrittenTheSameUnderEveryLocale() throws Exception {
        ClusteringReport report = new ClusteringReport(801, 150, 160, BCubed.BCubedScore.of(0.8861, 0.8294),
                0.7804, Map.of("duc2004", new ClusteringReport.Scores(BCubed.BCubedScore.of(0.9, 0.8), 0.7)),
                12_345, 2.5);
        String root = report.describe();
        assertThat(root).contains("B-cubed P 0.886 R 0.829 F1 0.857", "12,345 similarity computations",
                "duc2004:  B-cubed P 0.900 R 0.800");
        for (String tag : new String[] {"de-DE", "ar-EG", "fr-FR"}) {
            DefaultLocale.under(tag, () -> assertThat(report.describe()).as(tag).isEqualTo(root));
        }
    }
}
