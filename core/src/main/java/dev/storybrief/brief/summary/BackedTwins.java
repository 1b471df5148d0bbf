package dev.storybrief.brief.summary;

import dev.storybrief.group.SameClaim;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.Story;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import java.util.ArrayList;
import java.util.List;

/**
 * The step of the summary that states a fact in the words other outlets back. Two outlets often tell one fact in
 * two sentences of which one adds details of its own: "Friday's decision comes a day after the 15-nation United
 * Nations Security Council unanimously voted to end the mandate" and "The vote comes a day after the United Nations
 * voted to end its authorization for the NATO mission". The longer one ranks higher (more of the story's words), yet
 * no other outlet backs it as a whole, as none gives its "15-nation" and "unanimously"; the shorter one is backed by
 * the longer one's outlet. A reader trusts a line that shows who else says it: the summary takes the backed twin,
 * which tells what both outlets agree on, and the words it frees are filled as {@link SummaryFill#filled} fills them.
 */
final class BackedTwins {
    /**
     * The share of the line's term weight its twin must carry: the fact, not a scrap of it ("Harbour City 3-2
     * Ravensmoor." is no twin of "Harbour City won the Northern Cup ... beating Ravensmoor 3-2"). It is the share of
     * new weight that lets a sentence into the summary's fill ({@link SummaryFill#FILL_REPEAT}: a third).
     */
    static final double MIN_TOLD = 1 - SummaryFill.FILL_REPEAT;
    private BackedTwins() {
    }

    /**
     * The chosen sentences with each line that no other outlet backs but that another outlet's sentence repeats
     * (alike as support counts it) replaced by that sentence, when that sentence carries {@link #MIN_TOLD} of the
     * line's term weight, is a report's (not a live blog entry's beside reports), is backed by the line's own article
     * as {@code backing} credits it (that article gives no other figure of what it states: "won 3-1" is no twin of
     * "won 3-2"), fits the budget in its stead and is no chosen sentence yet.
     */
    static List<SummaryCandidate> withBackedTwins(Story story, List<SummaryCandidate> chosen, List<SummaryCandidate> ranked,
                                                  SentenceIndex index, int budget, FigureBacking backing,
                                                  List<dev.storybrief.model.AnalyzedArticle> articles) {
        // a live blog's entry beside reports is no twin: it told the moment, the report tells the event whole
        java.util.Set<String> deferred = ReportsFirst.deferred(articles);
        List<SummaryCandidate> twins = ranked.stream().filter(c -> !deferred.contains(c.sentence().articleId())).toList();
        List<SummaryCandidate> result = new ArrayList<>(chosen);
        boolean swapped = false;
        for (int i = 0; i < result.size(); i++) {
            SummaryCandidate line = result.get(i);
            if (story.supportOf(line.sentence()).isEmpty() || !backing.of(line).isEmpty()) {
                continue;
            }
            SummaryCandidate twin = twinOf(story, line, result, twins, index, budget, backing);
            if (twin != null) {
                // the twin is chosen in the line's stead: it keeps the line's place among the chosen, most important first
                result.set(i, twin.withScore(line.score()));
                swapped = true;
            }
        }
        return swapped ? SummaryFill.filled(result, ranked, index, budget) : chosen;
    }

    /** The best-ranked sentence of another outlet that repeats {@code line} and is backed by its article, or null. */
    private static SummaryCandidate twinOf(Story story, SummaryCandidate line, List<SummaryCandidate> chosen,
                                           List<SummaryCandidate> ranked, SentenceIndex index, int budget,
                                           FigureBacking backing) {
        String own = line.sentence().articleId();
        List<String> support = story.supportOf(line.sentence());
        TermVector v = index.vector(line.sentence());
        int left = budget - SummaryCandidate.words(chosen) + line.words();
        for (SummaryCandidate c : ranked) {
            if (c.words() > left || SummaryCandidate.holds(chosen, c.sentence()) || !support.contains(c.sentence().articleId())) {
                continue;
            }
            TermVector w = index.vector(c.sentence());
            // backed by the line's article as the line is credited: not when that article gives another figure of it
            if (w.cosine(v) >= StoryGrouper.DEFAULT_SUPPORT_THRESHOLD
                    && w.sharedTerms(v) >= StoryGrouper.MIN_SHARED_TERMS && SameClaim.coverage(v, w) >= MIN_TOLD
                    && backing.of(c).contains(own)) {
                return c;
            }
        }
        return null;
    }
}
