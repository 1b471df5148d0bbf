package dev.storybrief.model;

/**
 * What kind of text an article is, as its page or copy marks it (clean.ArticleKinds reads the marks). Only a report
 * tells news: the other kinds are read for what they are, never as a fact of the story beside reports.
 */
public enum ArticleKind {
    /** A report: what happened, told by the outlet. */
    NEWS,
    /**
     * A live blog: entries posted as the story unfolds, each stamped with its time, the earliest written before what
     * the later ones and the reports tell.
     */
    LIVE_BLOG,
    /** An opinion piece: a column, an editorial, a comment or an analysis, its writer's view of the story. */
    OPINION,
    /** Paid content: an advertorial its sponsor paid for ("Sponsored content", "In partnership with ..."). */
    SPONSORED,
    /** A correction notice published on its own: it repeats what an earlier article got wrong. */
    CORRECTION,
    /**
     * A press release: the issuer's own statement, carried by a newswire or reprinted by a site. What it says is the
     * company's (or the body's) word, never an outlet's independent report of it.
     */
    PRESS_RELEASE,
    /**
     * No article at all: the site speaking to its reader where a crawler or a copy found no article (a log-in or
     * subscribe notice, an embedded post's fallback text, terms of use, an archive's note, an advert, a weather
     * widget). It tells no one's act, so it says nothing of any story: grouping keeps it apart and a briefing lists it
     * without summarising it.
     */
    NOT_AN_ARTICLE;

    /** The lower-case name written in JSON and shown to the reader ("news", "live blog", "opinion", ...). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** True for the kinds that tell the story's facts: a report and a live blog's entries. */
    public boolean reports() {
        return this == NEWS || this == LIVE_BLOG;
    }
}
