package dev.storybrief.server.desk;

import dev.storybrief.fetch.Validators;
import dev.storybrief.group.stories.ArticleDates;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.server.BriefStore;
import dev.storybrief.server.SqliteConnections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Feeds, the items they listed and the articles fetched from them. An item is remembered once it is stored, found
 * to be a copy of a stored URL, refused for good (404, not a page, robots.txt), or has failed
 * {@value #MAX_ATTEMPTS} times, or names a host that does not resolve; remembered items are not fetched again, unless
 * a stored item is listed again with another title or date ({@link #changed}): a feed that corrects an article says so
 * there, and the newer version replaces the stored text ({@link #revise}); an item of an unknown host so listed is
 * tried again as new ({@link #reentered}). An item stored from the text its feed gives it because its page failed is
 * marked so ({@link #FROM_FEED}) and its page is tried again ({@link #pageRetries}) until it replaces that text or
 * has failed {@value #MAX_ATTEMPTS} times. A stored item its feed lists under a new link with the same guid is the same
 * item moved ({@link #storedUnder}, {@link #moved}): its record and article take the new address, no second article.
 */
public final class ArticleTable {
    /** Tries for an item whose failures may pass (time-outs, 5xx). */
    public static final int MAX_ATTEMPTS = 3;
    /** The state of an item whose link's host does not resolve ({@link #itemUnresolved}). */
    private static final String UNRESOLVED = "unresolved";
    /** The state of an item stored from the text its feed gives it because its page failed. */
    static final String FROM_FEED = "from_feed";
    private static final int IN_CHUNK = 400;
    private static final String COLUMNS = "seq, url, feed_url, title, outlet, author, published, published_origin, "
            + "fetched, text, story_id, copy_of, revised";

    private final SqliteConnections db;
    private final ReentrantLock writeLock;

    ArticleTable(SqliteConnections db, ReentrantLock writeLock) {
        this.db = db;
        this.writeLock = writeLock;
    }

    /** The validators and counts of a feed, when it was polled before. */
    public Optional<FeedState> feed(String url) {
        return feeds(" WHERE url = ?", url).stream().findFirst();
    }

    /** Every feed polled so far, by address. */
    public List<FeedState> feeds() {
        return feeds(" ORDER BY url", null);
    }

    private List<FeedState> feeds(String where, String url) {
        return db.with("reading feeds", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT url, title, etag, last_modified, polls, not_modified, "
                    + "errors, last_error, last_error_at, last_polled FROM feeds" + where)) {
                if (url != null) {
                    p.setString(1, url);
                }
                List<FeedState> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new FeedState(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5),
                                r.getInt(6), r.getInt(7), r.getString(8), r.getString(9), r.getString(10)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Records a poll that worked: new validators (kept when the answer was 304) and the feed's title. It clears the
     * feed's last error, which told of a feed that did not answer or of items that failed before: a reader of
     * {@code /health} would otherwise take an old 404 for today's (the count of errors keeps them all). Failures of
     * this poll's own items are recorded after it, so they stay.
     */
    public void feedPolled(String url, String title, Validators validators, boolean notModified, Instant when) {
        write("recording a poll of " + url, c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO feeds (url, title, etag, last_modified, polls, "
                    + "not_modified, last_polled) VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                    + "title = coalesce(excluded.title, title), etag = excluded.etag, "
                    + "last_modified = excluded.last_modified, polls = polls + 1, "
                    + "not_modified = not_modified + excluded.not_modified, last_polled = excluded.last_polled, "
                    + "last_error = NULL, last_error_at = NULL")) {
                p.setString(1, url);
                p.setString(2, title);
                p.setString(3, validators.etag());
                p.setString(4, validators.lastModified());
                p.setInt(5, notModified ? 1 : 0);
                p.setString(6, BriefStore.timestamp(when));
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Counts a failure against a feed (its own, or one of its items') with the log line that told it. */
    public void feedFailed(String url, String line, boolean polled, Instant when) {
        write("recording a failure of " + url, c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO feeds (url, polls, errors, last_error, "
                    + "last_error_at, last_polled) VALUES (?, ?, 1, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                    + "errors = errors + 1, last_error = excluded.last_error, last_error_at = excluded.last_error_at, "
                    + "polls = polls + excluded.polls, "
                    + "last_polled = coalesce(excluded.last_polled, last_polled)")) {
                p.setString(1, url);
                p.setInt(2, polled ? 1 : 0);
                p.setString(3, line);
                p.setString(4, BriefStore.timestamp(when));
                p.setString(5, polled ? BriefStore.timestamp(when) : null);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Of these item URLs, the ones not to fetch again. */
    public Set<String> settled(Collection<String> urls) {
        List<String> all = new ArrayList<>(urls);
        Set<String> settled = new HashSet<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            db.with("looking up feed items", c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT url FROM feed_items WHERE url IN (" + marks
                        + ") AND (state <> 'failed' OR attempts >= " + MAX_ATTEMPTS + ") UNION SELECT url FROM articles "
                        + "WHERE url IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        p.setString(i + 1, chunk.get(i));
                        p.setString(chunk.size() + i + 1, chunk.get(i));
                    }
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            settled.add(r.getString(1));
                        }
                    }
                }
                return null;
            });
        }
        return settled;
    }

    /**
     * Of these stored items (URL and the feed's {@link dev.storybrief.fetch.feed.FeedItem#stamp} now), the ones the
     * feed lists with another title or date than when they were fetched. An item stored before stamps were kept has
     * none and never counts as changed.
     */
    public Set<String> changed(java.util.Map<String, String> stamps) {
        return changedIn(stamps, "stored", FROM_FEED);
    }

    /**
     * Of these items left for their unknown host ({@link #itemUnresolved}; URL and the feed's stamp now), the ones
     * the feed now lists with another title or date: a corrected entry may carry a corrected link, so it is worth one
     * more try.
     */
    public Set<String> reentered(java.util.Map<String, String> stamps) {
        return changedIn(stamps, UNRESOLVED, UNRESOLVED);
    }

    /**
     * Of these item URLs, the ones that failed in a way that may pass (a failed item, or the page of an item read from
     * its feed) too recently to be tried again at {@code now}: after its n-th failure an item rests {@code 2^n}
     * intervals, less half of one for the cycle's own drift (one cycle skipped after the first failure, three after
     * the second), so a site that is down or overloaded is not asked again every cycle and a passing failure still
     * gets its tries within a few cycles.
     */
    public Set<String> resting(Collection<String> urls, Instant now, java.time.Duration interval) {
        List<String> all = new ArrayList<>(urls);
        Set<String> resting = new HashSet<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            db.with("looking up failed feed items", c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT url, attempts, updated FROM feed_items WHERE url IN ("
                        + marks + ") AND state IN ('failed', '" + FROM_FEED + "') AND attempts < " + MAX_ATTEMPTS
                        + " AND attempts > 0")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        p.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            Instant failed = BriefStore.instant(r.getString(3));
                            java.time.Duration rest = interval.multipliedBy(1L << Math.min(r.getInt(2), 20))
                                    .minus(interval.dividedBy(2));
                            if (failed != null && failed.plus(rest).isAfter(now)) {
                                resting.add(r.getString(1));
                            }
                        }
                    }
                }
                return null;
            });
        }
        return resting;
    }

    /**
     * Of these item URLs, the ones stored from the text their feed gives them whose page is worth another try: it
     * failed in a way that may pass (a time-out, a refused connection, 5xx, a 404 before the page is published, an
     * unknown host) fewer than {@value #MAX_ATTEMPTS} times.
     */
    public Set<String> pageRetries(Collection<String> urls) {
        List<String> all = new ArrayList<>(urls);
        Set<String> retries = new HashSet<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            db.with("looking up items read from their feeds", c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT url FROM feed_items WHERE url IN (" + marks
                        + ") AND state = '" + FROM_FEED + "' AND attempts < " + MAX_ATTEMPTS)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        p.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            retries.add(r.getString(1));
                        }
                    }
                }
                return null;
            });
        }
        return retries;
    }

    private Set<String> changedIn(java.util.Map<String, String> stamps, String state, String orState) {
        List<String> all = new ArrayList<>(stamps.keySet());
        Set<String> changed = new HashSet<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            db.with("looking up changed feed items", c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT url, stamp FROM feed_items WHERE url IN (" + marks
                        + ") AND state IN (?, ?) AND stamp IS NOT NULL")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        p.setString(i + 1, chunk.get(i));
                    }
                    p.setString(chunk.size() + 1, state);
                    p.setString(chunk.size() + 2, orState);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            if (!r.getString(2).equals(stamps.get(r.getString(1)))) {
                                changed.add(r.getString(1));
                            }
                        }
                    }
                }
                return null;
            });
        }
        return changed;
    }

    /**
     * Replaces a stored item's article with the newer version of its page, in one transaction, and records the
     * feed's new stamp. The article keeps its id, place and story; empty when the page says the same as before (only
     * the stamp is recorded) or no stored article is found for the item. {@code fromPage}: the newer version was read
     * from the item's page, which so no longer needs another try when the article was read from its feed.
     */
    public Optional<DeskArticle> revise(String itemUrl, String stamp, RawDocument doc, Instant fetched,
                                        boolean fromPage) {
        return write("revising " + itemUrl, c -> revise(c, itemUrl, stamp, doc, null, fetched, fromPage));
    }

    /**
     * Of these items not known by their link (per feed: guid to the link it is listed under now), the ones stored
     * under another link of the same feed with that guid: new link to the link stored. Only an item stored (not
     * failed, refused or a duplicate) counts: there is an article to move; a guid of two stored items counts not.
     */
    public java.util.Map<String, String> storedUnder(String feedUrl, java.util.Map<String, String> linkByGuid) {
        java.util.Map<String, String> moved = new java.util.HashMap<>();
        if (linkByGuid.isEmpty()) {
            return moved;
        }
        db.with("looking up feed items by guid", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT url FROM feed_items WHERE feed_url = ? AND guid = ? "
                    + "AND url <> ? AND state IN ('stored', '" + FROM_FEED + "') AND article_seq IS NOT NULL")) {
                for (java.util.Map.Entry<String, String> e : linkByGuid.entrySet()) {
                    p.setString(1, feedUrl);
                    p.setString(2, e.getKey());
                    p.setString(3, e.getValue());
                    try (ResultSet r = p.executeQuery()) {
                        String stored = r.next() ? r.getString(1) : null;
                        // a guid two stored items share names neither (a feed that gives items one guid)
                        if (stored != null && !r.next()) {
                            moved.put(e.getValue(), stored);
                        }
                    }
                }
            }
            return null;
        });
        return moved;
    }

    /**
     * An item the feed now lists under {@code itemUrl}, stored under {@code storedLink} ({@link #storedUnder}): in one
     * transaction its record takes the new link, and its article takes the newer version and {@code pageUrl}, where
     * it was read now (kept when another stored article has that address). Empty when nothing of the article
     * changed; the item is known by its new link either way.
     */
    public Optional<DeskArticle> moved(String storedLink, String itemUrl, String stamp, RawDocument doc, String pageUrl,
                                       Instant fetched, boolean fromPage) {
        return write("moving " + storedLink + " to " + itemUrl, c -> {
            relink(c, storedLink, itemUrl);
            return revise(c, itemUrl, stamp, doc, pageUrl, fetched, fromPage);
        });
    }

    /**
     * An item moved ({@link #moved}) whose new version could not be read: its record takes the new link and the
     * feed's stamp, so it is not tried every cycle; its article stays as stored.
     */
    public void movedUnread(String storedLink, String itemUrl, String stamp) {
        write("moving " + storedLink + " to " + itemUrl, c -> {
            relink(c, storedLink, itemUrl);
            restamp(c, itemUrl, stamp);
            return null;
        });
    }

    private static void relink(Connection c, String storedLink, String itemUrl) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE feed_items SET url = ? WHERE url = ? AND NOT EXISTS "
                + "(SELECT 1 FROM feed_items WHERE url = ?)")) {
            p.setString(1, itemUrl);
            p.setString(2, storedLink);
            p.setString(3, itemUrl);
            p.executeUpdate();
        }
    }

    private Optional<DeskArticle> revise(Connection c, String itemUrl, String stamp, RawDocument doc, String pageUrl,
                                         Instant fetched, boolean fromPage) throws SQLException {
        if (fromPage) {
            try (PreparedStatement p = c.prepareStatement("UPDATE feed_items SET state = 'stored', reason = NULL "
                    + "WHERE url = ? AND state = '" + FROM_FEED + "'")) {
                p.setString(1, itemUrl);
                p.executeUpdate();
            }
        }
        Long seq = null;
        try (PreparedStatement p = c.prepareStatement("SELECT coalesce(i.article_seq, a.seq) FROM feed_items i "
                + "LEFT JOIN articles a ON a.url = i.url WHERE i.url = ?")) {
            p.setString(1, itemUrl);
            try (ResultSet r = p.executeQuery()) {
                if (r.next() && r.getObject(1) != null) {
                    seq = r.getLong(1);
                }
            }
        }
        restamp(c, itemUrl, stamp);
        if (seq == null) {
            return Optional.<DeskArticle>empty();
        }
        String newUrl = pageUrl == null || addressTaken(c, pageUrl, seq) ? null : pageUrl;
        try (PreparedStatement p = c.prepareStatement("UPDATE articles SET title = ?, outlet = coalesce(?, outlet), "
                + "author = coalesce(?, author), published = coalesce(?, published), "
                + "published_origin = coalesce(?, published_origin), published_day = coalesce(?, published_day), "
                + "fetched = ?, text = ?, revised = ?, url = coalesce(?, url) WHERE seq = ? AND (text <> ? "
                + "OR coalesce(title, '') <> ? OR url <> coalesce(?, url))")) {
            String title = doc.meta(MetaKey.TITLE);
            bindArticle(p, 1, doc, fetched);
            p.setString(9, BriefStore.timestamp(fetched));
            p.setString(10, newUrl);
            p.setLong(11, seq);
            p.setString(12, doc.text());
            p.setString(13, title == null ? "" : title);
            p.setString(14, newUrl);
            if (p.executeUpdate() == 0) {
                return Optional.<DeskArticle>empty();
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM articles WHERE seq = ?")) {
            p.setLong(1, seq);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(article(r)) : Optional.<DeskArticle>empty();
            }
        }
    }

    /** Whether an article other than {@code seq} is stored under {@code url} (addresses are unique). */
    private static boolean addressTaken(Connection c, String url, long seq) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM articles WHERE url = ? AND seq <> ?")) {
            p.setString(1, url);
            p.setLong(2, seq);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /**
     * Binds an article's title, outlet, author, published, published_origin, published_day, fetched and text, in that
     * order, from parameter {@code first}: the columns a stored article and its revision both write.
     */
    private static void bindArticle(PreparedStatement p, int first, RawDocument doc, Instant fetched) throws SQLException {
        p.setString(first, doc.meta(MetaKey.TITLE));
        p.setString(first + 1, doc.meta(MetaKey.OUTLET));
        p.setString(first + 2, doc.meta(MetaKey.AUTHOR));
        p.setString(first + 3, doc.meta(MetaKey.PUBLISHED));
        p.setString(first + 4, doc.meta(MetaKey.PUBLISHED_ORIGIN));
        p.setString(first + 5, ArticleDates.format(ArticleDates.epochDay(doc)));
        p.setString(first + 6, BriefStore.timestamp(fetched));
        p.setString(first + 7, doc.text());
    }

    /** Records the stamp a feed lists a stored item with now (its newer version fetched, or given up on). */
    public void restamp(String itemUrl, String stamp) {
        write("recording the stamp of " + itemUrl, c -> {
            restamp(c, itemUrl, stamp);
            return null;
        });
    }

    private static void restamp(Connection c, String itemUrl, String stamp) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE feed_items SET stamp = ? WHERE url = ?")) {
            p.setString(1, stamp);
            p.setString(2, itemUrl);
            p.executeUpdate();
        }
    }

    /**
     * Stores a fetched article and settles its item, in one transaction. Empty when an article with the same final
     * URL is stored already (two items, one page): the item is settled as a duplicate.
     */
    public Optional<DeskArticle> store(String itemUrl, String feedUrl, String url, RawDocument doc, Instant fetched) {
        return store(itemUrl, feedUrl, url, doc, fetched, null);
    }

    /** As {@link #store(String, String, String, RawDocument, Instant)}, remembering the feed's stamp of the item. */
    public Optional<DeskArticle> store(String itemUrl, String feedUrl, String url, RawDocument doc, Instant fetched,
                                       String stamp) {
        return store(itemUrl, feedUrl, url, doc, fetched, stamp, null);
    }

    /**
     * As {@link #store(String, String, String, RawDocument, Instant, String)}; with a {@code pageFailed}, the article
     * is the text the feed gives the item, read because its page failed so: the item is marked {@link #FROM_FEED}
     * with that reason, and its page is tried again later when the failure may pass.
     */
    public Optional<DeskArticle> store(String itemUrl, String feedUrl, String url, RawDocument doc, Instant fetched,
                                       String stamp, PageFailed pageFailed) {
        return store(itemUrl, feedUrl, url, doc, fetched, stamp, pageFailed, null);
    }

    /**
     * As {@link #store(String, String, String, RawDocument, Instant, String, PageFailed)}, remembering what the feed
     * names the item by ({@link dev.storybrief.fetch.feed.FeedItem#guid}; null when nothing but its link): the same
     * guid under another link is the item moved ({@link #storedUnder}).
     */
    public Optional<DeskArticle> store(String itemUrl, String feedUrl, String url, RawDocument doc, Instant fetched,
                                       String stamp, PageFailed pageFailed, String guid) {
        return write("storing " + url, c -> {
            long seq;
            try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO articles (url, feed_url, title, outlet, "
                    + "author, published, published_origin, published_day, fetched, text) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, url);
                p.setString(2, feedUrl);
                bindArticle(p, 3, doc, fetched);
                if (p.executeUpdate() == 0) {
                    settle(c, itemUrl, feedUrl, "duplicate", "same page as a stored article", fetched);
                    return Optional.<DeskArticle>empty();
                }
            }
            try (PreparedStatement p = c.prepareStatement("SELECT last_insert_rowid()");
                 ResultSet r = p.executeQuery()) {
                r.next();
                seq = r.getLong(1);
            }
            settle(c, itemUrl, feedUrl, pageFailed == null ? "stored" : FROM_FEED,
                    pageFailed == null ? null : pageFailed.reason(), fetched);
            try (PreparedStatement p = c.prepareStatement("UPDATE feed_items SET stamp = ?, article_seq = ?, "
                    + "attempts = CASE WHEN ? THEN " + MAX_ATTEMPTS + " ELSE attempts END, guid = ? WHERE url = ?")) {
                p.setString(1, stamp);
                p.setLong(2, seq);
                p.setBoolean(3, pageFailed != null && pageFailed.lasting());
                p.setString(4, guid);
                p.setString(5, itemUrl);
                p.executeUpdate();
            }
            return Optional.of(new DeskArticle(seq, DeskArticle.idOf(seq), url, feedUrl, doc.meta(MetaKey.TITLE),
                    doc.meta(MetaKey.OUTLET), doc.meta(MetaKey.AUTHOR), doc.meta(MetaKey.PUBLISHED),
                    doc.meta(MetaKey.PUBLISHED_ORIGIN), BriefStore.timestamp(fetched), doc.text(), null, null, null));
        });
    }

    /**
     * Records another failure of the page of an item read from its feed ({@link #FROM_FEED}): the text stays, and the
     * page is tried again up to the limit, unless the failure is {@code lasting}.
     */
    public void pageFailedAgain(String itemUrl, PageFailed failed, Instant when) {
        write("recording a failed page of an item read from its feed", c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE feed_items SET attempts = CASE WHEN ? THEN "
                    + MAX_ATTEMPTS + " ELSE attempts + 1 END, reason = ?, updated = ? WHERE url = ? AND state = '"
                    + FROM_FEED + "'")) {
                p.setBoolean(1, failed.lasting());
                p.setString(2, failed.reason());
                p.setString(3, BriefStore.timestamp(when));
                p.setString(4, itemUrl);
                p.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Why the page of an item read from its feed failed.
     *
     * @param reason  the failure's line
     * @param lasting true when trying the page again cannot help (a robots.txt refusal, 410 Gone, no article in it)
     */
    public record PageFailed(String reason, boolean lasting) {
    }

    /** Records a failed item: refused for good when {@code lasting}, else tried again up to the limit. */
    public void itemFailed(String itemUrl, String feedUrl, String reason, boolean lasting, Instant when) {
        write("recording a failed item", c -> {
            settle(c, itemUrl, feedUrl, lasting ? "refused" : "failed", reason, when);
            return null;
        });
    }

    /**
     * Records an item whose link names a host that does not resolve, with the feed's stamp of the entry: settled (a
     * host that does not exist now will not exist at the next poll) until the feed lists the entry with another title
     * or date ({@link #reentered}).
     */
    public void itemUnresolved(String itemUrl, String feedUrl, String reason, String stamp, Instant when) {
        write("recording an item with an unknown host", c -> {
            settle(c, itemUrl, feedUrl, UNRESOLVED, reason, when);
            restamp(c, itemUrl, stamp);
            return null;
        });
    }

    private static void settle(Connection c, String itemUrl, String feedUrl, String state, String reason, Instant when)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO feed_items (url, feed_url, state, attempts, reason, "
                + "updated) VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (url) DO UPDATE SET state = excluded.state, "
                + "attempts = attempts + 1, reason = excluded.reason, updated = excluded.updated")) {
            p.setString(1, itemUrl);
            p.setString(2, feedUrl);
            p.setString(3, state);
            p.setString(4, reason);
            p.setString(5, BriefStore.timestamp(when));
            p.executeUpdate();
        }
    }

    /** Every stored article after {@code afterSeq}, in the order they were stored. */
    public void forEach(long afterSeq, Consumer<DeskArticle> action) {
        db.with("reading articles", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM articles WHERE seq > ? ORDER BY seq")) {
                p.setLong(1, afterSeq);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        action.accept(article(r));
                    }
                }
            }
            return null;
        });
    }

    /**
     * A story's articles as {@code brief} reads the same pages, oldest first: every article read into it, copies too
     * (a copy that changed a figure states a figure of its own; the briefing folds the true reprints). At most
     * {@code limit}: then its distinct articles come first, the newest, and the newest copies fill what room is left.
     */
    public List<DeskArticle> ofStory(String storyId, int limit) {
        return db.with("reading the articles of " + storyId, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM (SELECT " + COLUMNS + " FROM articles "
                    + "WHERE story_id = ? ORDER BY copy_of IS NULL DESC, seq DESC LIMIT ?) ORDER BY seq")) {
                p.setString(1, storyId);
                p.setInt(2, limit);
                List<DeskArticle> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(article(r));
                    }
                }
                return out;
            }
        });
    }

    /** How many articles are stored. */
    public int count() {
        return db.with("counting articles", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM articles"); ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    private static DeskArticle article(ResultSet r) throws SQLException {
        long seq = r.getLong(1);
        return new DeskArticle(seq, DeskArticle.idOf(seq), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
                r.getString(11), r.getString(12), r.getString(13));
    }

    private <T> T write(String doing, SqliteConnections.Work<T> work) {
        writeLock.lock();
        try {
            return db.inTransaction(doing, work);
        } finally {
            writeLock.unlock();
        }
    }
}
