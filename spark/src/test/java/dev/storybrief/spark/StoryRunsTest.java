package dev.storybrief.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybrief.TestSeed;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scala.Tuple2;

@ExtendWith(TestSeed.class)
class StoryRunsTest {

    @Test
    void everyKeyComesOnceWithAllItsValuesInOrder() {
        Random random = new Random(TestSeed.value());
        for (int round = 0; round < 50; round++) {
            TreeMap<String, List<Integer>> expected = new TreeMap<>();
            int keys = random.nextInt(20);
            for (int k = 0; k < keys; k++) {
                List<Integer> values = new ArrayList<>();
                int count = 1 + random.nextInt(5);
                for (int v = 0; v < count; v++) {
                    values.add(random.nextInt(1000));
                }
                expected.put("story-" + random.nextInt(1_000_000), values);
            }
            List<Tuple2<String, Integer>> sorted = new ArrayList<>();
            expected.forEach((key, values) -> values.forEach(v -> sorted.add(new Tuple2<>(key, v))));

            TreeMap<String, List<Integer>> read = new TreeMap<>();
            List<String> order = new ArrayList<>();
            new StoryRuns<>(sorted.iterator()).forEachRemaining(run -> {
                assertThat(read.put(run._1(), run._2())).as("key %s read twice", run._1()).isNull();
                order.add(run._1());
            });
            assertThat(read).isEqualTo(expected);
            assertThat(order).containsExactlyElementsOf(expected.keySet());
        }
    }

    @Test
    void readsNoFurtherThanTheFirstPairOfTheNextStory() {
        List<Tuple2<String, Integer>> pairs = List.of(new Tuple2<>("a", 1), new Tuple2<>("a", 2),
                new Tuple2<>("b", 3), new Tuple2<>("c", 4));
        int[] consumed = {0};
        Iterator<Tuple2<String, Integer>> counting = new Iterator<>() {
            private final Iterator<Tuple2<String, Integer>> inner = pairs.iterator();

            @Override
            public boolean hasNext() {
                return inner.hasNext();
            }

            @Override
            public Tuple2<String, Integer> next() {
                consumed[0]++;
                return inner.next();
            }
        };
        StoryRuns<String, Integer> runs = new StoryRuns<>(counting);
        assertThat(consumed[0]).isEqualTo(1);
        assertThat(runs.next()).isEqualTo(new Tuple2<>("a", List.of(1, 2)));
        assertThat(consumed[0]).as("story a, and b's first article").isEqualTo(3);
        assertThat(runs.next()).isEqualTo(new Tuple2<>("b", List.of(3)));
        assertThat(runs.next()).isEqualTo(new Tuple2<>("c", List.of(4)));
        assertThat(runs.hasNext()).isFalse();
        assertThatThrownBy(runs::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void nothingInNothingOut() {
        assertThat(new StoryRuns<String, Integer>(List.<Tuple2<String, Integer>>of().iterator()).hasNext()).isFalse();
    }
}
