package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.SharedData;
import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.QuantitySpan;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quantity rules on real French news (MultiLing 2011 fr, 100 articles): every article is read as French, the
 * rules find figures in it, the casualty keys English uses occur, and a seeded random sample is printed for judging
 * value and key by hand ({@code -Dquantities.seed=N} picks another sample; docs/BENCHMARKS.md has the judgement).
 */
class FrenchQuantitySampleTest {
    private static final int SAMPLE = 40;

    @Test
    void findsQuantitiesInFrenchNewsAndPrintsASampleToJudge() throws Exception {
        List<String[]> found = new ArrayList<>();
        int articles = 0;
        try (BufferedReader in = Files.newBufferedReader(SharedData.evalData("multiling2011/fr/test.jsonl"))) {
            ObjectMapper json = new ObjectMapper();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                for (JsonNode doc : json.readTree(line).get("documents")) {
                    AnalyzedArticle a = AnnotatorChain.standard().annotate(new Article(doc.get("id").asText(), null, null,
                            null, null, null, null, Arrays.asList(doc.get("text").asText().split("\n\n")), List.of()));
                    assertThat(a.language()).isEqualTo("fr");
                    articles++;
                    for (QuantitySpan q : a.quantities()) {
                        assertThat(a.text().substring(q.start(), q.end())).isEqualTo(q.text());
                        found.add(new String[] {a.id(), q.text(), String.valueOf(q.value()), q.qualifier().name(), q.key(),
                                context(a.text(), q)});
                    }
                }
            }
        }
        assertThat(found).isNotEmpty();
        assertThat(found).extracting(f -> f[4]).contains("people killed");
        long seed = Long.getLong("quantities.seed", 13);
        List<String[]> sample = new ArrayList<>(found);
        Collections.shuffle(sample, new Random(seed));
        System.out.printf("quantities: %d in %d French articles; sample of %d, seed %d%n", found.size(), articles,
                Math.min(SAMPLE, sample.size()), seed);
        sample.stream().limit(SAMPLE).forEach(f -> System.out.printf("%s | %s | %s %s | %s | ...%s...%n",
                f[0], f[1], f[3], f[2], f[4], f[5]));
    }

    private static String context(String text, QuantitySpan q) {
        return text.substring(Math.max(0, q.start() - 60), Math.min(text.length(), q.end() + 40)).replace('\n', ' ');
    }
}
