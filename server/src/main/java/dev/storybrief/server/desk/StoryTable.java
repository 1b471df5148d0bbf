package dev.storybrief.server.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.server.BriefStore;
import dev.storybrief.server.SqliteConnections;
import dev.storybrief.server.SearchTerms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Which story each article is in, each story's summary row (size, outlets, time span, version) and its briefings.
 * A story's version goes up whenever an article joins it; a briefing records the version it was made from, so the
 * stories whose briefing is behind are known after a restart. The two newest briefings of a story are kept: the
 * page marks what the newer one adds.
 */
public final class StoryTable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SEARCH_TITLES = 40;

    /**
     * Where one article goes.
     *
     * @param seq     the article
     * @param storyId its story
     * @param copyOf  the id of the article it is a near-copy of, or null
     */
    public record Assignment(long seq, String storyId, String copyOf) {
    }

    private final SqliteConnections db;
    private final ReentrantLock writeLock;

    StoryTable(SqliteConnections db, ReentrantLock writeLock) {
        this.db = db;
        this.writeLock = writeLock;
    }

    /** Puts articles in their stories and brings the stories' rows up to date, in one transaction; returns them. */
    public Set<String> assign(List<Assignment> assignments, Instant now) {
        writeLock.lock();
        try {
            return db.inTransaction("grouping " + assignments.size() + " articles", c -> {
                Set<String> changed = new LinkedHashSet<>();
                // where the articles leaving each story go: a story left empty is given up to the one most went to
                java.util.Map<String, java.util.Map<String, Integer>> leftFor = new java.util.HashMap<>();
                try (PreparedStatement old = c.prepareStatement("SELECT story_id FROM articles WHERE seq = ?");
                     PreparedStatement p = c.prepareStatement("UPDATE articles SET story_id = ?, copy_of = ? WHERE seq = ?")) {
                    for (Assignment a : assignments) {
                        old.setLong(1, a.seq());
                        try (ResultSet r = old.executeQuery()) {
                            if (r.next() && r.getString(1) != null && !r.getString(1).equals(a.storyId())) {
                                changed.add(r.getString(1));
                                leftFor.computeIfAbsent(r.getString(1), story -> new java.util.LinkedHashMap<>())
                                        .merge(a.storyId(), 1, Integer::sum);
                            }
                        }
                        p.setString(1, a.storyId());
                        p.setString(2, a.copyOf());
                        p.setLong(3, a.seq());
                        p.addBatch();
                        changed.add(a.storyId());
                    }
                    p.executeBatch();
                }
                for (String story : changed) {
                    refresh(c, story, now, leftFor.getOrDefault(story, java.util.Map.of()));
                }
                return changed;
            });
        } finally {
            writeLock.unlock();
        }
    }

    private static void refresh(Connection c, String story, Instant now, java.util.Map<String, Integer> leftFor)
            throws SQLException {
        int read;
        int size;
        String firstDay;
        String lastDay;
        try (PreparedStatement p = c.prepareStatement("SELECT count(*), coalesce(sum(copy_of IS NULL), 0), "
                + "min(published_day), max(published_day) FROM articles WHERE story_id = ?")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                read = r.getInt(1);
                size = r.getInt(2);
                firstDay = r.getString(3);
                lastDay = r.getString(4);
            }
        }
        // the articles that are copies of another (copyOf set), as the field's name says: "copies":2 beside two
        // articles of which none is a copy read as two duplicates
        int copies = read - size;
        if (read == 0) {
            delete(c, story);
            giveUp(c, story, leftFor, now);
            return;
        }
        List<String> outlets = column(c, "SELECT outlet FROM articles WHERE story_id = ? AND outlet IS NOT NULL "
                + "GROUP BY outlet ORDER BY min(seq)", story, Integer.MAX_VALUE);
        List<String> titles = column(c, "SELECT title FROM articles WHERE story_id = ? AND title IS NOT NULL "
                + "AND copy_of IS NULL ORDER BY seq", story, SEARCH_TITLES);
        String headline = label(c, story);
        // the story keeps its first headline (below), which its search text holds too
        String kept = headline;
        try (PreparedStatement p = c.prepareStatement("SELECT headline FROM stories WHERE id = ?")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                if (r.next() && r.getString(1) != null) {
                    kept = r.getString(1);
                }
            }
        }
        String search = SearchTerms.fold((kept == null ? "" : kept) + " " + String.join(" ", titles) + " "
                + String.join(" ", outlets));
        try (PreparedStatement p = c.prepareStatement("INSERT INTO stories (id, headline, size, copies, created, updated, "
                + "first_day, last_day, outlets, search_text, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
                + "ON CONFLICT (id) DO UPDATE SET headline = coalesce(headline, excluded.headline), size = excluded.size, "
                + "copies = excluded.copies, updated = excluded.updated, first_day = excluded.first_day, "
                + "last_day = excluded.last_day, outlets = excluded.outlets, "
                + "search_text = excluded.search_text, version = version + 1")) {
            String stamp = BriefStore.timestamp(now);
            p.setString(1, story);
            p.setString(2, headline);
            p.setInt(3, size);
            p.setInt(4, copies);
            p.setString(5, stamp);
            p.setString(6, stamp);
            p.setString(7, firstDay);
            p.setString(8, lastDay);
            p.setString(9, json(outlets));
            p.setString(10, search);
            p.executeUpdate();
        }
    }

    /**
     * Records a story id given up, with the story most of its articles went to (ties: the first named), so that the id
     * is never handed out again and a link to it can lead to where its articles are.
     */
    private static void giveUp(Connection c, String story, java.util.Map<String, Integer> leftFor, Instant now)
            throws SQLException {
        String joined = leftFor.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(null);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO stories_given_up (id, joined, given_up) "
                + "VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET joined = excluded.joined, given_up = excluded.given_up")) {
            p.setString(1, story);
            p.setString(2, joined);
            p.setString(3, BriefStore.timestamp(now));
            p.executeUpdate();
        }
    }

    /** Every story id given up so far: none is handed out again. */
    public Set<String> givenUp() {
        return db.with("listing the story ids given up", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM stories_given_up");
                 ResultSet r = p.executeQuery()) {
                Set<String> out = new LinkedHashSet<>();
                while (r.next()) {
                    out.add(r.getString(1));
                }
                return out;
            }
        });
    }

    private static void delete(Connection c, String story) throws SQLException {
        for (String sql : List.of("DELETE FROM story_briefings WHERE story_id = ?", "DELETE FROM stories WHERE id = ?")) {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, story);
                p.executeUpdate();
            }
        }
    }

    /**
     * The story's label until its briefing gives its headline: the first title of an article that is a report, not a
     * flash or a feed's teaser of a sentence or two stored in place of a page that failed (a 404's teaser is no
     * story's face; the briefing's headline rule passes over such texts too, {@code StoryHeadline.isFlash}); the first
     * title when every article is that short; null without titles.
     */
    private static String label(Connection c, String story) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT title, text FROM articles WHERE story_id = ? AND title IS NOT"
                + " NULL AND copy_of IS NULL ORDER BY seq")) {
            p.setString(1, story);
            String first = null;
            try (ResultSet r = p.executeQuery()) {
                for (int read = 0; r.next() && read < SEARCH_TITLES; read++) {
                    first = first == null ? r.getString(1) : first;
                    if (!dev.storybrief.group.stories.StoryHeadline.isFlash(r.getString(2))) {
                        return r.getString(1);
                    }
                }
            }
            return first;
        }
    }

    private static List<String> column(Connection c, String sql, String story, int limit) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, story);
            List<String> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next() && out.size() < limit) {
                    out.add(r.getString(1));
                }
            }
            return out;
        }
    }

    /**
     * Counts a change to a story that no article joining it made (a stored article replaced by its newer version):
     * its version goes up, so it is briefed again.
     */
    public void revised(String storyId, Instant now) {
        writeLock.lock();
        try {
            db.inTransaction("marking " + storyId + " changed", c -> {
                try (PreparedStatement p = c.prepareStatement("UPDATE stories SET version = version + 1, updated = ? "
                        + "WHERE id = ?")) {
                    p.setString(1, BriefStore.timestamp(now));
                    p.setString(2, storyId);
                    p.executeUpdate();
                }
                return null;
            });
        } finally {
            writeLock.unlock();
        }
    }

    /** A story that needs a briefing: its id and the version to brief. */
    public record Stale(String storyId, int version) {
    }

    /** The stories whose newest briefing is older than their articles, least recently updated first. */
    public List<Stale> stale() {
        return db.with("finding stories to brief", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, version FROM stories WHERE version > briefed_version "
                    + "ORDER BY updated, id"); ResultSet r = p.executeQuery()) {
                List<Stale> out = new ArrayList<>();
                while (r.next()) {
                    out.add(new Stale(r.getString(1), r.getInt(2)));
                }
                return out;
            }
        });
    }

    /**
     * Stores a story's briefing made from {@code version}, keeps it and the one before, and takes its headline.
     * {@code briefing} null records that the version could not be briefed (no article prose), so it is not retried.
     */
    public void briefed(String storyId, int version, String headline, String briefing, int articleCount, Instant now) {
        writeLock.lock();
        try {
            db.inTransaction("storing the briefing of " + storyId, c -> {
                if (briefing != null) {
                    try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO story_briefings (story_id, "
                            + "version, created, article_count, briefing) VALUES (?, ?, ?, ?, ?)")) {
                        p.setString(1, storyId);
                        p.setInt(2, version);
                        p.setString(3, BriefStore.timestamp(now));
                        p.setInt(4, articleCount);
                        p.setString(5, briefing);
                        p.executeUpdate();
                    }
                    try (PreparedStatement p = c.prepareStatement("DELETE FROM story_briefings WHERE story_id = ? AND "
                            + "version NOT IN (SELECT version FROM story_briefings WHERE story_id = ? "
                            + "ORDER BY version DESC LIMIT 2)")) {
                        p.setString(1, storyId);
                        p.setString(2, storyId);
                        p.executeUpdate();
                    }
                }
                try (PreparedStatement p = c.prepareStatement("UPDATE stories SET briefed_version = max(briefed_version, ?), "
                        + "headline = coalesce(?, headline) WHERE id = ?")) {
                    p.setInt(1, version);
                    p.setString(2, headline);
                    p.setString(3, storyId);
                    p.executeUpdate();
                }
                return null;
            });
        } finally {
            writeLock.unlock();
        }
    }

    /** The ids of all stories. */
    public Set<String> ids() {
        return db.with("listing story ids", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM stories"); ResultSet r = p.executeQuery()) {
                Set<String> out = new LinkedHashSet<>();
                while (r.next()) {
                    out.add(r.getString(1));
                }
                return out;
            }
        });
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }
}
