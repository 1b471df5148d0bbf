package dev.storybrief.group;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.SharedData;
import dev.storybrief.Storybrief;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Support across languages on MultiLing 2011, whose documents are translations of the same articles (same ids in
 * every language): each story is one cluster in language A, the A-to-B translations of its first five documents, and
 * three B documents of the next cluster as a control. Recall: of A's sentences in those five documents that carry a
 * number or date, the share supported by their own translation. False support: the share of A's sentences supported
 * by a control document. Arabic has no capitals, so its sentences meet others on numbers and dates only.
 */
class CrossLanguageSupportOnMultiLingTest {
    private static final int TRANSLATED = 5;
    private static final int CONTROLS = 3;

    @ParameterizedTest
    @CsvSource({"fr,cs,0.62", "fr,ar,0.28", "cs,ar,0.28"})
    void translationsSupportTheirOriginalsAndOtherStoriesDoNot(String main, String other, double recallFloor)
            throws Exception {
        List<List<JsonNode>> mainClusters = clusters(main);
        List<List<JsonNode>> otherClusters = clusters(other);
        int anchored = 0;
        int byTranslation = 0;
        int sentences = 0;
        int byControl = 0;
        for (int c = 0; c < mainClusters.size(); c++) {
            List<RawDocument> docs = new ArrayList<>();
            mainClusters.get(c).forEach(d -> docs.add(document(main, d)));
            otherClusters.get(c).stream().limit(TRANSLATED).forEach(d -> docs.add(document(other, d)));
            otherClusters.get((c + 1) % otherClusters.size()).stream().limit(CONTROLS)
                    .forEach(d -> docs.add(document("control", d)));
            Story story = Storybrief.builder().build().story("m" + c, docs, new ArrayList<>());
            for (AnalyzedArticle article : story.articles()) {
                if (!article.id().startsWith(main + "-")) {
                    continue;
                }
                String translation = other + "-" + article.id().substring(main.length() + 1);
                boolean translated = story.articles().stream().anyMatch(a -> a.id().equals(translation))
                        && story.laterArticles().contains(article.id()) == story.laterArticles().contains(translation);
                for (Sentence s : article.sentences()) {
                    List<String> support = story.supportOf(s);
                    sentences++;
                    byControl += support.stream().anyMatch(id -> id.startsWith("control-")) ? 1 : 0;
                    if (translated && !SentenceAnchors.of(s.text(), List.of()).numbers().isEmpty()) {
                        anchored++;
                        byTranslation += support.contains(translation) ? 1 : 0;
                    }
                }
            }
        }
        double recall = byTranslation / (double) anchored;
        double falseSupport = byControl / (double) sentences;
        System.out.printf("support across languages %s+%s: %d of %d sentences with a number supported by their "
                + "translation (%.3f); %d of %d sentences supported by another story's article (%.4f)%n",
                main, other, byTranslation, anchored, recall, byControl, sentences, falseSupport);
        assertThat(anchored).isGreaterThan(100);
        assertThat(recall).isGreaterThanOrEqualTo(recallFloor);
        assertThat(falseSupport).isLessThanOrEqualTo(0.01);
    }

    private static List<List<JsonNode>> clusters(String language) throws Exception {
        Path file = SharedData.evalData("multiling2011/" + language + "/test.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<List<JsonNode>> clusters = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            List<JsonNode> docs = new ArrayList<>();
            json.readTree(line).get("documents").forEach(docs::add);
            clusters.add(docs);
        }
        return clusters;
    }

    private static RawDocument document(String prefix, JsonNode doc) {
        String id = prefix + "-" + doc.get("id").asText();
        String title = doc.path("title").asText("");
        String text = (title.isEmpty() ? "" : title + "\n\n") + doc.get("text").asText();
        Map<MetaKey, String> meta = doc.hasNonNull("date") ? Map.of(MetaKey.PUBLISHED, doc.get("date").asText()) : Map.of();
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, meta);
    }
}
