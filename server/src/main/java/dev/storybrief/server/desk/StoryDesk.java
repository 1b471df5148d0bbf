package dev.storybrief.server.desk;

import dev.storybrief.group.stories.StoryClusterer;
import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.ingest.RawDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * The desk's stories in memory: core's incremental {@link StoryClusterer}, fed every stored article in the order it
 * was stored, its stories read as {@code stories} reads them (second chance, every article placed again, stories of
 * two events split) at every settle. After a restart it is rebuilt by feeding the stored articles again in the same
 * order (the clusterer's result depends only on that order, not on when its stories were read), so the desk shows
 * after any number of kills what one uninterrupted run shows. Showing the stories as the articles arrived instead
 * (they only grew) would keep together what the reading parts: two events of one kind a first article joined.
 *
 * <p>The clusterer holds its first articles back until its IDF has seen enough of them (its warm-up). Until then the
 * desk shows provisional stories, grouped afresh over the articles so far at every settle; when the warm-up ends the
 * real stories replace them. Ending the warm-up early instead would let the IDF of a handful of articles decide the
 * stories for good.
 *
 * <p>Stored story ids are kept: each story takes the stored id most of its articles have, when no story with more of
 * them took it, so readers keep their links across restarts, provisional stories and even grouping code that
 * changed between runs. A story is its articles, not its first one: one article that leaves (an early teaser the
 * regrouping parts from the rest) does not take the story's id and link with it. An id given up (all its articles
 * went to other stories) is never handed out again: the store keeps it ({@link StoryTable#givenUp()}), for after a
 * restart no article holds it. An article updated in place at its
 * source is the same article: when the grouping is redone over its newer text, it stays with most of the articles it
 * was stored beside.
 */
final class StoryDesk {
    private final StoryOptions options;
    private final StoryClusterer clusterer;
    private final List<Long> seqs = new ArrayList<>();
    private final List<RawDocument> warmingUp = new ArrayList<>();
    private final List<String> storedStory = new ArrayList<>();
    private final List<String> storedCopy = new ArrayList<>();
    private final List<Boolean> revised = new ArrayList<>();
    private final Set<String> usedIds = new HashSet<>();
    private int nextNumber = 1;
    /**
     * Whether an article was added or updated since the stories were last stored as {@link #settle()} gave them: a
     * cycle that stored nothing (most of a desk's polls) then settles nothing, instead of reading every stored article's
     * story again to find it unchanged.
     */
    private boolean changedSinceSettled = true;

    private StoryDesk(StoryOptions options) {
        this.options = options;
        this.clusterer = new StoryClusterer(options);
    }

    /** Rebuilds the stories from the stored articles; {@link #settle()} then returns what differs from the store. */
    static StoryDesk replay(DeskStore store, StoryOptions options) {
        List<DeskArticle> stored = new ArrayList<>();
        store.articles().forEach(0, stored::add);
        StoryDesk desk = replay(stored, options);
        // an id no article holds any more was still shown once: handed out again, a reader's link would open another story
        desk.usedIds.addAll(store.stories().givenUp());
        return desk;
    }

    /** Rebuilds the stories from these stored articles, in the order they were stored. */
    static StoryDesk replay(List<DeskArticle> stored, StoryOptions options) {
        StoryDesk desk = new StoryDesk(options);
        stored.forEach(article -> {
            desk.add(article);
            desk.storedStory.set(desk.storedStory.size() - 1, article.storyId());
            desk.storedCopy.set(desk.storedCopy.size() - 1, article.copyOf());
            if (article.storyId() != null) {
                desk.usedIds.add(article.storyId());
            }
        });
        return desk;
    }

    /** Adds the next stored article. */
    void add(DeskArticle article) {
        changedSinceSettled = true;
        seqs.add(article.seq());
        storedStory.add(null);
        storedCopy.add(null);
        revised.add(article.revised() != null);
        RawDocument doc = article.document();
        clusterer.add(doc);
        if (!warmedUp()) {
            warmingUp.add(doc);
        } else {
            warmingUp.clear();
        }
    }

    /**
     * The stored article {@code seq} was updated at its source in place (its newer version replaced the stored text):
     * from now on it is kept with the articles it was stored beside when the desk groups afresh
     * ({@link #keepUpdatedInTheirStories}), as it would be after a restart, which reads the update from the store.
     */
    void revised(long seq) {
        changedSinceSettled = true;
        revised.set(indexOf(seq), true);
    }

    /** Articles added. */
    int size() {
        return seqs.size();
    }

    /** Where each article goes that is not yet stored where it goes. */
    List<StoryTable.Assignment> settle() {
        if (!changedSinceSettled) {
            return List.of();
        }
        List<StoryTable.Assignment> wanted = warmedUp() ? assignments(clusterer.storyIds(), clusterer::originalOf)
                : provisional();
        List<StoryTable.Assignment> changed = new ArrayList<>();
        for (StoryTable.Assignment a : wanted) {
            int index = indexOf(a.seq());
            if (!a.storyId().equals(storedStory.get(index)) || !Objects.equals(a.copyOf(), storedCopy.get(index))) {
                changed.add(a);
            }
        }
        changedSinceSettled = !changed.isEmpty();
        return changed;
    }

    /** The assignments {@link #settle()} returned are stored. */
    void settled(List<StoryTable.Assignment> assignments) {
        for (StoryTable.Assignment a : assignments) {
            int index = indexOf(a.seq());
            storedStory.set(index, a.storyId());
            storedCopy.set(index, a.copyOf());
        }
        changedSinceSettled = false;
    }

    private boolean warmedUp() {
        return seqs.isEmpty() || clusterer.storyIdOf(seqs.size() - 1).isPresent();
    }

    /** Stories of the articles held back for the warm-up, grouped afresh: shown until the real ones exist. */
    private List<StoryTable.Assignment> provisional() {
        StoryClusterer draft = new StoryClusterer(options);
        draft.addAll(warmingUp);
        return assignments(draft.storyIds(), draft::originalOf);
    }

    /**
     * Every article's story, from the clusterer's story of each ({@code clusterOf}, in stored order): an updated article
     * stays with the articles it was stored beside, and each story takes the stored id most of its articles have.
     */
    private List<StoryTable.Assignment> assignments(List<String> clusterOf, IntUnaryOperator originalOf) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < seqs.size(); i++) {
            groups.computeIfAbsent(clusterOf.get(i), cluster -> new ArrayList<>()).add(i);
        }
        keepUpdatedInTheirStories(groups, originalOf);
        Map<String, String> storyOf = ids(groups, new HashSet<>());
        List<StoryTable.Assignment> out = new ArrayList<>();
        groups.forEach((cluster, members) -> members.forEach(
                i -> out.add(assignment(i, storyOf.get(cluster), originalOf.applyAsInt(i)))));
        out.sort(java.util.Comparator.comparingLong(StoryTable.Assignment::seq));
        return out;
    }

    /**
     * Moves every article updated at its source (with its copies) to the group holding most of the articles it was
     * stored beside, when the grouping of its newer text parted them: a correction ("800" become "900 evacuated")
     * changes what the article says, not which event it tells. Ties go to the larger group, then the earlier.
     */
    private void keepUpdatedInTheirStories(Map<String, List<Integer>> groups, IntUnaryOperator originalOf) {
        for (int i = 0; i < seqs.size(); i++) {
            String story = storedStory.get(i);
            if (!revised.get(i) || story == null || originalOf.applyAsInt(i) != i) {
                continue;
            }
            int article = i;
            Map<String, Integer> mates = new LinkedHashMap<>();
            groups.forEach((cluster, members) -> members.stream()
                    .filter(j -> j != article && story.equals(storedStory.get(j)))
                    .forEach(j -> mates.merge(cluster, 1, Integer::sum)));
            String own = groups.entrySet().stream().filter(e -> e.getValue().contains(article)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            String home = mates.entrySet().stream().max(java.util.Comparator.<Map.Entry<String, Integer>>comparingInt(
                            Map.Entry::getValue).thenComparingInt(e -> groups.get(e.getKey()).size()))
                    .map(Map.Entry::getKey).orElse(own);
            if (own == null || home.equals(own) || mates.getOrDefault(own, 0) >= mates.get(home)) {
                continue;
            }
            List<Integer> moving = groups.get(own).stream()
                    .filter(j -> j == article || originalOf.applyAsInt(j) == article).toList();
            groups.get(own).removeAll(moving);
            groups.get(home).addAll(moving);
            java.util.Collections.sort(groups.get(home));
            if (groups.get(own).isEmpty()) {
                groups.remove(own);
            }
        }
    }

    /**
     * A story id for each group: the stored id most of its articles have, given to the group with most articles
     * holding it (then the larger group: a story is its articles, and an early teaser the regrouping parts from them
     * must not take the story's id, its face and its readers' link, because it was stored first; then the group
     * whose first article came first) unless {@code taken} holds it; else a new id.
     */
    private Map<String, String> ids(Map<String, List<Integer>> groups, Set<String> taken) {
        record Claim(String cluster, String story, int votes, int size, int first) {
        }
        List<Claim> claims = new ArrayList<>();
        groups.forEach((cluster, members) -> {
            Map<String, Integer> votes = new LinkedHashMap<>();
            members.stream().map(storedStory::get).filter(Objects::nonNull).forEach(id -> votes.merge(id, 1, Integer::sum));
            votes.forEach((story, count) -> claims.add(new Claim(cluster, story, count, members.size(), members.get(0))));
        });
        claims.sort(java.util.Comparator.comparingInt(Claim::votes).reversed()
                .thenComparing(java.util.Comparator.comparingInt(Claim::size).reversed()).thenComparingInt(Claim::first));
        Map<String, String> named = new HashMap<>();
        for (Claim claim : claims) {
            if (!named.containsKey(claim.cluster()) && !taken.contains(claim.story())) {
                taken.add(claim.story());
                named.put(claim.cluster(), claim.story());
            }
        }
        for (String cluster : groups.keySet()) {
            if (!named.containsKey(cluster)) {
                named.put(cluster, newId(cluster, taken));
            }
        }
        return named;
    }

    /** The clusterer's own id when no story ever had it, else the next free {@code story-N}. */
    private String newId(String cluster, Set<String> taken) {
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
