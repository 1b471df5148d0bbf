package dev.storybrief.brief.summary;

import dev.storybrief.brief.OpinionPieces;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.vector.SentenceIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The latest state of a story told over days: an election's early count ("with 20% counted, Ferrand leads") is
 * followed by its result ("Dorsey won a third term"), a trial's opening by its verdict and its sentence. Each report
 * is true of its day, and a summary drawn by what most reports repeat tells the story as it first stood, the early
 * count as the headline and the sentence missing. The latest state leads; the earlier steps are its background.
 *
 * <p>A story has a latest state when a report of a later day than its first leads (its first sentence) with an
 * outcome ("won", "re-elected", "conceded", "sentenced", "convicted", "acquitted", "approved", "resigned", in the
 * words of the report's language, {@link OutcomeWording}) that no lead of the story's first day gives: an outcome
 * every report gave from the start is the story's, not a later state of it. The latest such day's reports tell it. Only dates the page, text or user gives count.
 */
final class LatestState {
    private LatestState() {
    }

    /**
     * The reports that tell the story's latest state: those of the latest day whose lead gives an outcome that no
     * lead of the first day gives, opinion pieces, paid content and notices left out; empty when there is none.
     */
    static List<AnalyzedArticle> reports(List<AnalyzedArticle> articles) {
        List<AnalyzedArticle> dated = articles.stream().filter(a -> CorrectedFigures.dateOf(a) != null)
                .filter(a -> !OpinionPieces.isNotReport(a.article())).toList();
        LocalDate first = dated.stream().map(CorrectedFigures::dateOf).min(Comparator.naturalOrder()).orElse(null);
        if (first == null) {
            return List.of();
        }
        Set<OutcomeWording.Outcome> firstOutcomes = EnumSet.noneOf(OutcomeWording.Outcome.class);
        dated.stream().filter(a -> CorrectedFigures.dateOf(a).equals(first))
                .forEach(a -> firstOutcomes.addAll(outcomes(a)));
        LocalDate latest = null;
        List<AnalyzedArticle> telling = new ArrayList<>();
        for (AnalyzedArticle a : dated) {
            LocalDate day = CorrectedFigures.dateOf(a);
            if (!day.isAfter(first) || outcomes(a).stream().allMatch(firstOutcomes::contains)) {
                continue;
            }
            if (latest == null || day.isAfter(latest)) {
                latest = day;
                telling.clear();
            }
            if (day.equals(latest)) {
                telling.add(a);
            }
        }
        return telling;
    }

    /**
     * The lead that tells the latest state in the summary: of the latest state's reports' leads, one chosen already,
     * else the best-ranked candidate; empty when the story has no latest state or no such lead is a candidate.
     */
    static Optional<SummaryCandidate> lead(List<SummaryCandidate> chosen, List<SummaryCandidate> ranked,
                                           List<AnalyzedArticle> articles) {
        List<AnalyzedArticle> latest = reports(articles);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        java.util.function.Predicate<SummaryCandidate> leads = s -> latest.contains(s.article())
                && s.sentence().index() == leadOf(s.article()).map(Sentence::index).orElse(-1);
        Optional<SummaryCandidate> present = chosen.stream().filter(leads).findFirst();
        return present.isPresent() ? present : ranked.stream().filter(leads).findFirst();
    }

    /**
     * The chosen sentences with the latest state's lead among them: when it is not chosen, the lowest-scored
     * sentences give way until it fits, and the words left are filled as {@link SummaryFill} fills them (no repeat of
     * the lead): giving way one by one, a long line can go where two short ones already made room, and the summary
     * would stop a third short of its words. The same list when the story has no latest state.
     */
    static List<SummaryCandidate> withLatestState(List<SummaryCandidate> chosen, List<SummaryCandidate> ranked,
                                                  List<AnalyzedArticle> articles, int budget, SentenceIndex index) {
        Optional<SummaryCandidate> lead = lead(chosen, ranked, articles);
        if (lead.isEmpty() || chosen.contains(lead.get()) || lead.get().words() > budget) {
            return chosen;
        }
        List<SummaryCandidate> result = new ArrayList<>(chosen);
        List<SummaryCandidate> gaveWay = new ArrayList<>();
        while (!result.isEmpty() && SummaryCandidate.words(result) + lead.get().words() > budget) {
            SummaryCandidate lowest = result.stream().min(Comparator.comparingDouble(SummaryCandidate::score)).get();
            result.remove(lowest);
            gaveWay.add(0, lowest); // the last to go scored best
        }
        result.add(0, lead.get());
        return gaveWay.isEmpty() ? result : SummaryFill.filled(result, ranked, index, budget);
    }

    /** The chosen sentences as read, opened by the latest state's lead; the rest keep their order as background. */
    static List<SummaryCandidate> latestFirst(List<SummaryCandidate> ordered, List<SummaryCandidate> ranked,
                                              List<AnalyzedArticle> articles) {
        Optional<SummaryCandidate> lead = lead(ordered, ranked, articles);
        if (lead.isEmpty() || !ordered.contains(lead.get()) || ordered.get(0) == lead.get()) {
            return ordered;
        }
        List<SummaryCandidate> result = new ArrayList<>(ordered.size());
        result.add(lead.get());
        ordered.stream().filter(s -> s != lead.get()).forEach(result::add);
        return result;
    }

    /** The outcomes an article's lead states, in the article's language ({@link OutcomeWording}). */
    private static Set<OutcomeWording.Outcome> outcomes(AnalyzedArticle article) {
        return leadOf(article).map(s -> OutcomeWording.of(s.text(), article.language()))
                .orElseGet(() -> EnumSet.noneOf(OutcomeWording.Outcome.class));
    }

    /** An article's lead: its first sentence. */
    private static Optional<Sentence> leadOf(AnalyzedArticle article) {
        return article.sentences().stream().findFirst();
    }

    /** True when the article is among the story's latest state's reports. */
    static boolean tells(List<AnalyzedArticle> latest, AnalyzedArticle article) {
        return latest.stream().anyMatch(a -> Objects.equals(a.id(), article.id()));
    }
}
