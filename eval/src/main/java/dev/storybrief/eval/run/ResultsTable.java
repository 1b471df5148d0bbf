package dev.storybrief.eval.run;

import dev.storybrief.eval.rouge.BootstrapFigure;
import dev.storybrief.eval.rouge.MetricAverage;
import dev.storybrief.eval.rouge.RougeMetric;
import dev.storybrief.eval.rouge.RougeTokenization;
import java.util.Locale;

/** The Markdown results table: one row per system, ROUGE averages with 95% confidence intervals. */
public final class ResultsTable {
    private ResultsTable() {
    }

    /** The table, preceded by a line saying what was measured. */
    public static String markdown(EvalReport report) {
        EvalSettings s = report.settings();
        String measure = s.measure() == 'R' ? "recall" : "F1";
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%s, %d clusters, budget %s, ROUGE %s (x100, 95%% CI), flags `%s`%s; reading + analysis %.1f s%n%n",
                s.dataset(), report.clusters(), s.budgetLabel(), measure, s.rougeFlags(),
                s.tokenization() == RougeTokenization.UNICODE ? ", Unicode tokens (not ROUGE-1.5.5's)" : "",
                report.preparationSeconds()));
        out.append("| system | R-1 | R-2 | R-L | R-SU4 | clusters/s | peak heap |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (SystemRun run : report.runs()) {
            out.append("| ").append(run.system());
            for (RougeMetric metric : RougeMetric.values()) {
                out.append(" | ").append(cell(pick(run.average().metric(metric), s.measure())));
            }
            out.append(" | ").append(Double.isNaN(run.clustersPerSecond()) ? "–"
                    : String.format(Locale.ROOT, "%.1f", run.clustersPerSecond()));
            out.append(" | ").append(run.peakHeapBytes() < 0 ? "–"
                    : String.format(Locale.ROOT, "%d MB", run.peakHeapBytes() / (1024 * 1024)));
            out.append(" |\n");
        }
        return out.toString();
    }

    static BootstrapFigure pick(MetricAverage average, char measure) {
        return switch (measure) {
            case 'P' -> average.precision();
            case 'F' -> average.f();
            default -> average.recall();
        };
    }

    private static String cell(BootstrapFigure f) {
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", 100 * f.avg(), 100 * f.ciLow(), 100 * f.ciHigh());
    }
}
