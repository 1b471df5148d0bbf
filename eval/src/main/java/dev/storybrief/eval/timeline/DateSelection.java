package dev.storybrief.eval.timeline;

import dev.storybrief.eval.metric.PrecisionRecall;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Date selection as news-tls scores it ({@code evaluate_dates}): the predicted dates against the dates of the
 * reference timelines, as sets; precision {@code shared / predicted}, recall {@code shared / reference}.
 */
public final class DateSelection {
    private DateSelection() {
    }

    /** Precision and recall of the predicted dates (F1 via {@link PrecisionRecall#f1()}). */
    public static PrecisionRecall score(Timeline predicted, List<Timeline> references) {
        Set<LocalDate> reference = new HashSet<>();
        references.forEach(r -> reference.addAll(r.dates()));
        long shared = predicted.dates().stream().filter(reference::contains).count();
        return PrecisionRecall.of(shared, predicted.size(), reference.size());
    }
}
