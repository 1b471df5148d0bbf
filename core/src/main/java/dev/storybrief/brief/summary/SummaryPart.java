package dev.storybrief.brief.summary;

import dev.storybrief.brief.BriefingDraft;
import dev.storybrief.brief.BriefingPart;
import dev.storybrief.brief.disagreement.NumberDisagreements;
import dev.storybrief.model.Layer;
import dev.storybrief.model.Section;
import java.util.Objects;
import java.util.Set;

/**
 * The summary: a {@link Summarizer}'s sentences within the draft's word budget, none from the articles the draft
 * names as apart from the story.
 */
public final class SummaryPart implements BriefingPart {
    private final Summarizer summarizer;

    /** The summary made by {@code summarizer}. */
    public SummaryPart(Summarizer summarizer) {
        this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    }

    /** The summarizer it uses. */
    public Summarizer summarizer() {
        return summarizer;
    }

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES, Layer.TERMS);
    }

    @Override
    public void addTo(BriefingDraft draft) {
        java.util.List<dev.storybrief.model.SummarySentence> summary = summarizer.summarize(draft.story(),
                draft.words(), draft.apart(), () -> NumberDisagreements.of(draft));
        draft.put(Section.SUMMARY, summary);
        if (summarizer instanceof StorySummarizer own) {
            ShortSummaryNote.of(draft.story(), summary, draft.words(), draft.apart(), own.filter()).ifPresent(draft::note);
        }
    }
}
