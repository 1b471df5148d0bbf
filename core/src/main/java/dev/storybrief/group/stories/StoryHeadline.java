package dev.storybrief.group.stories;

import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.analyze.SentenceSplitter;
import dev.storybrief.clean.Datelines;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.vector.TfIdf;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names a story: the title of its most central article (the one closest to the story's TF-IDF centroid), else the
 * headline the clean stage found in its text, or, when that article has neither, the first sentence of its first paragraph without the dateline (split by core's
 * {@link SentenceSplitter}), cut to {@value #MAX_WORDS} words.
 */
public final class StoryHeadline {
    static final int MAX_WORDS = 16;
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private StoryHeadline() {
    }

    /** The headline of a story made of these articles (at least one). */
    public static String of(List<RawDocument> articles) {
        RawDocument central = mostCentral(articles);
        for (MetaKey key : List.of(MetaKey.TITLE, MetaKey.HEADLINE)) {
            String title = central.meta(key);
            if (title != null && !title.isBlank()) {
                return title.strip();
            }
        }
        return firstSentence(central.text());
    }

    /** The article closest to the centroid of all; the earliest on a tie. */
    static RawDocument mostCentral(List<RawDocument> articles) {
        if (articles.size() <= 2) {
            return articles.get(0);
        }
        List<List<String>> terms = articles.stream().map(a -> TermChains.english().terms(a.text())).toList();
        TfIdf tfIdf = new TfIdf(terms);
        List<TermVector> vectors = terms.stream().map(tfIdf::vector).toList();
        Map<String, Double> sum = new HashMap<>();
        vectors.forEach(v -> v.weights().forEach((t, w) -> sum.merge(t, w, Double::sum)));
        TermVector centroid = TermVector.normalised(sum);
        int best = 0;
        for (int i = 1; i < vectors.size(); i++) {
            if (vectors.get(i).cosine(centroid) > vectors.get(best).cosine(centroid)) {
                best = i;
            }
        }
        return articles.get(best);
    }

    /** The first sentence of a text without its dateline, at most {@value #MAX_WORDS} words ("..." when cut). */
    static String firstSentence(String text) {
        String paragraph = text.strip().split("\\n\\s*\\n", 2)[0];
        String flat = paragraph.substring(0, Math.min(paragraph.length(), 1000)).replaceAll("\\s+", " ");
        flat = Datelines.skip(flat);
        List<String> sentences = SPLITTER.split(flat);
        String sentence = sentences.isEmpty() ? flat : sentences.get(0).strip();
        String[] words = sentence.split(" ");
        if (words.length <= MAX_WORDS) {
            return sentence;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)) + " ...";
    }
}
