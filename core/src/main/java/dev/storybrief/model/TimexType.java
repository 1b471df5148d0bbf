package dev.storybrief.model;

/** The TimeML TIMEX3 types of a temporal expression. */
public enum TimexType {
    /** A calendar date or period: "Friday", "October 2011", "last week". */
    DATE,
    /** A time of day: "Friday morning", "3 p.m.". */
    TIME,
    /** A length of time: "three days", "seven months". */
    DURATION,
    /** A recurrence: "every week", "daily". */
    SET
}
