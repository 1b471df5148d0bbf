package dev.storybrief.brief;

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

    /** English only: its stance and number rules are English. */
    @Override
    public boolean supports(String language) {
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
    }

    /** Number disagreements first, then stance disagreements. */
    public List<Disagreement> find(Story story) {
        List<Disagreement> found = new ArrayList<>(numbers.find(story));
        found.addAll(stances.find(story));
        return found;
    }
}
