package dev.storybrief.analyze.time;

/** Which side of the article date the words around an expression point to. */
enum Tense {
    PAST,
    FUTURE,
    UNKNOWN
}
