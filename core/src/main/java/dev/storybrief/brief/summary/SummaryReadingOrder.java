package dev.storybrief.brief.summary;

import dev.storybrief.brief.timeline.TimelineBuilder;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.vector.SentenceIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the chosen sentences are read: by article date, then place in the article; the news before background, and no
 * opening that leans on a sentence left out.
 */
final class SummaryReadingOrder {
    private SummaryReadingOrder() {
    }

    /**
     * The chosen sentences, as read, with an opening that leans on a sentence left out ({@link LeaningSentences}: "El
     * tribunal le obliga además a indemnizar...", "Son adversaire, Jean Morel, a reconnu sa défaite") replaced by that
     * sentence, the one before it in its article, when it is a candidate, fits the words and repeats no chosen line:
     * the fact added to is the story's lead more often than the addition. Otherwise the leaning sentence is read
     * after the first that does not lean (an article's lead leaning on nothing before it too: its title named the
     * person), as the line it leans on is most often the next one, another outlet's telling of that lead.
     */
    static List<SummaryCandidate> withoutLeaningOpening(List<SummaryCandidate> chosen, List<SummaryCandidate> ranked, int budget,
                                               List<AnalyzedArticle> articles, SentenceIndex index, double redundancy) {
        if (chosen.size() < 2) {
            return chosen;
        }
        SummaryCandidate first = chosen.get(0);
        if (!LeaningSentences.leansBack(first.sentence().text(), first.article().language())) {
            return chosen;
        }
        List<SummaryCandidate> result = new ArrayList<>(chosen);
        if (first.sentence().index() > 0) {
            Sentence before = first.article().sentences().get(first.sentence().index() - 1);
            if (SummaryCandidate.holds(chosen, before)) {
                return chosen;
            }
            java.util.Optional<SummaryCandidate> lead = ranked.stream().filter(s -> s.sentence().equals(before)).findFirst();
            if (lead.isPresent() && SummaryCandidate.words(chosen) - first.words() + lead.get().words() <= budget
                    && !SummarySelection.repeats(lead.get(), chosen.subList(1, chosen.size()), index, redundancy)) {
                result.set(0, lead.get());
                result.sort(readingOrder(articles));
                return result;
            }
        }
        int plain = 1;
        while (plain < result.size() && LeaningSentences.leansBack(result.get(plain).sentence().text(),
                result.get(plain).article().language())) {
            plain++;
        }
        if (plain < result.size()) {
            result.remove(0);
            result.add(plain, first);
        }
        return result;
    }

    /**
     * The chosen sentences in reading order with those opening it that tell only background moved after the first
     * that tells the story: an obituary's first paragraph may open with the birth ("Born in 1941 in Halden, ..."), a
     * profile with a childhood, but a summary opens with the news (the death), as a reader of the summary alone needs
     * it first. A sentence is background when it names dates and every one ends more than
     * {@link TimelineBuilder#BACKGROUND_DAYS} days before the story's first report, as the timeline parts it.
     */
    static List<SummaryCandidate> newsFirst(List<SummaryCandidate> ordered, Story story) {
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
        List<SummaryCandidate> result = new ArrayList<>(ordered.subList(lead, lead + 1));
        result.addAll(ordered.subList(0, lead));
        result.addAll(ordered.subList(lead + 1, ordered.size()));
        return result;
    }

    /** True when the sentence names dates and each ends before {@code day}. */
    private static boolean tellsOnlyBefore(SummaryCandidate s, LocalDate day) {
        return tellsOnlyBefore(s.article(), s.sentence(), day);
    }

    /** True when the article's sentence names dates and each ends before {@code day}. */
    static boolean tellsOnlyBefore(AnalyzedArticle article, Sentence sentence, LocalDate day) {
        List<dev.storybrief.model.TimexSpan> dates = article.timexes(sentence);
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

    static Comparator<SummaryCandidate> readingOrder(List<AnalyzedArticle> articles) {
        Map<String, Integer> inputOrder = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            inputOrder.put(articles.get(i).id(), i);
        }
        // a day's live blog entries are read after the day's reports, which tell the event whole (ReportsFirst)
        java.util.Set<String> deferred = ReportsFirst.deferred(articles);
        return Comparator.comparing((SummaryCandidate s) -> s.place().article().article().published(),
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(s -> deferred.contains(s.place().article().id()))
                .thenComparingInt(s -> s.place().sentence().index())
                .thenComparing(s -> inputOrder.get(s.place().article().id()))
                .thenComparing(s -> s.stead() == null);
    }

    /**
     * The chosen sentences, as read, opened by the first that states no contested figure when the opening one states
     * one: a figure of the side of a listed disagreement that fewer outlets take ({@link DisputedFigures}, the test
     * the headline passes titles over by, {@link StoryHeadlines}). The opening is what a reader takes for the story's
     * core, and "17 injured" there reads as settled while two outlets say 14; the sentence stays, later, and the
     * disagreement tells both. A figure most outlets give opens the summary even when one outlet disputes it, and
     * neither side of a tie gives way (the headline's "outvoted" test is not used: in a story of two outlets each
     * outvotes the other, and the opening went to a quote). A sentence that leans on the
     * one before it opens nothing. The same list when no sentence qualifies.
     */
    static List<SummaryCandidate> withUndisputedOpening(List<SummaryCandidate> chosen, Story story,
                                                        java.util.function.Supplier<List<Disagreement>> disagreements) {
        return withUndisputedOpening(chosen, story, disagreements, s -> false);
    }

    /** As {@link #withUndisputedOpening(List, Story, java.util.function.Supplier)}, never moving an opening that tells a correction. */
    static List<SummaryCandidate> withUndisputedOpening(List<SummaryCandidate> chosen, Story story,
                                                        java.util.function.Supplier<List<Disagreement>> disagreements,
                                                        java.util.function.Predicate<SummaryCandidate> correcting) {
        // a corrected figure opens the summary however many outlets gave the withdrawn one (CorrectedFigures)
        if (chosen.size() < 2 || chosen.get(0).article().figures(chosen.get(0).sentence()).isEmpty()
                || correcting.test(chosen.get(0))) {
            return chosen;
        }
        DisputedFigures disputed = DisputedFigures.of(disagreements.get(), story);
        java.util.function.Predicate<SummaryCandidate> contested = s -> !s.article().figures(s.sentence()).isEmpty()
                && disputed.outnumberedIn(s.article(), s.sentence().text());
        if (!contested.test(chosen.get(0))) {
            return chosen;
        }
        for (int i = 1; i < chosen.size(); i++) {
            SummaryCandidate s = chosen.get(i);
            if (!contested.test(s) && !LeaningSentences.leansBack(s.sentence().text(), s.article().language())) {
                List<SummaryCandidate> result = new ArrayList<>(chosen.size());
                result.add(s);
                chosen.stream().filter(c -> c != s).forEach(result::add);
                return result;
            }
        }
        return chosen;
    }
}
