package dev.storybrief.brief;

import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.List;

/**
 * Picks summary sentences for a story within a word budget. Implemented by storybrief's own summarizer and by the
 * classic baselines it is measured against.
 */
public interface Summarizer {

    /** A short name, used on the command line and in result tables. */
    String name();

    /** Summary sentences, verbatim from the story's articles, in reading order, at most {@code words} words. */
    List<SummarySentence> summarize(Story story, int words);
}
