package dev.storybrief.eval.run;

import java.util.List;

/**
 * A whole evaluation: its settings, how long reading and analysing the clusters took, and one run per system.
 *
 * @param settings          budget and scorer settings
 * @param clusters          number of clusters scored
 * @param preparationSeconds time to ingest, clean, split and group all clusters (shared by every system)
 * @param runs              one entry per system, in the order asked
 */
public record EvalReport(EvalSettings settings, int clusters, double preparationSeconds, List<SystemRun> runs) {

    public EvalReport {
        runs = List.copyOf(runs);
    }
}
