package dev.storybrief.model;

import java.util.Locale;

/** What kind of difference a {@link Disagreement} shows. */
public enum DisagreementKind {
    /** Differing counts or amounts of the same thing. */
    NUMBER,
    /** Opposing assessments of the same subject. */
    STANCE,
    /** One event dated to different days. */
    DATE,
    /** Different causes given for the same event ("blamed on the pilot" against "caused by a rudder failure"). */
    CAUSE,
    /**
     * A figure a later report corrects ("revised down to 35", a correction notice): not two sides but one figure
     * withdrawn. Its claims of side 0 give the corrected figure (the correcting report's first), those of side 1 the
     * withdrawn one; the topic names both and credits the correction.
     */
    CORRECTION;

    /** Whether it sets positions against each other (assessments, causes) rather than figures or dates. */
    public boolean isPosition() {
        return this == STANCE || this == CAUSE;
    }

    /** The lower-case name used in JSON and text ("number", "stance", "date", "cause", "correction"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
