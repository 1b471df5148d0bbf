package dev.storybrief.analyze.entity;

/** The kinds of named entity the recognizer reports. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    PLACE
}
