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

    /**
     * Days from the median date beyond which an article is of another period (a follow-up months later), as the brief
     * stage's period detector tells them: its headline is that of a later development, not of the story.
     */
    static final long MAX_DAYS_FROM_MEDIAN = 45;
    /** Sentences below which a text is a flash ("BREAKING: ..."), which heads no story that has a full report. */
    static final int REPORT_SENTENCES = 3;

    /** The headline of a story made of these articles (at least one). */
    public static String of(List<RawDocument> articles) {
        RawDocument central = mostCentral(reportsOfTheMainEvent(articles));
        String title = titleOf(central);
        return title != null ? title : firstSentence(central.text());
    }

    /**
     * The articles a story's headline may come from: those of its main period (within {@value #MAX_DAYS_FROM_MEDIAN}
     * days of the median date; undated ones kept) that are full reports, not flashes ({@link #isFlash}); a group that
     * would be left empty is not filtered. The brief stage heads its briefing by the same rule: a story listed by
     * {@code stories} and briefed by {@code brief} must not carry two headlines.
     */
    static List<RawDocument> reportsOfTheMainEvent(List<RawDocument> articles) {
        List<Long> days = articles.stream().map(ArticleDates::epochDay).filter(ArticleDates::isDated).sorted().toList();
        List<RawDocument> main = articles;
        if (days.size() >= 2) {
            long median = days.get((days.size() - 1) / 2);
            main = articles.stream().filter(a -> !ArticleDates.isDated(ArticleDates.epochDay(a))
                    || Math.abs(ArticleDates.epochDay(a) - median) <= MAX_DAYS_FROM_MEDIAN).toList();
        }
        List<RawDocument> reports = main.stream().filter(a -> !isFlash(a.text())).toList();
        return reports.isEmpty() ? main : reports;
    }

    /**
     * True for a flash: a text of fewer than {@value #REPORT_SENTENCES} sentences ("BREAKING: Four killed in fire at
     * warehouse, fire chief says."), sent before the report and replaced by it. Its few words all sit at the story's
     * centre, and its headline is a cry, not the story's.
     */
    public static boolean isFlash(String text) {
        return text != null && SPLITTER.split(text.strip().replaceAll("\\s+", " ")).size() < REPORT_SENTENCES;
    }

    /** The article closest to the centroid of all; the earliest on a tie. */
    static RawDocument mostCentral(List<RawDocument> articles) {
        if (articles.size() <= 2) {
            return articles.get(0);
        }
        // the words of the story's language: English's chain reads a Chinese report as a few stray tokens
        var chain = TermChains.standard().forLanguage(SparseVector.languageOf(articles.get(0).text()));
        List<List<String>> terms = articles.stream().map(a -> chain.terms(a.text())).toList();
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

    private static String titleOf(RawDocument article) {
        for (MetaKey key : List.of(MetaKey.TITLE, MetaKey.HEADLINE)) {
            String title = article.meta(key);
            if (title != null && !title.isBlank()) {
                return title.strip();
            }
        }
        return null;
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
