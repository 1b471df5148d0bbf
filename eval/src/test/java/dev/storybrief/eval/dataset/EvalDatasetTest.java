package dev.storybrief.eval.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybrief.SharedData;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalDatasetTest {

    @Test
    void readsTheFiftyDucClustersWithTheirDocumentsAndFourReferences() {
        EvalDataset duc = EvalData.duc2004();
        assertThat(duc.size()).isEqualTo(50);
        assertThat(duc.name()).isEqualTo("test.jsonl");
        assertThat(duc.clusters().get(0).id()).isEqualTo("d30001t");
        assertThat(duc.clusters().get(49).id()).isEqualTo("d31050t");
        assertThat(duc.clusters()).allSatisfy(c -> {
            assertThat(c.documents()).hasSize(10);
            assertThat(c.references()).hasSize(4).allSatisfy(r -> assertThat(r).isNotBlank());
            assertThat(c.documents()).allSatisfy(d -> assertThat(d.meta(MetaKey.CLUSTER)).isEqualTo(c.id()));
        });
        assertThat(duc.clusters().stream().mapToInt(c -> c.documents().size()).sum()).isEqualTo(500);
        RawDocument first = duc.clusters().get(0).documents().get(0);
        assertThat(first.id()).isEqualTo("APW19981016.0240");
        assertThat(first.meta(MetaKey.OUTLET)).isEqualTo("APW");
        assertThat(first.meta(MetaKey.PUBLISHED)).isEqualTo("1998-10-16");
        long nyt = duc.clusters().stream().flatMap(c -> c.documents().stream())
                .filter(d -> "NYT".equals(d.meta(MetaKey.OUTLET))).count();
        assertThat(nyt).isEqualTo(173);
    }

    @Test
    void aFolderLoadsEveryJsonlFileInNameOrder() {
        EvalDataset multiNews = EvalDataset.load(SharedData.evalData("multinews-sample100"));
        assertThat(multiNews.name()).isEqualTo("multinews-sample100");
        assertThat(multiNews.size()).isEqualTo(100);
        // test.jsonl (8) < train.jsonl (81) < val.jsonl (11)
        assertThat(multiNews.clusters().subList(0, 8)).allSatisfy(c -> assertThat(c.id()).startsWith("test-"));
        assertThat(multiNews.clusters().subList(8, 89)).allSatisfy(c -> assertThat(c.id()).startsWith("train-"));
        assertThat(multiNews.clusters().subList(89, 100)).allSatisfy(c -> assertThat(c.id()).startsWith("val-"));
        assertThat(multiNews.clusters()).allSatisfy(c -> {
            assertThat(c.references()).hasSize(1);
            assertThat(c.documents().size()).isBetween(2, 10);
        });
        assertThat(EvalDataset.load(SharedData.evalData("multinews-sample100/val.jsonl")).size()).isEqualTo(11);
        String id = multiNews.clusters().get(3).id();
        assertThat(multiNews.cluster(id)).contains(multiNews.clusters().get(3));
        assertThat(multiNews.cluster("no-such-id")).isEmpty();
    }

    @Test
    void smallFileKeepsReferencesVerbatimAndDocumentMetadata(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tiny.jsonl");
        Files.writeString(file, """
                {"id":"c1","documents":[{"id":"c1-a","title":"Bridge reopens","date":"2024-05-02","source":"Gazette","text":"The bridge reopened on Thursday after repairs.\\n\\nTraffic was light."},{"id":"c1-b","text":"Officials reopened the bridge on Thursday."}],"references":["The bridge reopened.\\nTraffic was light."]}

                {"id":"c2","documents":[{"text":"A second story with one article only."}],"references":["One.","Two."]}
                """);
        EvalDataset set = EvalDataset.load(file);
        assertThat(set.clusters()).extracting(EvalCluster::id).containsExactly("c1", "c2");
        EvalCluster c1 = set.clusters().get(0);
        assertThat(c1.references()).containsExactly("The bridge reopened.\nTraffic was light.");
        assertThat(c1.documents()).extracting(RawDocument::id).containsExactly("c1-a", "c1-b");
        assertThat(c1.documents().get(0).meta(MetaKey.TITLE)).isEqualTo("Bridge reopens");
        assertThat(c1.documents().get(0).meta(MetaKey.OUTLET)).isEqualTo("Gazette");
        assertThat(c1.documents().get(0).text()).isEqualTo("The bridge reopened on Thursday after repairs.\n\nTraffic was light.");
        assertThat(set.clusters().get(1).documents()).extracting(RawDocument::id).containsExactly("c2-1");
        assertThat(set.clusters().get(1).references()).containsExactly("One.", "Two.");
    }

    @Test
    void malformedDataStopsTheLoadWithOneLineNamingTheLine(@TempDir Path dir) throws IOException {
        Path badJson = write(dir, "bad.jsonl", "{\"id\":\"c1\",\"documents\":[{\"text\":\"x y\"}],\"references\":[\"r\"]}\n{oops\n");
        assertThatThrownBy(() -> EvalDataset.load(badJson)).isInstanceOf(EvalDataException.class)
                .hasMessageContaining("bad.jsonl: line 2: invalid JSON").message().doesNotContain("\n");

        Path noRefs = write(dir, "norefs.jsonl", "{\"id\":\"c1\",\"documents\":[{\"text\":\"x y\"}]}\n");
        assertThatThrownBy(() -> EvalDataset.load(noRefs)).isInstanceOf(EvalDataException.class)
                .hasMessageContaining("line 1: cluster \"c1\" has no \"references\" array");

        Path noText = write(dir, "notext.jsonl", "{\"id\":\"c1\",\"documents\":[{\"id\":\"d\"}],\"references\":[\"r\"]}\n");
        assertThatThrownBy(() -> EvalDataset.load(noText)).isInstanceOf(EvalDataException.class)
                .hasMessageContaining("no article text");

        Path noId = write(dir, "noid.jsonl", "{\"documents\":[{\"text\":\"x y\"}],\"references\":[\"r\"]}\n");
        assertThatThrownBy(() -> EvalDataset.load(noId)).hasMessageContaining("line 1: no \"id\" string");
    }

    @Test
    void repeatedClusterIdsAcrossFilesAndMissingPathsAreErrors(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("split"));
        String line = "{\"id\":\"same\",\"documents\":[{\"text\":\"Some text here.\"}],\"references\":[\"r\"]}\n";
        write(folder, "a.jsonl", line);
        write(folder, "b.jsonl", line);
        Files.writeString(folder.resolve("README.md"), "not data");
        assertThatThrownBy(() -> EvalDataset.load(folder)).isInstanceOf(EvalDataException.class)
                .hasMessageContaining("b.jsonl: cluster id \"same\" appears twice");

        assertThatThrownBy(() -> EvalDataset.load(dir.resolve("absent"))).isInstanceOf(EvalDataException.class)
                .hasMessageEndingWith("absent: no such file or folder");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> EvalDataset.load(empty)).hasMessageEndingWith("folder holds no .jsonl file");
        assertThatThrownBy(() -> EvalDataset.load(folder.resolve("README.md")))
                .hasMessageEndingWith("README.md: not a .jsonl file");
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
