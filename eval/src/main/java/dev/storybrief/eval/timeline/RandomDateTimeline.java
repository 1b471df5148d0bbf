package dev.storybrief.eval.timeline;

import dev.storybrief.brief.timeline.DatedSentencePool;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A floor for the harness: random dates among the days in range that have candidate sentences, and random candidate
 * sentences for each (candidates as in {@link DatedSentencePool#candidatesByDay()}), like tilse's random baseline. The
 * choice depends only on the seed, the collection and the constraints, so a run is reproducible.
 */
public final class RandomDateTimeline implements TimelineSystem {
    /** Name in results. */
    public static final String NAME = "random-dates";

    private final long seed;

    /** A baseline drawing with the given seed. */
    public RandomDateTimeline(long seed) {
        this.seed = seed;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void prepare(TimelineCollection collection) {
        CollectionPool.of(collection);
    }

    @Override
    public Timeline summarize(TimelineCollection collection, TimelineConstraints constraints) {
        DatedSentencePool sentences = CollectionPool.of(collection);
        Random random = new Random(seed ^ collection.id().hashCode() * 31L ^ constraints.hashCode());
        Map<LocalDate, List<Integer>> byDay = new TreeMap<>(sentences.candidatesByDay());
        List<LocalDate> days = new ArrayList<>(byDay.keySet().stream().filter(constraints::allows).toList());
        Collections.shuffle(days, random);
        TreeMap<LocalDate, List<String>> entries = new TreeMap<>();
        for (LocalDate day : days.subList(0, Math.min(constraints.dates(), days.size()))) {
            List<Integer> candidates = new ArrayList<>(byDay.get(day));
            Collections.shuffle(candidates, random);
            Set<String> texts = new LinkedHashSet<>();
            for (int i = 0; i < candidates.size() && texts.size() < constraints.sentencesPerDate(); i++) {
                texts.add(sentences.text(candidates.get(i)));
            }
            entries.put(day, List.copyOf(texts));
        }
        return new Timeline(entries);
    }
}
