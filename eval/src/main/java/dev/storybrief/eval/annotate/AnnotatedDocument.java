package dev.storybrief.eval.annotate;

import java.util.List;

/**
 * The parts of one {@code storybrief annotate} JSON line that the evaluations read: {@code {"id","language","date",
 * "timexes":[{"start","end","text","type","value"}],"quotes":[{"start","end","speaker":{"start","end","text"}|null,
 * "speakerName"}]}} (sentences, entities and quantities are ignored here). Offsets are Java string indices into the
 * document's text as given.
 *
 * @param id       the document id
 * @param language ISO 639-1 code, or null
 * @param date     the document date the annotator used, or null
 * @param timexes  temporal expressions in text order
 * @param quotes   quotations in text order
 */
public record AnnotatedDocument(String id, String language, String date, List<TimexAnnotation> timexes,
                                List<QuoteAnnotation> quotes) {

    /** Copies the lists. */
    public AnnotatedDocument {
        timexes = List.copyOf(timexes);
        quotes = List.copyOf(quotes);
    }
}
