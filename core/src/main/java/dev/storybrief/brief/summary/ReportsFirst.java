package dev.storybrief.brief.summary;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.ArticleKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which articles' sentences a summary takes only after the reports': a live blog's, beside reports. Its entries are
 * posted while the story unfolds, the first before the event ("A sell-out crowd is expected for the final"), and each
 * tells the story as it stood at its time; a report tells it after the fact, whole. So beside reports the summary is
 * drawn from the reports first, and a live blog's entries fill what words are left, read after the reports of their
 * day; a story told only in live blogs is summarised from them. The live blog still backs the reports' sentences and gives the timeline its entries.
 */
final class ReportsFirst {
    private ReportsFirst() {
    }

    /** The ids of the live blogs among {@code articles} when a report stands beside them, else none. */
    static Set<String> deferred(List<AnalyzedArticle> articles) {
        if (articles.stream().noneMatch(a -> a.article().kind() == ArticleKind.NEWS)) {
            return Set.of();
        }
        return articles.stream().filter(a -> a.article().kind() == ArticleKind.LIVE_BLOG).map(AnalyzedArticle::id)
                .collect(Collectors.toUnmodifiableSet());
    }
}
