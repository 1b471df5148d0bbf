package dev.storybrief.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import scala.Tuple2;

/**
 * Reads pairs sorted by key as one entry per key, holding only the current key's values: what lets the briefing
 * stage keep one story in memory, where {@code groupByKey} would hold a partition's stories in a hash map.
 *
 * @param <K> the key (a story id)
 * @param <V> a value (one of its articles)
 */
final class StoryRuns<K, V> implements Iterator<Tuple2<K, List<V>>> {
    private final Iterator<Tuple2<K, V>> sorted;
    private Tuple2<K, V> pending;

    /** Runs of equal keys in {@code sorted}, which must hold each key's pairs next to each other. */
    StoryRuns(Iterator<Tuple2<K, V>> sorted) {
        this.sorted = sorted;
        this.pending = sorted.hasNext() ? sorted.next() : null;
    }

    @Override
    public boolean hasNext() {
        return pending != null;
    }

    @Override
    public Tuple2<K, List<V>> next() {
        if (pending == null) {
            throw new NoSuchElementException();
        }
        K key = pending._1();
        List<V> values = new ArrayList<>();
        values.add(pending._2());
        pending = null;
        while (sorted.hasNext()) {
            Tuple2<K, V> pair = sorted.next();
            if (!pair._1().equals(key)) {
                pending = pair;
                break;
            }
            values.add(pair._2());
        }
        return new Tuple2<>(key, values);
    }
}
