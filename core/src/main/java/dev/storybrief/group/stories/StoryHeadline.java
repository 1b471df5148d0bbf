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

/**
 * Names a story, the one choice `stories`, the desk and `brief` all make: the title closest to what the story's articles
 * are about (TF-IDF cosine of each title with the centroid of the articles, in their language's terms; the earliest
 * on a tie), or, when no article has a title, the first sentence of the most central article's first paragraph
 * without the dateline (split by core's {@link SentenceSplitter}), cut to {@value #MAX_WORDS} words. A title is what
 * its outlet says the article is about; the one nearest the whole story says what the story is about.
 */
public final class StoryHeadline {
    static final int MAX_WORDS = 16;
    /** Characters of each article read to tell the story's language: enough for the identifier, cheap for many. */
    private static final int LANGUAGE_SAMPLE = 600;
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    /**
     * An article as the headline is chosen from.
     *
     * @param title its title, or the headline the clean stage found in its text (null or blank when none)
     * @param text  its text
     */
    public record Titled(String title, String text) {
    }

    private StoryHeadline() {
    }

    /** The headline of a story made of these articles (at least one), titled by their title or found headline. */
    public static String of(List<RawDocument> articles) {
        return choose(articles.stream().map(d -> new Titled(titleOf(d), d.text())).toList());
    }

    private static String titleOf(RawDocument doc) {
        for (MetaKey key : List.of(MetaKey.TITLE, MetaKey.HEADLINE)) {
            String title = doc.meta(key);
            if (title != null && !title.isBlank()) {
                return title.strip();
            }
        }
        return null;
    }

    /** The headline of a story made of these articles (at least one), in their order. */
    public static String choose(List<Titled> articles) {
        StringBuilder sample = new StringBuilder();
        articles.forEach(a -> sample.append(a.text(), 0, Math.min(a.text().length(), LANGUAGE_SAMPLE)).append('\n'));
        var chain = TermChains.standard().forLanguage(SparseVector.languageOf(sample.toString()));
        List<List<String>> terms = articles.stream().map(a -> chain.terms(a.text())).toList();
        TfIdf tfIdf = new TfIdf(terms);
        List<TermVector> vectors = terms.stream().map(tfIdf::vector).toList();
        Map<String, Double> sum = new HashMap<>();
        vectors.forEach(v -> v.weights().forEach((t, w) -> sum.merge(t, w, Double::sum)));
        TermVector centroid = TermVector.normalised(sum);
        String best = null;
        double bestCosine = -1;
        for (Titled article : articles) {
            if (article.title() == null || article.title().isBlank()) {
                continue;
            }
            double cosine = tfIdf.vector(chain.terms(article.title())).cosine(centroid);
            if (cosine > bestCosine) {
                best = article.title().strip();
                bestCosine = cosine;
            }
        }
        return best != null ? best : firstSentence(articles.get(mostCentral(vectors, centroid)).text());
    }

    /** The index of the article closest to the centroid of all; the earliest on a tie, the first of one or two. */
    private static int mostCentral(List<TermVector> vectors, TermVector centroid) {
        int best = 0;
        for (int i = 1; i < vectors.size() && vectors.size() > 2; i++) {
            if (vectors.get(i).cosine(centroid) > vectors.get(best).cosine(centroid)) {
                best = i;
            }
        }
        return best;
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
