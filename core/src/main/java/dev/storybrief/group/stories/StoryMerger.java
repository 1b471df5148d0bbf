package dev.storybrief.group.stories;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins what the blocks found into final stories: stories linked across block edges become one (named by the
 * smallest of their ids), copies linked across edges become one article (named by the smallest article id). Only
 * linked ids are stored, so the merger is small enough to ship to every Spark executor.
 */
public final class StoryMerger implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> storyRoots;
    private final Map<String, String> copyRoots;

    /** A merger of these links, from every block edge. */
    public StoryMerger(Collection<BoundaryLinks> links) {
        KeyUnion stories = new KeyUnion();
        KeyUnion copies = new KeyUnion();
        for (BoundaryLinks edge : links) {
            edge.stories().forEach(l -> stories.union(l.left(), l.right()));
            edge.copies().forEach(l -> copies.union(l.left(), l.right()));
        }
        this.storyRoots = new java.util.HashMap<>(stories.roots());
        this.copyRoots = new java.util.HashMap<>(copies.roots());
    }

    /** The final story of a story found in one block. */
    public String storyOf(String blockStoryId) {
        return storyRoots.getOrDefault(blockStoryId, blockStoryId);
    }

    /** The final representative of an article that a block chose as the representative of its copies. */
    public String representativeOf(String blockRepresentativeId) {
        return copyRoots.getOrDefault(blockRepresentativeId, blockRepresentativeId);
    }

    /**
     * One final story from its articles, copies included, in order.
     *
     * @param storyId          the final story id
     * @param articles         every article of the story, in the order they should be listed
     * @param representativeOf each article's id to the id of the final representative of its copies
     */
    public static StoryGroup assemble(String storyId, List<RawDocument> articles, Map<String, String> representativeOf) {
        Map<String, List<RawDocument>> byRepresentative = new LinkedHashMap<>();
        for (RawDocument doc : articles) {
            byRepresentative.computeIfAbsent(representativeOf.getOrDefault(doc.id(), doc.id()), r -> new ArrayList<>())
                    .add(doc);
        }
        List<RawDocument> distinct = new ArrayList<>();
        List<List<String>> ids = new ArrayList<>();
        List<List<String>> outlets = new ArrayList<>();
        byRepresentative.forEach((rep, copies) -> {
            RawDocument chosen = copies.stream().filter(d -> d.id().equals(rep)).findFirst().orElse(copies.get(0));
            distinct.add(chosen);
            List<String> copyIds = new ArrayList<>();
            copyIds.add(chosen.id());
            Set<String> copyOutlets = new LinkedHashSet<>();
            addOutlet(copyOutlets, chosen);
            for (RawDocument copy : copies) {
                if (copy != chosen) {
                    copyIds.add(copy.id());
                    addOutlet(copyOutlets, copy);
                }
            }
            ids.add(copyIds);
            outlets.add(new ArrayList<>(copyOutlets));
        });
        return new StoryGroup(storyId, StoryHeadline.of(distinct), distinct, ids, outlets);
    }

    private static void addOutlet(Set<String> outlets, RawDocument doc) {
        String outlet = doc.meta(MetaKey.OUTLET);
        if (outlet != null) {
            outlets.add(outlet);
        }
    }
}
