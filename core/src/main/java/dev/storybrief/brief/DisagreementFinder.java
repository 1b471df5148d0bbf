package dev.storybrief.brief;

import dev.storybrief.analyze.quantity.QuantityRules;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.Layer;
import dev.storybrief.model.Section;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where sources disagree, among the articles of the story's main period: differing counts of the same thing
 * ({@link NumberDisagreements}), then opposing assessments ({@link StanceDisagreements}).
 */
public final class DisagreementFinder implements BriefingPart {
    private final NumberDisagreements numbers = new NumberDisagreements();
    private final StanceDisagreements stances;

    /** A finder keeping at most {@code maxStances} stance disagreements. */
    public DisagreementFinder(int maxStances) {
        this.stances = new StanceDisagreements(maxStances);
    }

    /** The languages with quantity rules; stance disagreements are English only and the briefing says so. */
    @Override
    public boolean supports(String language) {
        return QuantityRules.supports(language);
    }

    /** True when the stance rules (English assessment words and negations) read the language. */
    static boolean supportsStances(String language) {
        return "en".equals(language);
    }

    @Override
    public String name() {
        return "disagreements";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES, Layer.TERMS, Layer.QUANTITIES);
    }

    @Override
    public void addTo(BriefingDraft draft) {
        draft.put(Section.DISAGREEMENTS, find(draft.story()));
        String language = draft.story().language();
        if (!supportsStances(language)) {
            draft.note("note " + name() + ": differing figures only; opposing assessments are not made for this story's "
                    + "language (" + language + "): their rules are for English only");
        }
    }

    /** Number disagreements first, then stance disagreements where the story's language has stance rules. */
    public List<Disagreement> find(Story story) {
        List<Disagreement> found = new ArrayList<>(numbers.find(story));
        if (supportsStances(story.language())) {
            found.addAll(stances.find(story));
        }
        return found;
    }
}
