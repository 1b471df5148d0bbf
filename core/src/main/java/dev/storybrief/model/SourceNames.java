package dev.storybrief.model;

import java.util.List;

/**
 * The name a source is shown by: its outlet, or "unknown outlet #3" (its place in the list of sources) when nothing
 * names it. A file name is no outlet, and the reader did not choose it; the briefing's parts and its rendering name a
 * source the same way.
 */
public final class SourceNames {
    private SourceNames() {
    }

    /** The name of {@code articleId} among {@code sources} (in the order the briefing lists them); the id if absent. */
    public static String of(List<Article> sources, String articleId) {
        for (int i = 0; i < sources.size(); i++) {
            Article a = sources.get(i);
            if (a.id().equals(articleId)) {
                return a.outlet() != null ? a.outlet() : "unknown outlet #" + (i + 1);
            }
        }
        return articleId;
    }
}
