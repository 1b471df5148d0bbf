package dev.storybrief.clean;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.model.Article;

/**
 * One document as the clean stage finds it, from one cleaning: {@code filled} is the document with the outlet, date and
 * headline its briefing would show written into its metadata (for listing and briefing), {@code forGrouping} the text
 * that briefing reads under the headline found, which the story grouper compares, and {@code cleaned} that cleaning
 * itself, kept so that briefing {@code filled} need not clean it again.
 *
 * @param filled      the document itself with its found metadata
 * @param forGrouping the cleaned text under the found headline; {@code filled} when cleaning leaves nothing
 * @param cleaned     the article cleaning {@code filled} gives, the same as the cleaning the metadata came from
 *                    ({@link FoundMetadata#cleansAlike}); {@code null} when that is not certain, and {@code filled} is
 *                    to be cleaned again
 */
public record FoundDocument(RawDocument filled, RawDocument forGrouping, Article cleaned) {
}
