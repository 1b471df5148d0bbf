package dev.storybrief.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Briefings and their articles in an embedded SQLite file ({@code storybrief.db} in the data folder). Each
 * briefing is written in one transaction with its articles, so after a crash it is there whole or not at all.
 */
public final class BriefStore implements AutoCloseable {
    /** The database file's name inside the data folder. */
    public static final String FILE_NAME = "storybrief.db";
    private static final int CONNECTIONS = 4;
    /** Fixed-width UTC time stamps, so text order is time order. */
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * An article of the briefed story, not one the briefing set apart as another story: the card counts those out
     * ({@link NewBrief#count()}), and so leaves their outlets and days out too.
     */
    private static final String OF_THE_STORY = "json_extract(a.value, '$.apart') IS NOT 1";
    /**
     * What a front page card shows, read from the stored briefing without parsing it in Java: the first summary
     * sentence, the outlets (each once) of the story's articles, their first and last publication day, and the first
     * sentence's language.
     */
    private static final String CARD_COLUMNS = "json_extract(briefing, '$.summary[0].text'), "
            + "(SELECT json_group_array(o) FROM (SELECT DISTINCT json_extract(a.value, '$.outlet') AS o "
            + "FROM json_each(briefs.briefing, '$.articles') a WHERE o IS NOT NULL AND " + OF_THE_STORY + ")), "
            + "(SELECT min(substr(json_extract(a.value, '$.published'), 1, 10)) FROM json_each(briefs.briefing, '$.articles') a"
            + " WHERE " + OF_THE_STORY + "), "
            + "(SELECT max(substr(json_extract(a.value, '$.published'), 1, 10)) FROM json_each(briefs.briefing, '$.articles') a"
            + " WHERE " + OF_THE_STORY + "), " + GistLanguage.of("briefs.briefing");
    private static final ObjectMapper CARD_JSON = new ObjectMapper();

    private final SqliteConnections db;
    // SQLite takes one writer at a time; queueing writers here keeps them off its busy-retry loop.
    private final ReentrantLock writeLock = new ReentrantLock();

    private BriefStore(SqliteConnections db) {
        this.db = db;
    }

    /** Opens (creating when missing) the store in {@code dataDir}. */
    public static BriefStore open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("creating the data folder " + dataDir, e);
        }
        BriefStore store = new BriefStore(new SqliteConnections(dataDir.resolve(FILE_NAME), CONNECTIONS));
        store.createSchema();
        return store;
    }

    private void createSchema() {
        db.inTransaction("creating the schema", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS briefs (id TEXT PRIMARY KEY, created TEXT NOT NULL, "
                        + "headline TEXT, article_count INTEGER NOT NULL, search_text TEXT NOT NULL, "
                        + "briefing TEXT NOT NULL)");
                s.execute("CREATE INDEX IF NOT EXISTS briefs_by_created ON briefs (created)");
                s.execute("CREATE TABLE IF NOT EXISTS brief_articles (brief_id TEXT NOT NULL "
                        + "REFERENCES briefs (id) ON DELETE CASCADE, position INTEGER NOT NULL, "
                        + "article_id TEXT NOT NULL, title TEXT, outlet TEXT, published TEXT, source TEXT, "
                        + "format TEXT NOT NULL, content TEXT NOT NULL, PRIMARY KEY (brief_id, position))");
            }
            SearchTerms.foldStored(c, "briefs", SearchTerms.BRIEFS_FOLDED);
            return null;
        });
    }

    /** The time stamp format the store and the API use. */
    public static String timestamp(Instant instant) {
        return CREATED.format(instant);
    }

    /** A time stamp the store wrote ({@link #timestamp}), or null when it is none. */
    public static Instant instant(String timestamp) {
        try {
            return timestamp == null ? null : Instant.parse(timestamp);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Stores a briefing and its articles in one transaction. */
    public void save(NewBrief brief) {
        writeLock.lock();
        try {
            db.inTransaction("storing briefing " + brief.id(), c -> {
                insertBrief(c, brief);
                insertArticles(c, brief);
                return null;
            });
        } finally {
            writeLock.unlock();
        }
    }

    private static void insertBrief(Connection c, NewBrief brief) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO briefs (id, created, headline, article_count, "
                + "search_text, briefing) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setString(1, brief.id());
            p.setString(2, timestamp(brief.created()));
            p.setString(3, brief.headline());
            p.setInt(4, brief.count());
            p.setString(5, brief.searchText());
            p.setString(6, brief.json());
            p.executeUpdate();
        }
    }

    private static void insertArticles(Connection c, NewBrief brief) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO brief_articles (brief_id, position, article_id, "
                + "title, outlet, published, source, format, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (StoredArticle a : brief.articles()) {
                p.setString(1, brief.id());
                p.setInt(2, position++);
                p.setString(3, a.articleId());
                p.setString(4, a.title());
                p.setString(5, a.outlet());
                p.setString(6, a.published());
                p.setString(7, a.source());
                p.setString(8, a.format());
                p.setString(9, a.content());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** The stored JSON document of a briefing. */
    public Optional<String> json(String id) {
        return db.with("reading briefing " + id, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT briefing FROM briefs WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** The articles a briefing was made from, in input order. */
    public List<StoredArticle> articles(String id) {
        return db.with("reading the articles of " + id, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT article_id, title, outlet, published, source, "
                    + "format, content FROM brief_articles WHERE brief_id = ? ORDER BY position")) {
                p.setString(1, id);
                List<StoredArticle> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new StoredArticle(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5), r.getString(6), r.getString(7)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Briefings whose text holds every word and quoted phrase of {@code query} ({@link SearchTerms}; case-insensitive;
     * all briefings when it is blank), newest first.
     */
    public BriefPage search(String query, int limit, int offset) {
        List<String> terms = SearchTerms.of(query);
        String where = SearchTerms.where(terms);
        return db.with("searching briefings", c -> {
            int total;
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM briefs" + where)) {
                SearchTerms.bind(p, terms, 1);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    total = r.getInt(1);
                }
            }
            List<BriefListing> page = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, headline, created, article_count, " + CARD_COLUMNS + " FROM briefs"
                    + where + " ORDER BY created DESC, rowid DESC LIMIT ? OFFSET ?")) {
                int next = SearchTerms.bind(p, terms, 1);
                p.setInt(next, limit);
                p.setInt(next + 1, offset);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        page.add(new BriefListing(r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
                                r.getString(5), outlets(r.getString(6)), r.getString(7), r.getString(8),
                                r.getString(9)));
                    }
                }
            }
            return new BriefPage(total, page);
        });
    }

    private static List<String> outlets(String json) {
        try {
            return json == null ? List.of() : CARD_JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    /** Deletes a briefing and its articles; false when there was none. */
    public boolean delete(String id) {
        writeLock.lock();
        try {
            return db.inTransaction("deleting briefing " + id, c -> {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM briefs WHERE id = ?")) {
                    p.setString(1, id);
                    return p.executeUpdate() > 0;
                }
            });
        } finally {
            writeLock.unlock();
        }
    }

    /** How many briefings are stored. */
    public int count() {
        return search(null, 0, 0).total();
    }

    @Override
    public void close() {
        db.close();
    }
}
