package dev.storybrief.model;

import java.util.Locale;

/** What kind of difference a {@link Disagreement} shows. */
public enum DisagreementKind {
    /** Differing counts or amounts of the same thing. */
    NUMBER,
    /** Opposing assessments of the same subject. */
    STANCE,
    /** One event dated to different days. */
    DATE;

    /** The lower-case name used in JSON and text ("number", "stance", "date"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
