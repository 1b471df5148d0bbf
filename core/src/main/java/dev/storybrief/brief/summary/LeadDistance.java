package dev.storybrief.brief.summary;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.ArticleKind;
import dev.storybrief.model.Sentence;

/**
 * How far a sentence stands from its article's lead, for the summary's prior on early sentences. A report puts what
 * matters first, so its lead is its first sentence. A live blog's page shows its newest entry on top, and cleaning
 * tells the entries in the order they were posted ({@link ArticleKind#LIVE_BLOG}): its first sentence is its oldest
 * entry, often written before the event ("A sell-out crowd is expected"), and its lead is its last, the latest state
 * of the story. Counting a live blog from its end keeps its pre-event lines from passing for the story's lead.
 */
final class LeadDistance {
    private LeadDistance() {
    }

    /**
     * The sentence's distance from its article's lead: {@code position} (its place among the article's sentences the
     * summary considers) for a report, the number of sentences after it for a live blog.
     */
    static int of(AnalyzedArticle article, Sentence sentence, int position) {
        if (article.article().kind() != ArticleKind.LIVE_BLOG) {
            return position;
        }
        return Math.max(0, article.sentences().size() - 1 - sentence.index());
    }
}
