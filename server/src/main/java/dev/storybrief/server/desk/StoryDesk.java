package dev.storybrief.server.desk;

import dev.storybrief.group.stories.StoryClusterer;
import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.ingest.RawDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The desk's stories in memory: core's incremental {@link StoryClusterer}, fed every stored article in the order it
 * was stored. After a restart it is rebuilt by feeding the stored articles again in the same order (the clusterer's
 * result depends only on that order), so stories continue where they were.
 *
 * <p>The clusterer holds its first articles back until its IDF has seen enough of them (its warm-up). Until then the
 * desk shows provisional stories, grouped afresh over the articles so far at every settle; when the warm-up ends the
 * real stories replace them. Ending the warm-up early instead would let the IDF of a handful of articles decide the
 * stories for good.
 *
 * <p>Stored story ids are kept: each story takes the stored id of its first article that has one not taken by an
 * earlier story, so readers keep their links across restarts, provisional stories and even grouping code that
 * changed between runs.
 */
final class StoryDesk {
    private final StoryOptions options;
    private final StoryClusterer clusterer;
    private final List<Long> seqs = new ArrayList<>();
    private final List<RawDocument> warmingUp = new ArrayList<>();
    private final List<String> storedStory = new ArrayList<>();
    private final List<String> storedCopy = new ArrayList<>();
    private final Map<String, String> storyOfCluster = new HashMap<>();
    private final Set<String> claimed = new HashSet<>();
    private final Set<String> usedIds = new HashSet<>();
    private int settledUpTo;
    private boolean provisional;
    private int nextNumber = 1;

    private StoryDesk(StoryOptions options) {
        this.options = options;
        this.clusterer = new StoryClusterer(options);
    }

    /** Rebuilds the stories from the stored articles; {@link #settle()} then returns what differs from the store. */
    static StoryDesk replay(DeskStore store, StoryOptions options) {
        StoryDesk desk = new StoryDesk(options);
        store.articles().forEach(0, article -> {
            desk.add(article);
            desk.storedStory.set(desk.storedStory.size() - 1, article.storyId());
            desk.storedCopy.set(desk.storedCopy.size() - 1, article.copyOf());
            if (article.storyId() != null) {
                desk.usedIds.add(article.storyId());
            }
        });
        desk.provisional = true;
        return desk;
    }

    /** Adds the next stored article. */
    void add(DeskArticle article) {
        seqs.add(article.seq());
        storedStory.add(null);
        storedCopy.add(null);
        RawDocument doc = article.document();
        clusterer.add(doc);
        if (!warmedUp()) {
            warmingUp.add(doc);
        } else {
            warmingUp.clear();
        }
    }

    /** Articles added. */
    int size() {
        return seqs.size();
    }

    /** Where each article goes that is not yet stored where it goes. */
    List<StoryTable.Assignment> settle() {
        List<StoryTable.Assignment> wanted = warmedUp() ? real() : provisional();
        List<StoryTable.Assignment> changed = new ArrayList<>();
        for (StoryTable.Assignment a : wanted) {
            int index = indexOf(a.seq());
            if (!a.storyId().equals(storedStory.get(index)) || !Objects.equals(a.copyOf(), storedCopy.get(index))) {
                changed.add(a);
            }
        }
        return changed;
    }

    /** The assignments {@link #settle()} returned are stored. */
    void settled(List<StoryTable.Assignment> assignments) {
        for (StoryTable.Assignment a : assignments) {
            int index = indexOf(a.seq());
            storedStory.set(index, a.storyId());
            storedCopy.set(index, a.copyOf());
        }
        if (warmedUp()) {
            settledUpTo = seqs.size();
            provisional = false;
        }
    }

    private boolean warmedUp() {
        return seqs.isEmpty() || clusterer.storyIdOf(seqs.size() - 1).isPresent();
    }

    /** The clusterer's stories, for the articles not settled since (all of them after provisional ones). */
    private List<StoryTable.Assignment> real() {
        List<StoryTable.Assignment> out = new ArrayList<>();
        for (int i = provisional ? 0 : settledUpTo; i < seqs.size(); i++) {
            String cluster = clusterer.storyIdOf(i).orElseThrow();
            String story = storyOfCluster.get(cluster);
            if (story == null) {
                // articles are visited in order, so this is the story's first article
                story = idFor(cluster, i, claimed);
                storyOfCluster.put(cluster, story);
            }
            out.add(assignment(i, story, clusterer.originalOf(i)));
        }
        return out;
    }

    /** Stories of the articles held back for the warm-up, grouped afresh: shown until the real ones exist. */
    private List<StoryTable.Assignment> provisional() {
        provisional = true;
        StoryClusterer draft = new StoryClusterer(options);
        draft.addAll(warmingUp);
        draft.stories();
        Map<String, String> storyOfDraft = new HashMap<>();
        Set<String> taken = new HashSet<>();
        List<StoryTable.Assignment> out = new ArrayList<>();
        for (int i = 0; i < seqs.size(); i++) {
            int index = i;
            String story = storyOfDraft.computeIfAbsent(draft.storyIdOf(i).orElseThrow(),
                    cluster -> idFor(cluster, index, taken));
            out.add(assignment(i, story, draft.originalOf(i)));
        }
        return out;
    }

    /** The stored id of the story's first article when no earlier story took it, else a new one. */
    private String idFor(String cluster, int firstArticle, Set<String> taken) {
        String stored = firstArticle < 0 ? null : storedStory.get(firstArticle);
        if (stored != null && taken.add(stored)) {
            return stored;
        }
        String id = usedIds.add(cluster) ? cluster : null;
        while (id == null) {
            String candidate = "story-" + nextNumber++;
            id = usedIds.add(candidate) ? candidate : null;
        }
        taken.add(id);
        return id;
    }

    private StoryTable.Assignment assignment(int index, String story, int original) {
        return new StoryTable.Assignment(seqs.get(index), story,
                original == index ? null : DeskArticle.idOf(seqs.get(original)));
    }

    private int indexOf(long seq) {
        int index = java.util.Collections.binarySearch(seqs, seq);
        if (index < 0) {
            throw new IllegalArgumentException("no article " + seq);
        }
        return index;
    }
}
