package dev.storybrief.eval.temporal;

import dev.storybrief.eval.annotate.TimexAnnotation;
import java.time.LocalDate;
import java.util.List;

/**
 * One TempEval-3 document with its gold timexes.
 *
 * @param id     document id
 * @param corpus {@code timebank} or {@code aquaint}
 * @param dct    document creation time, the anchor of relative expressions
 * @param text   the text the offsets refer to
 * @param gold   gold TIMEX3s (the creation time itself is not one of them)
 */
public record TempEvalDocument(String id, String corpus, LocalDate dct, String text, List<TimexAnnotation> gold) {
}
