package dev.storybrief.eval.baseline;

import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The word-budget policy every baseline shares, and storybrief's own: the summary is made of whole sentences,
 * verbatim, whose whitespace words add up to at most the budget. A baseline keeps picking its best next sentence
 * among those that still fit (a sentence too long for what is left is passed over, and a shorter one after it
 * may still be taken), until none fits or the baseline itself stops.
 *
 * <p>The last sentence: only when {@code truncateToBudget} is set, and words are left, the baseline makes one more
 * pick as if length did not matter, and that sentence is appended last, cut to the words left, so the summary
 * fills the budget exactly as DUC-style systems do (ROUGE's {@code -l 100} would cut it there anyway). Off by
 * default: the summaries then stay whole sentences, as storybrief's are.
 */
public final class BudgetFill {

    private BudgetFill() {
    }

    /**
     * What a baseline picked within a budget.
     *
     * @param whole    whole sentences, in the order they were picked
     * @param cut      the truncated last sentence, or {@code null}
     * @param cutWords how many of its words were kept
     */
    record Result(List<Pick> whole, Pick cut, int cutWords) {

        Result {
            whole = List.copyOf(whole);
        }

        /** Summary sentences: the whole ones in {@code order} (the pick order when {@code null}), the cut one last. */
        List<SummarySentence> toSummary(Story story, Comparator<Candidate> order) {
            List<Pick> sorted = new ArrayList<>(whole);
            if (order != null) {
                sorted.sort(Comparator.comparing(Pick::candidate, order));
            }
            List<SummarySentence> out = new ArrayList<>();
            for (Pick p : sorted) {
                out.add(sentence(story, p, p.candidate().sentence().text()));
            }
            if (cut != null) {
                out.add(sentence(story, cut, firstWords(cut.candidate().sentence().text(), cutWords)));
            }
            return out;
        }

        private static SummarySentence sentence(Story story, Pick p, String text) {
            var s = p.candidate().sentence();
            return new SummarySentence(text, s, story.supportOf(s), p.score());
        }
    }

    /** Fills {@code budget} words from {@code pool} with {@code picker}'s choices, under the policy above. */
    static Result fill(List<Candidate> pool, int budget, boolean truncateToBudget, Picker picker) {
        if (budget < 0) {
            throw new IllegalArgumentException("the word budget must not be negative, got " + budget);
        }
        Set<Candidate> left = new LinkedHashSet<>(pool);
        List<Pick> chosen = new ArrayList<>();
        int wordsLeft = budget;
        for (Pick p = picker.next(left, chosen, wordsLeft, false); p != null;
             p = picker.next(left, chosen, wordsLeft, false)) {
            int words = p.candidate().words();
            if (words > wordsLeft || !left.remove(p.candidate())) {
                throw new IllegalStateException("picker broke the budget contract at " + p.candidate());
            }
            chosen.add(p);
            wordsLeft -= words;
        }
        if (!truncateToBudget || wordsLeft == 0 || left.isEmpty()) {
            return new Result(chosen, null, 0);
        }
        Pick last = picker.next(left, chosen, wordsLeft, true);
        if (last == null) {
            return new Result(chosen, null, 0);
        }
        if (last.candidate().words() <= wordsLeft) {
            chosen.add(last);
            return new Result(chosen, null, 0);
        }
        return new Result(chosen, last, wordsLeft);
    }

    /** The text up to the end of its {@code n}-th whitespace word (all of it if shorter): a verbatim prefix. */
    public static String firstWords(String text, int n) {
        int seen = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (inWord && space && seen == n) {
                return text.substring(0, i);
            }
            if (!space && !inWord) {
                seen++;
            }
            inWord = !space;
        }
        return text;
    }
}
