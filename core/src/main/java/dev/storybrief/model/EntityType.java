package dev.storybrief.model;

/** The kinds of named entity the recognizer reports. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    PLACE
}
