package dev.storybrief.brief;

import dev.storybrief.group.SameClaim;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.SummarySentence;
import dev.storybrief.model.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * storybrief's own summarizer: ranks sentences by how central they are to the story (cosine with the TF-IDF
 * centroid of all its sentences), how many other outlets say the same (and how closely the rest come to it), and
 * how early they come in their article;
 * then fills the word budget greedily, skipping sentences that share much vocabulary with one already chosen
 * (TF-IDF cosine of 0.25 or more: a strict threshold, measured best on DUC 2004 and Multi-News alike, since two news
 * sentences about one event rarely share that much unless they repeat a fact), and orders the result by article
 * date, then position, so it reads as a story ({@link Ordering#STORY}), or most important first
 * ({@link Ordering#IMPORTANCE}), for readers or scorers that stop after the first words. Each candidate is
 * first shortened by a {@link SentenceTrimmer} (closing attributions, relative weekdays, asides; the standard one by
 * default), and the budget counts the trimmed words; the verbatim sentence travels with it. A statement no other
 * outlet makes keeps its closing attribution (", police said"): the reader should know whose claim it is.
 */
public final class StorySummarizer implements Summarizer {
    /** How many times a newer figure may come in: a count given anew on more days than this is a long story's. */
    static final int MAX_FIGURE_STEPS = 5;
    /**
     * When the words left are filled, a candidate repeats the chosen sentences when they carry this share of its term
     * weight between them: it must bring at least a third of what it says anew (its event, its figure, its speaker's
     * words), more than a shared name or setting.
     */
    static final double FILL_REPEAT = 2.0 / 3;
    /** The words that set a day as the day of an event: "on Tuesday", "early on Tuesday", "late Friday". */
    private static final java.util.regex.Pattern EVENT_DAY =
            java.util.regex.Pattern.compile("(?i)\\b(?:on|early|late)\\s+$");
    /** The default redundancy threshold (TF-IDF cosine). */
    public static final double DEFAULT_REDUNDANCY = 0.25;

    /** How the chosen sentences are laid out. */
    public enum Ordering {
        /** By article date, then position in the article: reads as a story. */
        STORY,
        /** In the order they were chosen, the most important first: any prefix is the best summary of its length. */
        IMPORTANCE
    }

    /**
     * What a sentence's score adds to its centrality (cosine with the story's centroid), and when a candidate
     * repeats a chosen sentence.
     *
     * @param support       weight of the share of other outlets saying nearly the same ({@link Story#supportOf})
     * @param corroboration weight of how closely the other outlets come to it ({@link Story#corroborationOf})
     * @param position      weight of an early place in its article
     * @param redundancy    TF-IDF cosine with a chosen sentence from which a candidate counts as a repeat
     */
    public record Weights(double support, double corroboration, double position, double redundancy) {
        /** The weights measured best on DUC 2004 and the Multi-News sample (docs/BENCHMARKS.md). */
        public static final Weights DEFAULT = new Weights(0.35, 0.1, 0.25, DEFAULT_REDUNDANCY);
    }

    private final CandidateFilter filter;
    private final Weights weights;
    private final Ordering ordering;
    private final SentenceTrimmer trimmer;
    /** For a statement only one outlet makes, who made it stays part of it. */
    private final SentenceTrimmer loneSourceTrimmer;

    /** The default weights, filter and trimmer, in story order. */
    public StorySummarizer() {
        this(Ordering.STORY);
    }

    /** The default weights, filter and trimmer, with the given ordering. */
    public StorySummarizer(Ordering ordering) {
        this(new CandidateFilter(), Weights.DEFAULT, ordering, SentenceTrimmer.standard());
    }

    private StorySummarizer(CandidateFilter filter, Weights weights, Ordering ordering, SentenceTrimmer trimmer) {
        this.filter = filter;
        this.weights = weights;
        this.ordering = ordering;
        this.trimmer = trimmer;
        this.loneSourceTrimmer = trimmer.without(SentenceTrimmer.Rule.ATTRIBUTION_TAIL);
    }

    /** The same summarizer with another trimmer ({@link SentenceTrimmer#none()} keeps sentences verbatim). */
    public StorySummarizer withTrimmer(SentenceTrimmer trimmer) {
        return new StorySummarizer(filter, weights, ordering, trimmer);
    }

    /** The same summarizer with other weights. */
    public StorySummarizer withWeights(Weights weights) {
        return new StorySummarizer(filter, weights, ordering, trimmer);
    }

    /** The same summarizer with another candidate filter. */
    public StorySummarizer withFilter(CandidateFilter filter) {
        return new StorySummarizer(filter, weights, ordering, trimmer);
    }

    @Override
    public String name() {
        return (ordering == Ordering.STORY ? "storybrief" : "storybrief-ranked") + (trimmer.isNone() ? "-verbatim" : "");
    }

    @Override
    public List<SummarySentence> summarize(Story story, int words) {
        return summarize(story, words, java.util.Set.of());
    }

    /**
     * As {@link #summarize(Story, int)}, with no sentence from the articles {@code apart} (another story in the
     * folder): their words neither give sentences nor pull the centre the sentences are ranked by.
     */
    @Override
    public List<SummarySentence> summarize(Story story, int words, java.util.Set<String> apart) {
        return summarize(story, words, apart, () -> new NumberDisagreements().find(story));
    }

    /**
     * As {@link #summarize(Story, int, java.util.Set)}, stating one side of each of the story's number disagreements
     * ({@code disagreements}, asked for only when two chosen sentences give figures): the disagreement shows the rest.
     */
    @Override
    public List<SummarySentence> summarize(Story story, int words, java.util.Set<String> apart,
                                           java.util.function.Supplier<List<dev.storybrief.model.Disagreement>> disagreements) {
        boolean developing = DevelopingStory.is(story);
        SentenceIndex index = story.index(developing ? StoryView.ALL : StoryView.MAIN);
        List<AnalyzedArticle> articles = index.articles().stream().filter(a -> !apart.contains(a.id())).toList();
        if (articles.isEmpty()) {
            articles = index.articles();
        }
        TermVector centroid = articles.size() == index.articles().size() ? index.centroid() : index.centroidOf(articles);
        List<Scored> ranked = rank(story, articles, index, centroid);
        List<Scored> chosen = developing ? selectCovering(ranked, index, words) : select(ranked, index, words);
        chosen = withMostToldFigures(story, chosen, ranked, index, words);
        chosen = filled(chosen, ranked, index, words);
        chosen = withLatestFigures(chosen, ranked, index, words);
        chosen = withOneSideOfEachDisagreement(story, chosen, ranked, index, words, disagreements);
        if (ordering == Ordering.STORY) {
            chosen.sort(readingOrder(articles));
            chosen = newsFirst(chosen, story);
            chosen = withoutLeaningOpening(chosen, ranked, words, articles);
        }
        chosen = withSpeakersReadRight(chosen, ranked, index, words, articles);
        return chosen.stream().map(s -> new SummarySentence(s.text, s.sentence, story.shownBackingOf(s.sentence), s.score))
                .toList();
    }

    /**
     * A candidate with its trimmed text and that text's word count; {@code stead} is the sentence of an older figure
     * it replaced, whose place in the reading order it takes (null for any other).
     */
    private record Scored(AnalyzedArticle article, Sentence sentence, String text, int words, double score,
                          SentenceTrimmer trimmer, Scored stead) {
        Scored(AnalyzedArticle article, Sentence sentence, String text, int words, double score, SentenceTrimmer trimmer) {
            this(article, sentence, text, words, score, trimmer, null);
        }

        /** This sentence read where {@code old} stood (where the first of a chain of replaced figures stood). */
        Scored inPlaceOf(Scored old) {
            return new Scored(article, sentence, text, words, score, trimmer, old.stead != null ? old.stead : old);
        }

        /** The sentence whose place in the reading order this one takes: the replaced one, else itself. */
        Scored place() {
            return stead != null ? stead : this;
        }
    }

    /**
     * The chosen sentences, with the newest figure of every count they state that later-dated articles give anew
     * ({@link #withOneLatestFigure}, until nothing changes), the words left filled again.
     */
    private List<Scored> withLatestFigures(List<Scored> chosen, List<Scored> ranked, SentenceIndex index, int budget) {
        Map<Sentence, AnalyzedArticle> candidates = new java.util.LinkedHashMap<>();
        Map<Sentence, Scored> bySentence = new HashMap<>();
        for (Scored s : ranked) {
            candidates.put(s.sentence, s.article);
            bySentence.put(s.sentence, s);
        }
        List<Scored> result = new ArrayList<>(chosen);
        // a sentence that came in may itself have a newer figure (12 on Monday, 19 on Tuesday, 27 on Wednesday):
        // look again until nothing changes, at most once per step a story can take
        for (int round = 0; round < MAX_FIGURE_STEPS; round++) {
            List<Scored> next = withOneLatestFigure(result, candidates, bySentence, index, budget);
            if (next == result) {
                break;
            }
            result = next;
        }
        return result.equals(chosen) ? result : refill(result, ranked, candidates, index, budget);
    }

    /**
     * The chosen sentences with the first newer figure found brought in, in place of the sentence giving the older
     * figure and of those it repeats, and read where the older one stood; when it does not fit there, the older figure
     * keeps its weekday instead, so it reads as that day's figure. When the newer figure is chosen already, the older
     * one's sentence gives way to it. The same list when nothing changes.
     */
    private List<Scored> withOneLatestFigure(List<Scored> result, Map<Sentence, AnalyzedArticle> candidates,
                                             Map<Sentence, Scored> bySentence, SentenceIndex index, int budget) {
        for (Scored old : result) {
            java.util.Optional<Sentence> newer = LatestFigures.newer(old.article, old.sentence, candidates, index);
            if (newer.isEmpty()) {
                continue;
            }
            java.util.Optional<Scored> present = result.stream().filter(s -> s.sentence.equals(newer.get())).findFirst();
            if (present.isPresent()) {
                // both chosen: the older figure would be told as if current, and first; the newest takes its place
                List<Scored> kept = new ArrayList<>(result);
                kept.remove(old);
                if (present.get().stead == null) {
                    kept.set(kept.indexOf(present.get()), present.get().inPlaceOf(old));
                }
                return kept;
            }
            Scored latest = dated(bySentence.get(newer.get()));
            TermVector v = index.vector(latest.sentence);
            List<Scored> kept = new ArrayList<>(result);
            kept.removeIf(s -> s == old || v.cosine(index.vector(s.sentence)) >= weights.redundancy());
            if (words(kept) + latest.words <= budget) {
                // the newest figure is told where the older one was: a summary that led with it leads with the newest
                kept.add(latest.inPlaceOf(old));
                kept.sort(Comparator.comparingDouble(Scored::score).reversed());
                return kept;
            }
            Scored oldDated = dated(old);
            if (!oldDated.text.equals(old.text) && words(result) - old.words + oldDated.words <= budget) {
                List<Scored> marked = new ArrayList<>(result);
                marked.set(marked.indexOf(old), oldDated);
                return marked;
            }
        }
        return result;
    }

    /**
     * The words a newest figure freed, filled as {@link #select} fills the budget, with no sentence that states a
     * figure a later article gives anew: the swap is not to be undone.
     */
    private List<Scored> refill(List<Scored> chosen, List<Scored> ranked, Map<Sentence, AnalyzedArticle> candidates,
                                SentenceIndex index, int budget) {
        List<Scored> filled = new ArrayList<>(chosen);
        java.util.Set<Sentence> taken = new java.util.HashSet<>();
        chosen.forEach(s -> taken.add(s.sentence));
        int used = words(filled);
        for (Scored candidate : ranked) {
            if (taken.contains(candidate.sentence) || used + candidate.words > budget || repeats(candidate, filled, index)
                    || LatestFigures.newer(candidate.article, candidate.sentence, candidates, index).isPresent()) {
                continue;
            }
            filled.add(candidate);
            used += candidate.words;
        }
        return filled;
    }

    /**
     * The chosen sentences, as read, with an opening that leans on a sentence left out ({@link LeaningSentences}: "El
     * tribunal le obliga además a indemnizar...") replaced by that sentence, the one before it in its article, when it
     * is a candidate and fits the words: the fact added to is the story's lead more often than the addition. When it
     * is no candidate or does not fit, the leaning sentence is read after the first that does not lean.
     */
    private List<Scored> withoutLeaningOpening(List<Scored> chosen, List<Scored> ranked, int budget,
                                               List<AnalyzedArticle> articles) {
        if (chosen.size() < 2) {
            return chosen;
        }
        Scored first = chosen.get(0);
        if (!LeaningSentences.leansBack(first.sentence.text(), first.article.language()) || first.sentence.index() == 0) {
            return chosen;
        }
        Sentence before = first.article.sentences().get(first.sentence.index() - 1);
        if (chosen.stream().anyMatch(s -> s.sentence.equals(before))) {
            return chosen;
        }
        java.util.Optional<Scored> lead = ranked.stream().filter(s -> s.sentence.equals(before)).findFirst();
        List<Scored> result = new ArrayList<>(chosen);
        if (lead.isPresent() && words(chosen) - first.words + lead.get().words <= budget) {
            result.set(0, lead.get());
            result.sort(readingOrder(articles));
            return result;
        }
        int plain = 1;
        while (plain < result.size() && LeaningSentences.leansBack(result.get(plain).sentence.text(),
                result.get(plain).article.language())) {
            plain++;
        }
        if (plain < result.size()) {
            result.remove(0);
            result.add(plain, first);
        }
        return result;
    }

    /**
     * The chosen sentences, as read, without a quote credited by a bare surname or a pronoun that the sentence read
     * before it would give to someone else ({@link QuoteSpeakerBinding}): "“We have nothing to hide,” Achebe said."
     * after a sentence about Ruth Achebe, when Simon Achebe said it. The words freed are filled again, as
     * {@link #filled} fills them, with none of the sentences left out.
     */
    private List<Scored> withSpeakersReadRight(List<Scored> chosen, List<Scored> ranked, SentenceIndex index,
                                               int budget, List<AnalyzedArticle> articles) {
        java.util.Set<Sentence> left = new java.util.HashSet<>();
        List<Scored> result = chosen;
        // a sentence filled in can itself be misread where it lands: look again, a few times at most
        for (int round = 0; round < 3; round++) {
            List<Scored> kept = new ArrayList<>();
            Scored before = null;
            for (Scored s : result) {
                if (QuoteSpeakerBinding.misread(s.article, s.sentence, s.text, before == null ? null : before.article,
                        before == null ? null : before.sentence, before == null ? null : before.text)) {
                    left.add(s.sentence);
                    continue;
                }
                kept.add(s);
                before = s;
            }
            if (kept.size() == result.size()) {
                return result;
            }
            List<Scored> open = ranked.stream().filter(s -> !left.contains(s.sentence)).toList();
            result = filled(kept, open, index, budget);
            if (ordering == Ordering.STORY) {
                result.sort(readingOrder(articles));
            }
        }
        return result;
    }

    private static int words(List<Scored> sentences) {
        return sentences.stream().mapToInt(Scored::words).sum();
    }

    /**
     * Whether the sentence's relative days ("on Wednesday", "yesterday") all resolve to a date, so the timeline carries
     * its event under that date and the weekday may be trimmed. A weekday of an undated article resolves to nothing:
     * trimmed, it would leave the event ("are expected to arrive on Wednesday") with no date anywhere.
     */
    static boolean daysDated(AnalyzedArticle article, Sentence sentence) {
        if (!article.has(dev.storybrief.model.Layer.TIMEXES)) {
            return true; // a pipeline without dates trims as the words alone allow
        }
        List<dev.storybrief.model.TimexSpan> relative = relativeDays(article, sentence);
        return !relative.isEmpty() && relative.stream().allMatch(dev.storybrief.model.TimexSpan::isCalendarDate);
    }

    /**
     * Whether trimming left a day of the sentence ("until Thursday", the point of its phrase) and cut the day of an
     * event on another date ("ran aground on Tuesday morning"): a timeline row carries the sentence under one date, so
     * the cut day's event would be dated nowhere, and the day left would read as its day. Only a day set with "on"
     * (or "early", "late") dates an event; a bare "said Friday" dates the telling.
     */
    static boolean leavesAnotherDay(AnalyzedArticle article, Sentence sentence, String trimmed) {
        java.util.Set<String> left = new java.util.HashSet<>();
        java.util.Set<String> cut = new java.util.HashSet<>();
        String text = article.text();
        for (dev.storybrief.model.TimexSpan day : relativeDays(article, sentence)) {
            if (day.granularity() != dev.storybrief.model.Granularity.DAY || !day.isCalendarDate()) {
                continue;
            }
            if (trimmed.contains(day.text())) {
                left.add(day.calendarValue());
            } else if (EVENT_DAY.matcher(text.substring(Math.max(0, day.start() - 12), day.start())).find()) {
                cut.add(day.calendarValue());
            }
        }
        return !left.isEmpty() && cut.stream().anyMatch(date -> !left.contains(date));
    }

    private static List<dev.storybrief.model.TimexSpan> relativeDays(AnalyzedArticle article, Sentence sentence) {
        return article.timexes(sentence).stream().filter(dev.storybrief.model.TimexSpan::relative).toList();
    }

    /**
     * A candidate trimmed again keeping its weekday, with the date it stands for: the day tells which figure of a
     * changing count is the latest, and a weekday alone does not say which week.
     */
    private Scored dated(Scored s) {
        String text = LatestFigures.withDates(s.article, s.sentence,
                s.trimmer.without(SentenceTrimmer.Rule.RELATIVE_DAY).trim(s.sentence.text()));
        return new Scored(s.article, s.sentence, text, Words.count(text), s.score, s.trimmer, s.stead);
    }

    private List<Scored> rank(Story story, List<AnalyzedArticle> articles, SentenceIndex index, TermVector centroid) {
        int others = Math.max(1, articles.size() - 1);
        List<Scored> ranked = new ArrayList<>();
        var inStoryLanguage = story.inStoryLanguage();
        // a column argues its writer's view and an advertorial its sponsor's: beside reports, a summary of the news
        // leaves them out, as they would pass for fact (a story told only in columns is still summarised from them)
        boolean reports = articles.stream().anyMatch(a -> !OpinionPieces.isNotReport(a.article()));
        for (AnalyzedArticle article : articles) {
            if (!inStoryLanguage.test(article) || reports && OpinionPieces.isNotReport(article.article())) {
                continue;
            }
            int position = 0;
            for (Sentence sentence : article.sentences()) {
                if (!filter.accepts(article, sentence)) {
                    continue;
                }
                double central = index.vector(sentence).cosine(centroid);
                double support = Math.min(1.0, story.supportOf(sentence).size() / (double) others);
                double early = 1.0 / (1.0 + LeadDistance.of(article, sentence, position) / 3.0);
                SentenceTrimmer trimming = story.backingOf(sentence).isEmpty() ? loneSourceTrimmer : trimmer;
                if (!daysDated(article, sentence)) {
                    trimming = trimming.without(SentenceTrimmer.Rule.RELATIVE_DAY);
                }
                String text = trimming.trim(sentence.text());
                if (leavesAnotherDay(article, sentence, text)) {
                    trimming = trimming.without(SentenceTrimmer.Rule.RELATIVE_DAY);
                    text = trimming.trim(sentence.text());
                }
                ranked.add(new Scored(article, sentence, text, Words.count(text), central
                        + weights.support() * support + weights.corroboration() * story.corroborationOf(sentence)
                        + weights.position() * early, trimming));
                position++;
            }
        }
        // a live blog's entries, told as the story unfolded, come after the reports that tell it whole (ReportsFirst)
        java.util.Set<String> deferred = ReportsFirst.deferred(articles);
        ranked.sort(Comparator.comparing((Scored s) -> deferred.contains(s.sentence.articleId()))
                .thenComparing(Comparator.comparingDouble(Scored::score).reversed())
                .thenComparing(s -> s.sentence.articleId()).thenComparingInt(s -> s.sentence.index()));
        return ranked;
    }

    private List<Scored> select(List<Scored> ranked, SentenceIndex index, int budget) {
        List<Scored> chosen = new ArrayList<>();
        int used = 0;
        for (Scored candidate : ranked) {
            int length = candidate.words;
            if (used + length > budget || repeats(candidate, chosen, index)) {
                continue;
            }
            chosen.add(candidate);
            used += length;
        }
        return chosen;
    }

    /**
     * For a developing story: greedy like {@link #select}, but each candidate's score is lowered by
     * {@link DevelopingStory#ARTICLE_PENALTY} for every sentence already chosen from its article, so that each
     * article, each a development of the story, gets its best sentence in before any gets a second.
     */
    private List<Scored> selectCovering(List<Scored> ranked, SentenceIndex index, int budget) {
        List<Scored> chosen = new ArrayList<>();
        List<Scored> open = new ArrayList<>(ranked);
        Map<String, Integer> perArticle = new HashMap<>();
        int used = words(chosen);
        while (!open.isEmpty()) {
            Scored best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (java.util.Iterator<Scored> it = open.iterator(); it.hasNext(); ) {
                Scored candidate = it.next();
                if (used + candidate.words > budget || repeatsStage(candidate, chosen, index)) {
                    it.remove();
                    continue;
                }
                double score = candidate.score - DevelopingStory.ARTICLE_PENALTY
                        * perArticle.getOrDefault(candidate.article.id(), 0);
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best == null) {
                break;
            }
            open.remove(best);
            chosen.add(best);
            used += best.words;
            perArticle.merge(best.article.id(), 1, Integer::sum);
        }
        return chosen;
    }

    /**
     * The chosen sentences with each whose figure fewer outlets give than a repeat's ("12 killed" by one outlet,
     * "15 killed" by two) replaced by the repeat that the most outlets back, when it fits: a summary states the
     * figure most outlets give, and the disagreement shows the rest. Only the figure decides, not the ranking's
     * support, which counts outlets with another figure too, as the subject is still widely told (ranking by
     * {@link Story#countedSupportOf} instead cost DUC 2004 R-2 10.55 -> 10.49).
     */
    private List<Scored> withMostToldFigures(Story story, List<Scored> chosen, List<Scored> ranked, SentenceIndex index,
                                             int budget) {
        List<Scored> result = new ArrayList<>(chosen);
        for (int i = 0; i < result.size(); i++) {
            Scored old = result.get(i);
            int told = story.countedSupportOf(old.sentence).size();
            if (told == story.supportOf(old.sentence).size()) {
                continue;
            }
            TermVector v = index.vector(old.sentence);
            Scored best = old;
            for (Scored candidate : ranked) {
                if (story.countedSupportOf(candidate.sentence).size() > story.countedSupportOf(best.sentence).size()
                        && !result.contains(candidate) && v.cosine(index.vector(candidate.sentence)) >= weights.redundancy()
                        && SameClaim.otherFigure(old.article.quantities(old.sentence),
                        candidate.article.quantities(candidate.sentence))
                        && words(result) - old.words + candidate.words <= budget) {
                    best = candidate;
                }
            }
            result.set(i, best);
        }
        return result;
    }

    /**
     * The chosen sentences with one side of each number disagreement ({@link FigureSides}): when two give figures of
     * two sides of one ("Segundo o ministério, 140 escolas fecharam" and "O sindicato afirma que 600 escolas estiveram
     * encerradas"), the one ranked higher stays and the other gives way, as the summary would state both figures as
     * facts; the disagreement shows each with its outlets. The words freed are filled as {@link #filled} fills them,
     * with no sentence that takes another side than a kept one.
     */
    private List<Scored> withOneSideOfEachDisagreement(Story story, List<Scored> chosen, List<Scored> ranked,
                                                       SentenceIndex index, int budget,
                                                       java.util.function.Supplier<List<dev.storybrief.model.Disagreement>> disagreements) {
        if (chosen.stream().filter(s -> !s.article.figures(s.sentence).isEmpty()).count() < 2) {
            return chosen;
        }
        FigureSides sides = new FigureSides(story, disagreements.get());
        if (sides.isEmpty()) {
            return chosen;
        }
        Map<Sentence, List<FigureSides.Side>> taken = new HashMap<>();
        java.util.function.Function<Scored, List<FigureSides.Side>> sideOf =
                s -> taken.computeIfAbsent(s.sentence, x -> sides.of(s.article, s.sentence));
        List<Scored> byScore = new ArrayList<>(chosen);
        byScore.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Scored> kept = new ArrayList<>();
        for (Scored s : byScore) {
            if (kept.stream().noneMatch(k -> FigureSides.against(sideOf.apply(k), sideOf.apply(s)))) {
                kept.add(s);
            }
        }
        if (kept.size() == chosen.size()) {
            return chosen;
        }
        java.util.Set<Sentence> left = new java.util.HashSet<>();
        chosen.forEach(s -> left.add(s.sentence));
        List<Scored> open = ranked.stream().filter(c -> !left.contains(c.sentence)
                && kept.stream().noneMatch(k -> FigureSides.against(sideOf.apply(k), sideOf.apply(c)))).toList();
        List<Scored> result = new ArrayList<>(chosen);
        result.retainAll(kept);
        return filled(result, open, index, budget);
    }

    /**
     * The chosen sentences with the words the redundancy threshold left unused filled: in a small story every
     * sentence shares the story's few names with every other, so the strict threshold can stop a summary at a third
     * of its budget while whole facts are left. A candidate comes in, best first, when it fits, when the chosen
     * sentences do not carry {@link #FILL_REPEAT} of what it says between them ({@link SameClaim#coverage}: it adds
     * a fact), and
     * when it contradicts none of them that it is alike to (another figure of the same kind, a denial: that is a
     * disagreement, shown as one, not two summary items).
     */
    private List<Scored> filled(List<Scored> chosen, List<Scored> ranked, SentenceIndex index, int budget) {
        int used = words(chosen);
        List<Scored> filled = new ArrayList<>(chosen);
        for (Scored candidate : ranked) {
            if (used + candidate.words > budget || filled.contains(candidate)) {
                continue;
            }
            TermVector v = index.vector(candidate.sentence);
            List<TermVector> taken = filled.stream().map(s -> index.vector(s.sentence)).toList();
            if (v.isEmpty() || SameClaim.coverage(v, taken) >= FILL_REPEAT
                    || filled.stream().anyMatch(s -> contradicts(candidate, s, index) || sameStatement(s, candidate, index))) {
                continue;
            }
            filled.add(candidate);
            used += candidate.words;
        }
        return filled;
    }

    /**
     * Two sentences of which one contradicts the other: they give different figures of one kind (a summary states a
     * count once; the disagreement or the newer figure is told elsewhere), or, alike in their words (as support
     * counts them), one denies what the other states.
     */
    private static boolean contradicts(Scored a, Scored b, SentenceIndex index) {
        List<dev.storybrief.model.QuantitySpan> qa = a.article.quantities(a.sentence);
        List<dev.storybrief.model.QuantitySpan> qb = b.article.quantities(b.sentence);
        if (SameClaim.otherFigure(qa, qb)) {
            return true;
        }
        TermVector va = index.vector(a.sentence);
        TermVector vb = index.vector(b.sentence);
        return va.cosine(vb) >= StoryGrouper.DEFAULT_SUPPORT_THRESHOLD
                && va.sharedTerms(vb) >= StoryGrouper.MIN_SHARED_TERMS
                && SameClaim.contradicts(a.sentence.text(), qa, b.sentence.text(), qb);
    }

    /**
     * Whether two sentences are one statement told by two outlets, as support counts it: alike in words (the support
     * threshold and shared terms) and one carrying the other's figures, quotes and most of its words
     * ({@link SameClaim#backs}), as "Seven people were hurt when a tourist bus overturned" and "a bus ... overturned,
     * injuring seven people". The chosen one's support label tells the reader the other outlet says it too; in a small
     * story, where every word is shared and weighs little, the fill step's share of new weight alone lets such a
     * repeat in on its other verb.
     */
    private static boolean sameStatement(Scored chosen, Scored candidate, SentenceIndex index) {
        TermVector v = index.vector(candidate.sentence);
        TermVector c = index.vector(chosen.sentence);
        if (v.cosine(c) < StoryGrouper.DEFAULT_SUPPORT_THRESHOLD || v.sharedTerms(c) < StoryGrouper.MIN_SHARED_TERMS) {
            return false;
        }
        var vq = candidate.article.figures(candidate.sentence);
        var cq = chosen.article.figures(chosen.sentence);
        return SameClaim.backs(candidate.sentence.text(), v, vq, chosen.sentence.text(), c, cq)
                || SameClaim.backs(chosen.sentence.text(), c, cq, candidate.sentence.text(), v, vq);
    }

    private boolean repeats(Scored candidate, List<Scored> chosen, SentenceIndex index) {
        TermVector v = index.vector(candidate.sentence);
        for (Scored c : chosen) {
            if (v.cosine(index.vector(c.sentence)) >= weights.redundancy()) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #repeats}, for a developing story: a sentence telling an outcome a similar chosen one does not (the
     * verdict beside the plea, {@link StageContinuation#tellsNewOutcome}) is the next stage, not a repeat.
     */
    private boolean repeatsStage(Scored candidate, List<Scored> chosen, SentenceIndex index) {
        TermVector v = index.vector(candidate.sentence);
        for (Scored c : chosen) {
            if (v.cosine(index.vector(c.sentence)) >= weights.redundancy()
                    && !StageContinuation.tellsNewOutcome(candidate.text, c.text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The chosen sentences in reading order with those opening it that tell only background moved after the first
     * that tells the story: an obituary's first paragraph may open with the birth ("Born in 1941 in Halden, ..."), a
     * profile with a childhood, but a summary opens with the news (the death), as a reader of the summary alone needs
     * it first. A sentence is background when it names dates and every one ends more than
     * {@link TimelineBuilder#BACKGROUND_DAYS} days before the story's first report, as the timeline parts it.
     */
    private static List<Scored> newsFirst(List<Scored> ordered, Story story) {
        LocalDate start = story.mainArticles().stream().map(a -> a.article().published()).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        if (start == null) {
            return ordered;
        }
        LocalDate before = start.minusDays(TimelineBuilder.BACKGROUND_DAYS);
        int lead = 0;
        while (lead < ordered.size() && tellsOnlyBefore(ordered.get(lead), before)) {
            lead++;
        }
        if (lead == 0 || lead == ordered.size()) {
            return ordered;
        }
        List<Scored> result = new ArrayList<>(ordered.subList(lead, lead + 1));
        result.addAll(ordered.subList(0, lead));
        result.addAll(ordered.subList(lead + 1, ordered.size()));
        return result;
    }

    /** True when the sentence names dates and each ends before {@code day}. */
    private static boolean tellsOnlyBefore(Scored s, LocalDate day) {
        List<dev.storybrief.model.TimexSpan> dates = s.article.timexes(s.sentence);
        boolean any = false;
        for (dev.storybrief.model.TimexSpan t : dates) {
            LocalDate last = t.calendarValue() == null ? null : TimelineBuilder.bounds(t.calendarValue(), false);
            if (last == null) {
                continue;
            }
            if (!last.isBefore(day)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static Comparator<Scored> readingOrder(List<AnalyzedArticle> articles) {
        Map<String, Integer> inputOrder = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            inputOrder.put(articles.get(i).id(), i);
        }
        // a day's live blog entries are read after the day's reports, which tell the event whole (ReportsFirst)
        java.util.Set<String> deferred = ReportsFirst.deferred(articles);
        return Comparator.comparing((Scored s) -> s.place().article.article().published(),
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(s -> deferred.contains(s.place().article.id()))
                .thenComparingInt(s -> s.place().sentence.index())
                .thenComparing(s -> inputOrder.get(s.place().article.id()))
                .thenComparing(s -> s.stead == null);
    }
}
