package dev.storybrief.eval.annotate;

/**
 * A temporal expression as {@code storybrief annotate} prints it.
 *
 * @param span  where it is
 * @param type  TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value ({@code 2011-10-28}, {@code 2011-W43}, {@code P3D}, {@code PRESENT_REF} ...); null when
 *              the annotator could not resolve it
 */
public record TimexAnnotation(Span span, String type, String value) {
}
