package dev.storybrief.server.desk;

import dev.storybrief.group.stories.StoryClusterer;
import dev.storybrief.group.stories.StoryOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The desk's stories in memory: core's incremental {@link StoryClusterer}, fed every stored article in the order
 * it was stored. After a restart it is rebuilt by feeding the stored articles again in the same order (the
 * clusterer's result depends only on that order), with the warm-up ended where it ended before, so stories continue
 * where they were. Stored story ids are kept: each of the clusterer's stories takes the stored id of its first
 * article, so even grouping code that changed between runs keeps the ids readers have seen.
 */
final class StoryDesk {
    /** The number of articles at which the clusterer's warm-up was ended early (a small first poll). */
    static final String WARMUP_END = "grouping.warmupEnd";

    private final StoryClusterer clusterer;
    private final List<Long> seqs = new ArrayList<>();
    private final Map<String, String> storyOfCluster = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private int warmupEnd;
    private int settledUpTo;
    private int nextNumber = 1;

    private StoryDesk(StoryOptions options, int warmupEnd) {
        this.clusterer = new StoryClusterer(options);
        this.warmupEnd = warmupEnd;
    }

    /**
     * Rebuilds the stories from the stored articles. Articles stored without a story (a kill came between storing
     * and grouping) are grouped now; {@link #settle()} then returns their assignments.
     */
    static StoryDesk replay(DeskStore store, StoryOptions options) {
        String end = store.articles().state(WARMUP_END);
        StoryDesk desk = new StoryDesk(options, end == null ? -1 : Integer.parseInt(end));
        List<String> stored = new ArrayList<>();
        List<String> storedCopyOf = new ArrayList<>();
        store.articles().forEach(0, article -> {
            desk.add(article);
            stored.add(article.storyId());
            storedCopyOf.add(article.copyOf());
        });
        stored.stream().filter(java.util.Objects::nonNull).forEach(desk::reserve);
        desk.endWarmupIfWaiting();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < stored.size(); i++) {
            String cluster = desk.clusterer.storyIdOf(i).orElseThrow();
            String id = stored.get(i);
            if (id != null && !desk.storyOfCluster.containsKey(cluster) && taken.add(id)) {
                desk.storyOfCluster.put(cluster, id);
            }
        }
        desk.settledUpTo = firstUnsettled(desk, stored, storedCopyOf);
        return desk;
    }

    /** The first article whose stored story or copy differs from the rebuilt one: grouping resumes from there. */
    private static int firstUnsettled(StoryDesk desk, List<String> stored, List<String> storedCopyOf) {
        for (int i = 0; i < stored.size(); i++) {
            StoryTable.Assignment a = desk.assignment(i);
            if (!a.storyId().equals(stored.get(i)) || !java.util.Objects.equals(a.copyOf(), storedCopyOf.get(i))) {
                return i;
            }
        }
        return stored.size();
    }

    /** Adds the next stored article. */
    void add(DeskArticle article) {
        int index = seqs.size();
        seqs.add(article.seq());
        clusterer.add(article.document());
        if (index + 1 == warmupEnd) {
            clusterer.stories();
        }
    }

    /** Articles added. */
    int size() {
        return seqs.size();
    }

    /**
     * Where each article added since the last settle goes. Ends the clusterer's warm-up first when it still holds
     * articles back (a first poll smaller than the warm-up), and says so in {@link #state()}.
     */
    List<StoryTable.Assignment> settle() {
        endWarmupIfWaiting();
        List<StoryTable.Assignment> out = new ArrayList<>();
        for (int i = settledUpTo; i < seqs.size(); i++) {
            out.add(assignment(i));
        }
        return out;
    }

    /** The grouping state to store with the assignments {@link #settle()} returned. */
    Map<String, String> state() {
        return warmupEnd > 0 ? Map.of(WARMUP_END, Integer.toString(warmupEnd)) : Map.of();
    }

    /** The assignments {@link #settle()} returned are stored. */
    void settled() {
        settledUpTo = seqs.size();
    }

    private void endWarmupIfWaiting() {
        if (!seqs.isEmpty() && clusterer.storyIdOf(seqs.size() - 1).isEmpty()) {
            clusterer.stories();
            if (warmupEnd < 0) {
                warmupEnd = seqs.size();
            }
        }
    }

    private StoryTable.Assignment assignment(int index) {
        String cluster = clusterer.storyIdOf(index).orElseThrow();
        String story = storyOfCluster.computeIfAbsent(cluster, this::newStoryId);
        int original = clusterer.originalOf(index);
        return new StoryTable.Assignment(seqs.get(index), story,
                original == index ? null : DeskArticle.idOf(seqs.get(original)));
    }

    /** The clusterer's own id when no stored story has it, else the next free {@code story-N}. */
    private String newStoryId(String cluster) {
        if (usedIds.add(cluster)) {
            return cluster;
        }
        while (!usedIds.add("story-" + nextNumber)) {
            nextNumber++;
        }
        return "story-" + nextNumber;
    }

    private void reserve(String storyId) {
        usedIds.add(storyId);
    }
}
