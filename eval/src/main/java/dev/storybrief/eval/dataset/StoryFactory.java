package dev.storybrief.eval.dataset;

import dev.storybrief.NothingToBriefException;
import dev.storybrief.Storybrief;
import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.clean.ArticleCleaner;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an evaluation cluster into a {@link Story} through core's own stages, {@code clean -> analyze -> group},
 * wired as {@code Storybrief#briefDocuments} wires them, so storybrief and every baseline see the same sentences.
 * An article left empty by cleaning is dropped there too.
 */
public final class StoryFactory {
    private final Storybrief pipeline;

    /** A factory with core's default stages. */
    public StoryFactory() {
        this(new ArticleCleaner(), AnnotatorChain.standard(), new StoryGrouper());
    }

    /** A factory with the given stages. */
    public StoryFactory(ArticleCleaner cleaner, AnnotatorChain annotators, StoryGrouper grouper) {
        this.pipeline = Storybrief.builder().cleaner(cleaner).annotators(annotators).grouper(grouper).build();
    }

    /**
     * The story of one cluster.
     *
     * @throws EvalDataException when no article has text left after cleaning
     */
    public Story story(EvalCluster cluster) {
        return story(cluster.id(), cluster.documents());
    }

    /** The story of already-read documents, under the given id. */
    public Story story(String id, List<RawDocument> documents) {
        try {
            return pipeline.story(id, documents, new ArrayList<>());
        } catch (NothingToBriefException e) {
            throw new EvalDataException("cluster \"" + id + "\": no article text left after cleaning");
        }
    }
}
