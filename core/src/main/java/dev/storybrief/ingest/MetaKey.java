package dev.storybrief.ingest;

/** Metadata a reader can find in a container format. */
public enum MetaKey {
    TITLE, OUTLET, AUTHOR, PUBLISHED, PUBLISHED_ORIGIN,
    /** The JSON Lines cluster the document belongs to; files read from folders have none. */
    CLUSTER
}
