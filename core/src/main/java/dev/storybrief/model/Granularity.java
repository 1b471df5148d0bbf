package dev.storybrief.model;

/** How precise a resolved temporal value is; it also tells which of the value formats a mention carries. */
public enum Granularity {
    /** {@code YYYY-MM-DD}: one calendar day. */
    DAY,
    /** {@code YYYY-MM-DD} of the Monday that starts the ISO week meant. */
    WEEK,
    /** {@code YYYY-MM}. */
    MONTH,
    /** {@code YYYY}. */
    YEAR
}
