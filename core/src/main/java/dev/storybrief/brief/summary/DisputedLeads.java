package dev.storybrief.brief.summary;

import dev.storybrief.group.SameClaim;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A lead whose figure the outlets dispute ("About 300 residents were evacuated ..." against "Some 250 residents were
 * evacuated ...") tells the story's core event, and a summary without it leaves the event to the disagreements and
 * the lines only one outlet gives: the two leads back each other less than the lines the outlets word alike, as their
 * figures differ, and the redundancy between them lets at most one in. The step brings the best-ranked such lead in
 * when no chosen line takes a side of its disagreement, in place of the lowest-scored lines; its figure is then
 * marked as disputed ({@link DisputedFigureMarks}). A chosen line the lead tells again goes first: the earlier
 * steps may have put a backed twin of the lead in its stead ("The collapse closed the road link ..." for "... collapsed,
 * injuring 14 people and cutting the road link ..."), and the lead back beside it tells the reader one fact twice.
 */
final class DisputedLeads {
    private DisputedLeads() {
    }

    /** The chosen lines with a side of each disputed lead's disagreement; the same list when each has one. */
    static List<SummaryCandidate> withDisputedLeads(List<SummaryCandidate> chosen, List<SummaryCandidate> ranked,
                                                    FigureSides sides, SentenceIndex index, int budget) {
        if (sides.isEmpty()) {
            return chosen;
        }
        List<SummaryCandidate> result = new ArrayList<>(chosen);
        for (SummaryCandidate lead : ranked) {
            if (lead.sentence().index() != 0 || lead.words() > budget || SummaryCandidate.holds(result, lead.sentence())) {
                continue;
            }
            List<FigureSides.Side> taken = sides.of(lead.article(), lead.sentence());
            boolean told = result.stream().anyMatch(s -> sides.of(s.article(), s.sentence()).stream()
                    .anyMatch(side -> taken.stream().anyMatch(t -> t.disagreement() == side.disagreement())));
            if (taken.isEmpty() || told) {
                continue;
            }
            TermVector leadWords = index.vector(lead.sentence());
            // a line whose words the lead carries as the fill step counts a repeat adds nothing beside it
            result.removeIf(s -> SameClaim.coverage(index.vector(s.sentence()), leadWords) >= SummaryFill.FILL_REPEAT);
            while (SummaryCandidate.words(result) + lead.words() > budget) {
                result.remove(result.stream().min(Comparator.comparingDouble(SummaryCandidate::score)).get());
            }
            result.add(lead);
        }
        if (result.size() == chosen.size() && result.containsAll(chosen)) {
            return chosen;
        }
        // the words a repeat gave back are filled as the fill step fills them
        return SummaryFill.filled(result, ranked, index, budget);
    }
}
