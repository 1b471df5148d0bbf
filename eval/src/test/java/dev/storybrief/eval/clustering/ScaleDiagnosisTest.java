package dev.storybrief.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestSeed;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sub-streams and the interleaving of {@link ScaleDiagnosis}, on made-up articles. */
@ExtendWith(TestSeed.class)
class ScaleDiagnosisTest {
    private static RawDocument doc(String id) {
        return new RawDocument(id, Path.of(id), SourceFormat.TEXT, "text of " + id, Map.of());
    }

    /** Eight clusters of three articles in set "a", four of two in set "b", in a shuffled order. */
    private static ArticleStream stream(long seed) {
        List<RawDocument> articles = new ArrayList<>();
        Map<String, String> truth = new LinkedHashMap<>();
        Map<String, String> dataset = new LinkedHashMap<>();
        for (int c = 0; c < 8; c++) {
            for (int i = 0; i < 3; i++) {
                String id = "a" + c + "-" + i;
                articles.add(doc(id));
                truth.put(id, "a/" + c);
                dataset.put(id, "a");
            }
        }
        for (int c = 0; c < 4; c++) {
            for (int i = 0; i < 2; i++) {
                String id = "b" + c + "-" + i;
                articles.add(doc(id));
                truth.put(id, "b/" + c);
                dataset.put(id, "b");
            }
        }
        java.util.Collections.shuffle(articles, new Random(seed));
        return new ArticleStream(articles, truth, dataset, seed);
    }

    @Test
    void aSubStreamKeepsWholeClustersOfEachSetInTheStreamsOwnOrder() {
        long seed = TestSeed.value();
        ArticleStream whole = stream(seed);
        ArticleStream half = ScaleDiagnosis.subStream(whole, 2, new Random(seed));
        Set<String> clusters = Set.copyOf(half.truth().values());
        assertThat(clusters.stream().filter(c -> c.startsWith("a/")).count()).isEqualTo(4);
        assertThat(clusters.stream().filter(c -> c.startsWith("b/")).count()).isEqualTo(2);
        // every article of a kept cluster is in, and no other
        List<String> expected = whole.articles().stream().map(RawDocument::id)
                .filter(id -> clusters.contains(whole.truth().get(id))).toList();
        assertThat(half.articles().stream().map(RawDocument::id).toList()).isEqualTo(expected);
        assertThat(half.dataset().keySet()).isEqualTo(half.truth().keySet());
    }

    @Test
    void interleavingKeepsEachListsOrder() {
        long seed = TestSeed.value();
        List<RawDocument> first = stream(seed).articles().subList(0, 20);
        List<RawDocument> second = stream(seed + 1).articles().stream().map(d -> doc("x" + d.id())).toList();
        List<RawDocument> merged = ScaleDiagnosis.interleaved(first, second, new Random(seed));
        assertThat(merged).hasSize(first.size() + second.size());
        assertThat(merged.stream().filter(first::contains).toList()).isEqualTo(first);
        assertThat(merged.stream().filter(d -> d.id().startsWith("x")).collect(Collectors.toList())).isEqualTo(second);
    }
}
