package dev.storybrief.eval.timeline;

import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Granularity;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.TimexSpan;
import dev.storybrief.model.Words;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.vector.TfIdf;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sentences of a timeline collection with the days they mention, for the reference timeline systems: each line of
 * an article is a paragraph annotated by core's annotator chain (sentences, terms, temporal expressions resolved
 * against the article's publication date; only expressions resolved to a single day count, as news-tls keeps only
 * day-level dates). TF-IDF vectors over all the collection's sentences come with it.
 *
 * <p>Built once per collection and shared by the systems that run on it ({@link #of}; one collection is kept, the
 * evaluation runs one topic's timelines after each other).
 */
final class DatedSentences {
    /** Sentences from the start of an article that stand for its publication day (news-tls {@code clip_sents}). */
    static final int LEAD_SENTENCES = 5;

    private static final AnnotatorChain CHAIN = AnnotatorChain.standard().without("quantities").without("quotes")
            .without("entities");
    private static TimelineCollection cachedFor;
    private static DatedSentences cached;

    /**
     * One sentence.
     *
     * @param article   index of its article in the collection
     * @param position  its index within the article
     * @param published its article's publication date
     * @param text      the sentence
     * @param mentions  the days it names, in text order
     */
    record DatedSentence(int article, int position, LocalDate published, String text, Set<LocalDate> mentions) {
    }

    private final List<DatedSentence> sentences;
    private final TfIdf tfIdf;
    private final List<List<String>> terms;

    private DatedSentences(List<DatedSentence> sentences, List<List<String>> terms) {
        this.sentences = List.copyOf(sentences);
        this.terms = List.copyOf(terms);
        this.tfIdf = new TfIdf(terms);
    }

    /** The sentences of a collection, built once for the last collection asked for. */
    static synchronized DatedSentences of(TimelineCollection collection) {
        if (cachedFor != collection) {
            cached = build(collection);
            cachedFor = collection;
        }
        return cached;
    }

    private static DatedSentences build(TimelineCollection collection) {
        List<DatedSentence> all = new ArrayList<>();
        List<List<String>> terms = new ArrayList<>();
        List<TimelineArticle> articles = collection.articles();
        for (int a = 0; a < articles.size(); a++) {
            TimelineArticle article = articles.get(a);
            List<String> lines = java.util.Arrays.stream(article.text().split("\n")).map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            AnalyzedArticle doc = CHAIN.annotate(new Article("a" + a, null, null, null, null, article.date(), "dataset",
                    lines, List.of()));
            for (Sentence sentence : doc.sentences()) {
                all.add(new DatedSentence(a, sentence.index(), article.date(), sentence.text(),
                        days(doc.timexes(sentence))));
                terms.add(doc.termsOf(sentence));
            }
        }
        return new DatedSentences(all, terms);
    }

    private static Set<LocalDate> days(List<TimexSpan> mentions) {
        Set<LocalDate> days = new LinkedHashSet<>();
        for (TimexSpan m : mentions) {
            if (m.isCalendarDate() && m.granularity() == Granularity.DAY) {
                days.add(LocalDate.parse(m.value()));
            }
        }
        return days;
    }

    /** Every sentence, article by article. */
    List<DatedSentence> all() {
        return sentences;
    }

    /**
     * The candidate sentences of each day, as news-tls's sentence collectors gather them: a sentence that names a day
     * is a candidate for that day; one that names none and is among the first {@link #LEAD_SENTENCES} of its article
     * stands for its publication day and the day before (news-tls {@code pub_end = 2}).
     *
     * @return sentence indexes by day
     */
    Map<LocalDate, List<Integer>> candidatesByDay() {
        Map<LocalDate, List<Integer>> byDay = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            DatedSentence s = sentences.get(i);
            if (!s.mentions().isEmpty()) {
                for (LocalDate day : s.mentions()) {
                    byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(i);
                }
            } else if (s.position() < LEAD_SENTENCES) {
                byDay.computeIfAbsent(s.published(), d -> new ArrayList<>()).add(i);
                byDay.computeIfAbsent(s.published().minusDays(1), d -> new ArrayList<>()).add(i);
            }
        }
        return byDay;
    }

    /** The sentence's TF-IDF vector over the collection's sentences. */
    TermVector vector(int sentence) {
        return tfIdf.vector(terms.get(sentence));
    }

    /** Number of words of a sentence. */
    int words(int sentence) {
        return Words.count(sentences.get(sentence).text());
    }
}
