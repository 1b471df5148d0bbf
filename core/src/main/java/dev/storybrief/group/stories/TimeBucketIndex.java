package dev.storybrief.group.stories;

import dev.storybrief.util.IntList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * An inverted index from a key (a term, an LSH band) to item numbers, split by time bucket so that a lookup for an
 * article sees only items from the buckets its time window reaches: the posting lists a lookup walks stay as long as
 * one window's worth of news, however long the stream runs. Buckets are one window long, so the window around a day
 * lies within its bucket and the two beside it. Undated items sit in a bucket of their own.
 *
 * @param <K> the key type
 */
final class TimeBucketIndex<K> {
    private final int bucketDays;
    private final Map<K, Map<Long, IntList>> postings = new HashMap<>();

    TimeBucketIndex(int bucketDays) {
        this.bucketDays = bucketDays;
    }

    /** An index with the same postings, which changes independently of this one. */
    TimeBucketIndex<K> copy() {
        TimeBucketIndex<K> copy = new TimeBucketIndex<>(bucketDays);
        postings.forEach((key, byBucket) -> {
            Map<Long, IntList> buckets = new HashMap<>(4);
            byBucket.forEach((bucket, items) -> buckets.put(bucket, items.copy()));
            copy.postings.put(key, buckets);
        });
        return copy;
    }

    /** The bucket of a day; undated days share {@link ArticleDates#UNDATED}. */
    long bucketOf(long day) {
        return ArticleDates.isDated(day) ? Math.floorDiv(day, bucketDays) : ArticleDates.UNDATED;
    }

    /** Files {@code item} under {@code key} in the bucket of {@code day}. */
    void add(K key, long day, int item) {
        postings.computeIfAbsent(key, k -> new HashMap<>(4))
                .computeIfAbsent(bucketOf(day), b -> new IntList()).add(item);
    }

    /**
     * Calls {@code consumer} for every item under {@code key} in the buckets around {@code day} and in the undated
     * bucket; an undated day sees only the undated bucket. Lists longer than {@code maxPostings} are skipped.
     */
    void forEachNear(K key, long day, int maxPostings, IntConsumer consumer) {
        Map<Long, IntList> byBucket = postings.get(key);
        if (byBucket == null) {
            return;
        }
        visit(byBucket.get(ArticleDates.UNDATED), maxPostings, consumer);
        if (ArticleDates.isDated(day)) {
            long bucket = bucketOf(day);
            for (long b = bucket - 1; b <= bucket + 1; b++) {
                visit(byBucket.get(b), maxPostings, consumer);
            }
        }
    }

    /** Calls {@code consumer} for every item under {@code key} in any bucket, for keys selective enough to allow it. */
    void forEachAnyTime(K key, IntConsumer consumer) {
        Map<Long, IntList> byBucket = postings.get(key);
        if (byBucket != null) {
            byBucket.values().forEach(list -> visit(list, Integer.MAX_VALUE, consumer));
        }
    }

    private static void visit(IntList list, int maxPostings, IntConsumer consumer) {
        if (list == null || list.size() > maxPostings) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            consumer.accept(list.get(i));
        }
    }
}
