package dev.storybrief.cli;

import dev.storybrief.Storybrief;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * The date {@code brief} gives each document of one input, by brief's own steps, so {@code extract} shows what would
 * be briefed: the cleaned article's date (its metadata, else a date line or print stamp of its text), and for
 * documents still undated, the date a briefing of that input infers ({@link Storybrief#withInferredDates}: a lead's
 * "on Thursday, Nov. 26, 2026", a dateline's year). No date is read here; an input with an undated document costs
 * an annotation of each of its documents (the dated ones date the others), a wholly dated input none.
 */
final class BriefDates {
    private BriefDates() {
    }

    /** The cleaned articles of one input's documents, in order, dated as a briefing of that input dates them. */
    static List<Article> of(List<Article> cleaned) {
        if (cleaned.stream().allMatch(a -> a.published() != null)) {
            return cleaned; // the inference leaves a set of dated articles as it is
        }
        Storybrief storybrief = Storybrief.builder().build();
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < cleaned.size(); i++) {
            try {
                // the cleaned article annotated, as brief annotates it (a JSON Lines record too: brief cleans it)
                analyzed.add(storybrief.annotators().annotate(cleaned.get(i)));
                at.add(i);
            } catch (RuntimeException | StackOverflowError e) {
                // brief skips an article it cannot analyse (and says so); extract keeps its cleaned date
            }
        }
        List<Article> out = new ArrayList<>(cleaned);
        List<AnalyzedArticle> dated = storybrief.withInferredDates(analyzed);
        for (int k = 0; k < dated.size(); k++) {
            out.set(at.get(k), dated.get(k).article());
        }
        return out;
    }
}
