package dev.storybrief.brief.summary;

import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.List;
import java.util.Set;

/**
 * Picks summary sentences for a story within a word budget. Implemented by storybrief's own summarizer and by the
 * classic baselines it is measured against.
 */
public interface Summarizer {

    /** A short name, used on the command line and in result tables. */
    String name();

    /** Summary sentences, verbatim from the story's articles, in reading order, at most {@code words} words. */
    List<SummarySentence> summarize(Story story, int words);

    /**
     * As {@link #summarize(Story, int)}, taking no sentence from the articles {@code apart} from the story (named as
     * coming close to none of the others): a briefing that calls an article another story cannot summarise the story
     * from it. By default the sentences of those articles are left out of the whole story's summary; a summarizer
     * may rank without them instead.
     */
    default List<SummarySentence> summarize(Story story, int words, Set<String> apart) {
        List<SummarySentence> all = summarize(story, words);
        return apart.isEmpty() ? all : all.stream().filter(s -> !apart.contains(s.source())).toList();
    }

    /**
     * As {@link #summarize(Story, int, Set)}, given the story's number disagreements as the briefing finds them once
     * for all its parts ({@code disagreements}, computed when first asked for): a summarizer may state one side of
     * each and leave the rest to the disagreements. By default they are not read.
     */
    default List<SummarySentence> summarize(Story story, int words, Set<String> apart,
                                            java.util.function.Supplier<List<dev.storybrief.model.Disagreement>> disagreements) {
        return summarize(story, words, apart);
    }
}
