package dev.storybrief.eval.quotes;

import java.util.List;

/**
 * One PolNeAR article with its gold attributions.
 *
 * @param id           the article's PolNeAR name
 * @param split        the file it came from ({@code train}, {@code dev})
 * @param text         the article text the offsets refer to
 * @param attributions attributions with a content span, in text order
 */
public record PolnearDocument(String id, String split, String text, List<GoldAttribution> attributions) {
}
