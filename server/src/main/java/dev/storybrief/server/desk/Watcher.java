package dev.storybrief.server.desk;

import dev.storybrief.Storybrief;
import dev.storybrief.fetch.FetchException;
import dev.storybrief.fetch.FetchFailure;
import dev.storybrief.fetch.PoliteFetcher;
import dev.storybrief.fetch.WebPages;
import dev.storybrief.fetch.feed.FeedList;
import dev.storybrief.fetch.feed.FeedSource;
import dev.storybrief.ingest.InputReader;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live desk's loop: every interval it polls the feeds, fetches the items it has not stored, stores each article
 * the moment it is read, adds it to its story, and briefs the stories that changed. Nothing stops the loop: a feed
 * or page that fails is one log line and one more error on its feed, a story that cannot be briefed is noted, and a
 * database failure in the middle of a cycle makes the next cycle rebuild its stories from what was stored.
 */
public final class Watcher implements AutoCloseable {
    private final DeskStore store;
    private final PoliteFetcher fetcher;
    private final WatchSettings settings;
    private final WatchLog log;
    private final Clock clock;
    private final WebPages pages;
    private final FeedPoller poller;
    private final ItemReader items;
    private final ExecutorService fetchers;
    private final ExecutorService briefers;
    private final DeskBriefer briefer;
    private final Object storing = new Object();
    private StoryDesk desk;
    private Spool spool;
    private boolean spoolBehind;
    private List<FeedSource> feeds = List.of();
    private int cycles;

    /** A watcher over {@code store}, fetching through {@code fetcher}. */
    public Watcher(DeskStore store, PoliteFetcher fetcher, WatchSettings settings, WatchLog log, Clock clock) {
        this.store = store;
        this.fetcher = fetcher;
        this.settings = settings;
        this.log = log;
        this.clock = clock;
        this.pages = new WebPages(fetcher, new InputReader(fetcher.policy().maxBytes()));
        this.poller = new FeedPoller(fetcher, store.articles(), log, clock);
        Storybrief storybrief = Storybrief.builder().words(settings.words()).build();
        this.items = new ItemReader(pages, poller, storybrief, clock);
        this.fetchers = Executors.newFixedThreadPool(fetcher.policy().concurrency(), daemon("storybrief-fetch"));
        this.briefers = Executors.newFixedThreadPool(settings.briefWorkers(), daemon("storybrief-brief"));
        this.briefer = new DeskBriefer(store, storybrief, briefers, log, clock);
    }

    /** A watcher logging to standard error, on the system clock. */
    public static Watcher standard(DeskStore store, PoliteFetcher fetcher, WatchSettings settings) {
        return new Watcher(store, fetcher, settings, WatchLog.standard(), Clock.systemUTC());
    }

    /**
     * Picks up where the last run stopped: rebuilds the stories from the stored articles, groups what was stored but
     * not grouped, briefs what is behind, and brings the spool up to date.
     */
    public void recover() throws InterruptedException, IOException {
        desk = StoryDesk.replay(store, settings.grouping());
        settle();
        briefer.briefStale();
        if (settings.spool() != null) {
            spool = Spool.open(settings.spool(), settings.spoolPeriod(), clock.instant());
            spoolBehind = true;
        }
    }

    /** Runs cycles until interrupted (or one, with {@code once}). */
    public void run() throws InterruptedException, IOException {
        recover();
        while (true) {
            Instant start = clock.instant();
            CycleReport report = cycle();
            if (settings.once()) {
                log.result(report.line());
                return;
            }
            if (report.readFromFeeds().isEmpty()) {
                log.progress(report.line());
            } else {
                // items read from their feeds' text are said once a cycle, in its line, which so stays in the log
                log.result(report.line());
            }
            Duration left = settings.interval().minus(Duration.between(start, clock.instant()));
            if (!left.isNegative()) {
                Thread.sleep(left.toMillis());
            }
        }
    }

    /** One cycle: poll, fetch, store, group, brief. {@link #recover()} must have run. */
    public CycleReport cycle() throws InterruptedException {
        long started = System.nanoTime();
        cycles++;
        if (desk == null) {
            desk = StoryDesk.replay(store, settings.grouping());
        }
        catchUpSpool();
        List<FeedSource> sources = readFeedList();
        List<Listed> listed = pollAll(sources);
        List<Listed> fresh = fresh(listed);
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger revised = new AtomicInteger();
        FeedTextTally fromFeeds = new FeedTextTally();
        fetchAll(fresh, new Counts(stored, failed, revised, fromFeeds), sources.size());
        long groupingStarted = System.nanoTime();
        int changed = settle();
        Duration grouping = Duration.ofNanos(System.nanoTime() - groupingStarted);
        int briefed = briefer.briefStale();
        endSpoolCycle();
        return new CycleReport(cycles, sources.size(), listed.size(), fresh.size(), stored.get(), failed.get(), changed,
                briefed, Duration.ofNanos(System.nanoTime() - started), revised.get(), grouping, fromFeeds.said());
    }

    private List<FeedSource> readFeedList() {
        try {
            FeedList list = FeedList.read(settings.feedList());
            list.problems().forEach(log::failure);
            feeds = list.feeds();
        } catch (IOException | RuntimeException e) {
            log.failure("cannot read the feed list " + settings.feedList() + " (" + e.getMessage() + "); polling the last one read");
        }
        return feeds;
    }

    private List<Listed> pollAll(List<FeedSource> sources) throws InterruptedException {
        List<Future<List<Listed>>> polls = new ArrayList<>();
        for (FeedSource source : sources) {
            polls.add(fetchers.submit(() -> poller.poll(source.url())));
        }
        List<Listed> listed = new ArrayList<>();
        for (Future<List<Listed>> poll : polls) {
            listed.addAll(result(poll, List.of()));
        }
        return listed;
    }

    /**
     * Items not stored or settled yet, stored items the feed now lists with another title or date (to fetch
     * again), and items stored from their feed's text whose page is worth another try, once each, the newest
     * {@code itemsPerFeed} of each feed.
     */
    private List<Listed> fresh(List<Listed> listed) {
        Map<String, List<Listed>> listings = new LinkedHashMap<>();
        listed.forEach(l -> listings.computeIfAbsent(l.url(), u -> new ArrayList<>()).add(l));
        Map<String, Listed> byUrl = new LinkedHashMap<>();
        listings.forEach((url, all) -> byUrl.put(url, Listed.together(reader(all), all)));
        Set<String> settled = store.articles().settled(byUrl.keySet());
        Map<String, String> moved = moved(listed, settled);
        Map<String, String> stamps = new LinkedHashMap<>();
        settled.forEach(url -> stamps.put(url, byUrl.get(url).stamp()));
        Set<String> changed = store.articles().changed(stamps);
        Set<String> reentered = store.articles().reentered(stamps);
        Set<String> pageRetries = store.articles().pageRetries(settled);
        // a failure that may pass is tried again after a rest that doubles with each failure, not every cycle
        Set<String> resting = store.articles().resting(byUrl.keySet(), clock.instant(), settings.interval());
        Map<String, List<Listed>> byFeed = new LinkedHashMap<>();
        for (Listed l : byUrl.values()) {
            if (moved.containsKey(l.url())) {
                byFeed.computeIfAbsent(l.feedUrl(), f -> new ArrayList<>()).add(l.movedFrom(moved.get(l.url())));
                continue;
            }
            if (resting.contains(l.url()) && !changed.contains(l.url())) {
                continue;
            }
            Listed.Visit visit = changed.contains(l.url()) ? Listed.Visit.UPDATE
                    : pageRetries.contains(l.url()) ? Listed.Visit.PAGE
                    : !settled.contains(l.url()) || reentered.contains(l.url()) ? Listed.Visit.NEW : null;
            if (visit != null) {
                byFeed.computeIfAbsent(l.feedUrl(), f -> new ArrayList<>()).add(l.toVisit(visit));
            }
        }
        List<Listed> fresh = new ArrayList<>();
        Comparator<Listed> newestFirst = Comparator.comparing((Listed l) -> l.item().published(),
                Comparator.nullsLast(Comparator.reverseOrder()));
        for (List<Listed> items : byFeed.values()) {
            items.stream().sorted(newestFirst).limit(settings.itemsPerFeed()).forEach(fresh::add);
        }
        return fresh;
    }

    /**
     * Items listed under a link not known yet whose guid names an item stored under another link of the same feed,
     * which no feed lists now: the same item moved (a renamed slug), new link to the link stored. A guid two items of
     * one feed share names neither (a feed that gives every item one guid would otherwise merge them), and an item
     * without a guid is known by its link alone.
     */
    private Map<String, String> moved(List<Listed> listed, Set<String> settled) {
        Set<String> listedNow = new java.util.HashSet<>();
        Map<String, Map<String, List<String>>> linksByGuid = new LinkedHashMap<>();
        for (Listed l : listed) {
            listedNow.add(l.url());
            if (l.item().guid() != null) {
                linksByGuid.computeIfAbsent(l.feedUrl(), f -> new LinkedHashMap<>())
                        .computeIfAbsent(l.item().guid(), g -> new ArrayList<>()).add(l.url());
            }
        }
        Map<String, String> moved = new LinkedHashMap<>();
        linksByGuid.forEach((feedUrl, byGuid) -> {
            Map<String, String> unknown = new LinkedHashMap<>();
            byGuid.forEach((guid, links) -> {
                if (links.stream().distinct().count() == 1 && !settled.contains(links.get(0))) {
                    unknown.put(guid, links.get(0));
                }
            });
            store.articles().storedUnder(feedUrl, unknown).forEach((link, storedLink) -> {
                if (!listedNow.contains(storedLink) && !moved.containsValue(storedLink)) {
                    moved.put(link, storedLink);
                }
            });
        });
        return moved;
    }

    /**
     * Of the listings of one page, the one it is read by: the first feed that carries text of it (an RSS or Atom
     * entry's teaser or whole article, its title and date) before a sitemap's entry, which carries none.
     */
    private Listed reader(List<Listed> all) {
        return all.stream().filter(l -> poller.carried(l) != null).findFirst().orElse(all.get(0));
    }

    /** What a cycle's fetch tasks count together. */
    private record Counts(AtomicInteger stored, AtomicInteger failed, AtomicInteger revised, FeedTextTally fromFeeds) {
    }

    /** Fetches the items, one task per host so a host's pause never holds up the others. */
    private void fetchAll(List<Listed> fresh, Counts counts, int feedCount) throws InterruptedException {
        AtomicInteger stored = counts.stored();
        Map<String, List<Listed>> byHost = new LinkedHashMap<>();
        fresh.forEach(l -> byHost.computeIfAbsent(hostOf(l.item().url()), h -> new ArrayList<>()).add(l));
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> tasks = new ArrayList<>();
        for (List<Listed> items : byHost.values()) {
            tasks.add(fetchers.submit(() -> {
                for (Listed item : items) {
                    switch (item.visit()) {
                        case UPDATE -> counts.revised().addAndGet(fetchAgain(item) ? 1 : 0);
                        case MOVED -> counts.revised().addAndGet(fetchMoved(item) ? 1 : 0);
                        case PAGE -> counts.revised().addAndGet(fetchPage(item, counts.fromFeeds()) ? 1 : 0);
                        case NEW -> (fetchOne(item, counts.fromFeeds()) ? stored : counts.failed()).incrementAndGet();
                    }
                    log.progress(String.format(Locale.ROOT, "cycle %d: %d feeds polled, %d/%d new items fetched, %d new articles",
                            cycles, feedCount, done.incrementAndGet(), fresh.size(), stored.get()));
                }
                return null;
            }));
        }
        for (Future<?> task : tasks) {
            result(task, null);
        }
    }

    private boolean fetchOne(Listed listed, FeedTextTally fromFeeds) throws InterruptedException {
        Instant now = clock.instant();
        try {
            ItemReader.Read page = items.read(listed);
            ArticleTable.PageFailed pageFailed = null;
            if (page.fromFeed()) {
                // the feed's text stands in for the page, but the page failed: counted against the feed like any
                // failure, and said once in the cycle's line rather than once per item
                String line = page.pageFailure().line() + " (read from the text the feed gives it)";
                countAgainstFeed(listed, line, now);
                pageFailed = new ArticleTable.PageFailed(line, FeedTextTally.lasting(page.pageFailure()));
            }
            synchronized (storing) {
                Optional<DeskArticle> article = store.articles().store(listed.url(), listed.feedUrl(),
                        page.url(), page.document(), page.fetched(), listed.stamp(), pageFailed, listed.item().guid());
                article.ifPresent(this::addToDesk);
                if (article.isPresent() && page.fromFeed()) {
                    fromFeeds.stored(page.pageFailure());
                }
                return article.isPresent();
            }
        } catch (FetchException e) {
            if (e.failure() == FetchFailure.DNS) {
                itemUnresolved(listed, e.line(), now);
                return false;
            }
            itemFailed(listed, e.line(), !e.transientFailure(), now);
        } catch (RuntimeException e) {
            itemFailed(listed, listed.url() + ": " + e, false, now);
        }
        return false;
    }

    /**
     * Tries again the page of an item stored from its feed's text because its page failed: read, it replaces that
     * text (the story is briefed again, as for an update); failed again, the text stays, and the page is tried again
     * next cycle up to the limit. Neither is a log line of its own: the cycle's line counts them.
     */
    private boolean fetchPage(Listed listed, FeedTextTally fromFeeds) throws InterruptedException {
        try {
            ItemReader.Read page = items.readPage(listed);
            boolean replaced = revise(listed, page, true);
            fromFeeds.pageRead();
            return replaced;
        } catch (FetchException e) {
            fromFeeds.pageFailing();
            String line = e.line() + " (tried again; the text its feed gives it stays)";
            try {
                store.articles().pageFailedAgain(listed.url(), new ArticleTable.PageFailed(line,
                        FeedTextTally.lasting(e)), clock.instant());
                store.articles().feedFailed(listed.feedUrl(), line, false, clock.instant());
            } catch (RuntimeException again) {
                log.failure("cannot record the failure of " + listed.url() + " (" + again.getMessage() + ")");
            }
            return false;
        } catch (RuntimeException e) {
            feedFailed(listed, listed.url() + ": " + e + " (trying its page again)", clock.instant());
            return false;
        }
    }

    /**
     * Replaces a stored item's article with {@code page}'s when its text or title changed; the story is briefed again,
     * with a note. {@code fromPage}: read from the item's page.
     */
    private boolean revise(Listed listed, ItemReader.Read page, boolean fromPage) {
        synchronized (storing) {
            Optional<DeskArticle> article = store.articles().revise(listed.url(), listed.stamp(),
                    page.document(), page.fetched(), fromPage);
            noteRevised(article);
            return article.isPresent();
        }
    }

    /** A revised article's story is briefed again, with a note; called holding {@code storing}. */
    private void noteRevised(Optional<DeskArticle> article) {
        article.filter(a -> a.storyId() != null)
                .ifPresent(a -> store.stories().revised(a.storyId(), clock.instant()));
        // the desk groups the first version still, but an update keeps the article in its story
        article.filter(a -> desk != null).ifPresent(a -> desk.revised(a.seq()));
    }

    /**
     * Reads a stored item again because its feed entry changed ({@link ItemReader#readUpdate}: from the feed when it
     * carries the whole article, else from its page), and replaces the stored article when its text or title changed
     * too; the story is briefed again, with a note. A failure is one log line, and this version of the entry
     * is not tried again (the stored article stays as it was): a page that keeps failing is not fetched every cycle.
     */
    private boolean fetchAgain(Listed listed) throws InterruptedException {
        try {
            ItemReader.Read page = items.readUpdate(listed);
            return revise(listed, page, page.fromPage());
        } catch (FetchException | RuntimeException e) {
            feedFailed(listed, (e instanceof FetchException f ? f.line() : listed.url() + ": " + e)
                    + " (fetching its updated version; the stored one stays)", clock.instant());
            try {
                store.articles().restamp(listed.url(), listed.stamp());
            } catch (RuntimeException again) {
                log.failure("cannot record the stamp of " + listed.url() + " (" + again.getMessage() + ")");
            }
            return false;
        }
    }

    /**
     * Reads an item that moved ({@link Listed.Visit#MOVED}) at its new link, as an update, and revises its stored
     * article there: the article keeps its id and story and takes the new address. A failure is one log line; the
     * item is known by its new link from then on and the stored article stays as it was.
     */
    private boolean fetchMoved(Listed listed) throws InterruptedException {
        try {
            ItemReader.Read page = items.readUpdate(listed);
            synchronized (storing) {
                Optional<DeskArticle> article = store.articles().moved(listed.movedFrom(), listed.url(), listed.stamp(),
                        page.document(), page.url(), page.fetched(), page.fromPage());
                noteRevised(article);
                return article.isPresent();
            }
        } catch (FetchException | RuntimeException e) {
            feedFailed(listed, (e instanceof FetchException f ? f.line() : listed.url() + ": " + e)
                    + " (the item moved from " + listed.movedFrom() + "; the stored version stays)", clock.instant());
            try {
                store.articles().movedUnread(listed.movedFrom(), listed.url(), listed.stamp());
            } catch (RuntimeException again) {
                log.failure("cannot record the move of " + listed.url() + " (" + again.getMessage() + ")");
            }
            return false;
        }
    }

    /**
     * An item whose host does not resolve, though its feed was just read (so names resolve): the host does not exist,
     * and the next cycle will not change that. One log line, and the item waits until its feed entry changes, when it
     * is fetched as new (a corrected entry may carry a corrected link).
     */
    private void itemUnresolved(Listed listed, String line, Instant now) {
        String told = line + "; not tried again until the feed changes this entry";
        log.failure(told);
        try {
            store.articles().itemUnresolved(listed.url(), listed.feedUrl(), told, listed.stamp(), now);
            store.articles().feedFailed(listed.feedUrl(), told, false, now);
        } catch (RuntimeException e) {
            log.failure("cannot record the failure of " + listed.url() + " (" + e.getMessage() + ")");
        }
    }

    /** A failure that leaves the item as it is (its older version kept): logged and counted. */
    private void feedFailed(Listed listed, String line, Instant now) {
        log.failure(line);
        countAgainstFeed(listed, line, now);
    }

    /** One more error on the item's feed's count, with the line that tells it. */
    private void countAgainstFeed(Listed listed, String line, Instant now) {
        try {
            store.articles().feedFailed(listed.feedUrl(), line, false, now);
        } catch (RuntimeException e) {
            log.failure("cannot record the failure of " + listed.url() + " (" + e.getMessage() + ")");
        }
    }

    private void itemFailed(Listed listed, String line, boolean lasting, Instant now) {
        log.failure(line);
        try {
            store.articles().itemFailed(listed.url(), listed.feedUrl(), line, lasting, now);
            store.articles().feedFailed(listed.feedUrl(), line, false, now);
        } catch (RuntimeException e) {
            log.failure("cannot record the failure of " + listed.url() + " (" + e.getMessage() + ")");
        }
    }

    private void addToDesk(DeskArticle article) {
        desk.add(article);
        if (spool != null && !spoolBehind) {
            try {
                spool.append(article, clock.instant());
            } catch (IOException e) {
                log.failure("spool: cannot append " + article.url() + " (" + e.getMessage() + "); will catch up");
                spoolBehind = true;
            }
        }
    }

    /** Stores where the new articles went; on a database failure the stories are rebuilt from the store next cycle. */
    private int settle() {
        try {
            List<StoryTable.Assignment> assignments = desk.settle();
            if (assignments.isEmpty()) {
                return 0;
            }
            Set<String> changed = store.stories().assign(assignments, clock.instant());
            desk.settled(assignments);
            return changed.size();
        } catch (RuntimeException e) {
            log.failure("grouping not stored (" + e.getMessage() + "); stories are rebuilt from the store");
            desk = null;
            return 0;
        }
    }

    private void catchUpSpool() {
        if (spool == null || !spoolBehind) {
            return;
        }
        try {
            List<DeskArticle> behind = new ArrayList<>();
            store.articles().forEach(spool.lastSeq(), behind::add);
            for (DeskArticle article : behind) {
                spool.append(article, clock.instant());
            }
            spoolBehind = false;
        } catch (IOException | RuntimeException e) {
            log.failure("spool: cannot catch up (" + e.getMessage() + ")");
        }
    }

    private void endSpoolCycle() {
        if (spool == null) {
            return;
        }
        try {
            spool.endCycle(clock.instant());
        } catch (IOException e) {
            log.failure("spool: " + e.getMessage());
            spoolBehind = true;
        }
    }

    private <T> T result(Future<T> future, T fallback) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            log.failure("internal error: " + e.getCause());
            return fallback;
        }
    }

    private static String hostOf(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        fetchers.shutdownNow();
        briefers.shutdownNow();
        if (spool != null) {
            spool.close();
        }
    }
}
