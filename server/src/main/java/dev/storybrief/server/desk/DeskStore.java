package dev.storybrief.server.desk;

import dev.storybrief.server.BriefStore;
import dev.storybrief.server.SqliteConnections;
import dev.storybrief.server.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The live desk's tables in the same SQLite file {@code serve} keeps its briefings in ({@link BriefStore#FILE_NAME}
 * in the data folder): feeds and the items they listed, articles, stories and their briefings. Same durability as
 * the briefings: write-ahead log, full sync, one transaction per change, so a process killed at any moment keeps
 * every article it stored and stores none twice ({@code url} is unique).
 *
 * <p>The work is split by concern: {@link #articles()} (feeds, items, articles), {@link #stories()} (grouping and
 * briefings) and {@link #queries()} (what the page and API read).
 */
public final class DeskStore implements AutoCloseable {
    private static final int CONNECTIONS = 3;

    private final SqliteConnections db;
    private final ArticleTable articles;
    private final StoryTable stories;
    private final StoryQueries queries;

    private DeskStore(SqliteConnections db) {
        this.db = db;
        // SQLite takes one writer at a time; queueing writers here keeps them off its busy-retry loop.
        ReentrantLock writeLock = new ReentrantLock();
        this.articles = new ArticleTable(db, writeLock);
        this.stories = new StoryTable(db, writeLock);
        this.queries = new StoryQueries(db);
    }

    /** Opens (creating when missing) the desk tables in {@code dataDir}. */
    public static DeskStore open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("creating the data folder " + dataDir, e);
        }
        SqliteConnections db = new SqliteConnections(dataDir.resolve(BriefStore.FILE_NAME), CONNECTIONS);
        try {
            createSchema(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new DeskStore(db);
    }

    private static void createSchema(SqliteConnections db) {
        db.inTransaction("creating the desk tables", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS feeds (url TEXT PRIMARY KEY, title TEXT, etag TEXT, "
                        + "last_modified TEXT, polls INTEGER NOT NULL DEFAULT 0, not_modified INTEGER NOT NULL DEFAULT 0, "
                        + "errors INTEGER NOT NULL DEFAULT 0, last_error TEXT, last_polled TEXT)");
                s.execute("CREATE TABLE IF NOT EXISTS feed_items (url TEXT PRIMARY KEY, feed_url TEXT, "
                        + "state TEXT NOT NULL, attempts INTEGER NOT NULL, reason TEXT, updated TEXT NOT NULL)");
                // added later: a store made before them gets them empty (its items are then never fetched again)
                addColumn(c, "feed_items", "stamp", "TEXT");
                addColumn(c, "feed_items", "article_seq", "INTEGER");
                // what the feed names a stored item by: a link that changes under the same guid is the item moved
                addColumn(c, "feed_items", "guid", "TEXT");
                s.execute("CREATE TABLE IF NOT EXISTS articles (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                        + "url TEXT NOT NULL UNIQUE, feed_url TEXT, title TEXT, outlet TEXT, author TEXT, published TEXT, "
                        + "published_origin TEXT, published_day TEXT, fetched TEXT NOT NULL, text TEXT NOT NULL, "
                        + "story_id TEXT, copy_of TEXT)");
                addColumn(c, "articles", "revised", "TEXT");
                // when the last error happened: an error without its time cannot be told from an old one
                addColumn(c, "feeds", "last_error_at", "TEXT");
                s.execute("CREATE INDEX IF NOT EXISTS articles_by_story ON articles (story_id, seq)");
                // a story's listing asks which of its articles were read from their feeds' text
                s.execute("CREATE INDEX IF NOT EXISTS feed_items_by_article ON feed_items (article_seq)");
                s.execute("CREATE INDEX IF NOT EXISTS feed_items_by_guid ON feed_items (feed_url, guid)");
                s.execute("CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, headline TEXT, "
                        + "size INTEGER NOT NULL, copies INTEGER NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL, "
                        + "first_day TEXT, last_day TEXT, outlets TEXT NOT NULL, search_text TEXT NOT NULL, "
                        + "version INTEGER NOT NULL, briefed_version INTEGER NOT NULL DEFAULT 0)");
                s.execute("CREATE INDEX IF NOT EXISTS stories_by_updated ON stories (updated)");
                // every story id given up (its articles went to other stories), never handed out again: a reader's
                // link to it must not open another story after a restart, when no article holds the id any more
                s.execute("CREATE TABLE IF NOT EXISTS stories_given_up (id TEXT PRIMARY KEY, joined TEXT, "
                        + "given_up TEXT NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS story_briefings (story_id TEXT NOT NULL, version INTEGER NOT NULL, "
                        + "created TEXT NOT NULL, article_count INTEGER NOT NULL, briefing TEXT NOT NULL, "
                        + "PRIMARY KEY (story_id, version))");
            }
            dev.storybrief.server.SearchTerms.foldStored(c, "stories", dev.storybrief.server.SearchTerms.STORIES_FOLDED);
            return null;
        });
    }

    private static void addColumn(java.sql.Connection c, String table, String column, String type)
            throws java.sql.SQLException {
        try (Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (r.next()) {
                if (r.getString("name").equals(column)) {
                    return;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
        }
    }

    /** Feeds, the items they listed, and the stored articles. */
    public ArticleTable articles() {
        return articles;
    }

    /** Story membership and briefings. */
    public StoryTable stories() {
        return stories;
    }

    /** What the page and the API read. */
    public StoryQueries queries() {
        return queries;
    }

    @Override
    public void close() {
        db.close();
    }
}
