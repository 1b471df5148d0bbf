package dev.storybrief.eval.annotate;

/**
 * A quotation as {@code storybrief annotate} prints it.
 *
 * @param span        the quoted content
 * @param speaker     where the speaker is named, or null when the annotator found no mention
 * @param speakerName the speaker's resolved name, or null when unknown
 */
public record QuoteAnnotation(Span span, Span speaker, String speakerName) {
}
