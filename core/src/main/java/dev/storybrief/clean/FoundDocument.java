package dev.storybrief.clean;

import dev.storybrief.ingest.RawDocument;

/**
 * One document as the clean stage finds it, from one cleaning: {@code filled} is the document with the outlet, date and
 * headline its briefing would show written into its metadata (for listing and briefing), {@code forGrouping} the text
 * that briefing reads under the headline found, which the story grouper compares.
 *
 * @param filled      the document itself with its found metadata
 * @param forGrouping the cleaned text under the found headline; {@code filled} when cleaning leaves nothing
 */
public record FoundDocument(RawDocument filled, RawDocument forGrouping) {
}
