package dev.storybrief.brief.disagreement;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.vector.SentenceIndex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells whether an article gives another figure than a statement for something the statement counts, anywhere in
 * its text, so that it is not credited with the statement's figure: an outlet may tell the same event in a sentence
 * without the figure ("Three people were killed when the coach overturned") and give its own figure in the next
 * ("Nine people were injured"). An article gives another figure when
 * <ul>
 *   <li>it gives a casualty count the statement gives ("people injured"), and nowhere the statement's figure: such a
 *       count carries its event in its key, so the outlet tells the event's toll differently;</li>
 *   <li>it gives a figure of the same kind in a clause about the same thing, and nowhere the statement's
 *       ({@link FigureConflict#sameCount}: "1,100 people were evacuated" against "the evacuation of about 800
 *       residents", weeks apart);</li>
 *   <li>the story's number disagreements ({@link NumberDisagreements}) put its claim on another side than the
 *       statement's ("Forty people were treated" against "Two dozen people were treated");</li>
 *   <li>it gives a newer figure of a count the statement gives ({@link LatestFigures}: "About 1,100 people had left
 *       their homes, more than first reported" against "the evacuation of about 800 residents").</li>
 * </ul>
 * The disagreements are the briefing's one search ({@link NumberDisagreements#of}), asked for when first needed.
 */
public final class OtherFigures {
    private final Story story;
    private final SentenceIndex index;
    private final java.util.function.Supplier<List<Disagreement>> disagreements;

    /**
     * For the statements of a story, their sentences found in {@code index}; {@code disagreements} gives the story's
     * number disagreements, found once for the whole briefing ({@link BriefingDraft#shared}).
     */
    public OtherFigures(Story story, SentenceIndex index, java.util.function.Supplier<List<Disagreement>> disagreements) {
        this.story = story;
        this.index = index;
        this.disagreements = disagreements;
    }

    /** True when {@code other} gives another figure than {@code sentence} of {@code article} for what it counts. */
    public boolean given(AnalyzedArticle article, Sentence sentence, AnalyzedArticle other) {
        if (other.id().equals(article.id())) {
            return false;
        }
        List<QuantitySpan> shown = article.quantities(sentence);
        if (shown.isEmpty()) {
            return false;
        }
        List<QuantitySpan> casualties = shown.stream().filter(q -> q.key().startsWith("people ")).toList();
        return QuantitySpan.givesAnotherFigure(casualties, other.quantities())
                || countedOtherwise(article, sentence, shown, other)
                || onAnotherSide(article, sentence, other) || newer(article, sentence, other);
    }

    /**
     * {@code other} gives a figure of a count the sentence gives, in a clause about the same thing
     * ({@link FigureConflict#sameCount}: "1,100 people were evacuated" against "the evacuation of about 800
     * residents"), and nowhere the sentence's figure.
     */
    private boolean countedOtherwise(AnalyzedArticle article, Sentence sentence, List<QuantitySpan> shown,
                                     AnalyzedArticle other) {
        for (QuantitySpan q : shown) {
            if (other.quantities().stream().anyMatch(t -> t.confirms(q))) {
                continue;
            }
            for (Sentence s : other.sentences()) {
                if (other.quantities(s).stream().anyMatch(t -> FigureConflict.sameCount(story, article, sentence, q,
                        other, s, t))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The disagreements put a claim of {@code other} on another side than the sentence's own claim. */
    private boolean onAnotherSide(AnalyzedArticle article, Sentence sentence, AnalyzedArticle other) {
        for (Disagreement d : disagreements.get()) {
            List<Claim> own = d.claims().stream()
                    .filter(c -> c.source().equals(article.id()) && c.text().equals(sentence.text())).toList();
            if (own.isEmpty()) {
                continue;
            }
            int side = own.get(0).side();
            if (d.claims().stream().anyMatch(c -> c.source().equals(other.id()) && c.side() != side)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when one of the {@code disagreements} sets a claim of figure {@code a} against a claim of figure {@code b}
     * (by the figures as written, "5.9 earthquake" / "6.1 earthquake", in whichever outlets): the two figures are one
     * thing told differently, not two things.
     */
    public static boolean disputed(List<Disagreement> disagreements, QuantitySpan a, QuantitySpan b) {
        for (Disagreement d : disagreements) {
            for (Claim x : d.claims()) {
                if (x.side() >= 0 && x.statement().equals(a.text()) && d.claims().stream()
                        .anyMatch(y -> y.side() >= 0 && y.side() != x.side() && y.statement().equals(b.text()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A later sentence of {@code other} gives a newer figure of a count the sentence states. */
    private boolean newer(AnalyzedArticle article, Sentence sentence, AnalyzedArticle other) {
        Map<Sentence, AnalyzedArticle> sentences = new LinkedHashMap<>();
        other.sentences().forEach(s -> sentences.put(s, other));
        return LatestFigures.newer(article, sentence, sentences, index).isPresent();
    }
}
