package dev.storybrief.brief;

import dev.storybrief.model.Layer;
import java.util.Set;

/**
 * One part of a briefing (the summary, the timeline, who said what, ...): reads the grouped story, its shared
 * sentence indexes and the annotation layers, and fills its sections of the {@link BriefingDraft}. Parts are
 * named, ordered and replaceable in the {@link Briefer}; a part may read the sections of the parts before it.
 * Implementations must be thread-safe: one instance briefs many stories at once.
 */
public interface BriefingPart {

    /** The name the briefer knows it by ("summary", "timeline", ...). */
    String name();

    /** The annotation layers it reads, which the analyze stage must add. */
    Set<Layer> needs();

    /**
     * True when this part's rules work for stories in {@code language} (an ISO 639-1 code); the briefer skips a part
     * that does not and says so in the briefing's warnings, rather than show English-rule noise or nothing unexplained.
     */
    default boolean supports(String language) {
        return true;
    }

    /** Adds this part's sections to the draft. */
    void addTo(BriefingDraft draft);
}
