package dev.storybrief.server.desk;

import dev.storybrief.Storybrief;
import dev.storybrief.model.Briefing;
import dev.storybrief.render.JsonRenderer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * Keeps stories' briefings current: every story whose articles changed since its last briefing is briefed again
 * with the same pipeline as {@code storybrief brief}, from every article read into it, copies too, as {@code brief}
 * and {@code stories --brief} read the same pages ({@link ArticleTable#ofStory}: a larger story's newest
 * {@value #MAX_ARTICLES}, its distinct articles first), on a few threads. A story that cannot be briefed is noted
 * once and not retried until it changes again; a failure in one story never stops the others.
 */
final class DeskBriefer {
    /** Articles briefed at most per story, copies included: the newest, so a long-running story stays about now. */
    static final int MAX_ARTICLES = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeskStore store;
    private final Storybrief storybrief;
    private final ExecutorService workers;
    private final WatchLog log;
    private final Clock clock;

    DeskBriefer(DeskStore store, Storybrief storybrief, ExecutorService workers, WatchLog log, Clock clock) {
        this.store = store;
        this.storybrief = storybrief;
        this.workers = workers;
        this.log = log;
        this.clock = clock;
    }

    /** Briefs every stale story; returns how many got a new briefing. */
    int briefStale() throws InterruptedException {
        List<Future<Boolean>> running = new ArrayList<>();
        for (StoryTable.Stale stale : store.stories().stale()) {
            running.add(workers.submit(() -> brief(stale)));
        }
        int briefed = 0;
        for (Future<Boolean> f : running) {
            try {
                briefed += f.get() ? 1 : 0;
            } catch (ExecutionException e) {
                log.failure("briefing failed: " + e.getCause());
            }
        }
        return briefed;
    }

    /** One note for each article a newer version of its page replaced: the reader sees the story was corrected. */
    static List<String> revisedNotes(List<DeskArticle> articles) {
        return articles.stream().filter(a -> a.revised() != null)
                .map(a -> "note " + a.id() + (a.outlet() == null ? "" : " (" + a.outlet() + ")") + " was updated at its"
                        + " source; briefed from the version fetched " + a.revised())
                .toList();
    }

    private boolean brief(StoryTable.Stale stale) {
        List<DeskArticle> articles = store.articles().ofStory(stale.storyId(), MAX_ARTICLES);
        try {
            Briefing briefing = storybrief.briefDocuments(stale.storyId(),
                    articles.stream().map(DeskArticle::document).toList(), revisedNotes(articles));
            java.util.Map<String, Object> document = JsonRenderer.toMap(briefing, false);
            Object headline = document.get("headline");
            store.stories().briefed(stale.storyId(), stale.version(), headline == null ? null : headline.toString(),
                    JSON.writeValueAsString(document), articles.size() - briefing.apart().size(), clock.instant());
            return true;
        } catch (JsonProcessingException | RuntimeException e) {
            log.failure(stale.storyId() + ": not briefed (" + e.getMessage() + ")");
            store.stories().briefed(stale.storyId(), stale.version(), null, null, articles.size(), clock.instant());
            return false;
        }
    }
}
