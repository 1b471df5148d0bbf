package dev.storybrief.server.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.ingest.feed.FeedDates;
import dev.storybrief.server.GistLanguage;
import dev.storybrief.server.SearchTerms;
import dev.storybrief.server.SqliteConnections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The live stories as the page and API read them: listed most recently updated first, stories updated within the
 * same hour largest first, and each with its articles and newest briefings.
 */
public final class StoryQueries {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The gist is the first summary sentence of the newest briefing: a card's one line, read without parsing it. */
    private static final String STORY_COLUMNS = "id, headline, size, copies, updated, first_day, last_day, outlets, "
            + "(SELECT json_extract(b.briefing, '$.summary[0].text') FROM story_briefings b WHERE b.story_id = stories.id "
            + "ORDER BY b.version DESC LIMIT 1), "
            // the articles the newest briefing set apart as another story: the card counts the story as it does
            + "(SELECT count(*) FROM json_each((SELECT b.briefing FROM story_briefings b WHERE b.story_id = stories.id "
            + "ORDER BY b.version DESC LIMIT 1), '$.articles') WHERE json_extract(value, '$.apart') = 1), "
            + "(SELECT " + GistLanguage.of("b.briefing") + " FROM story_briefings b WHERE b.story_id = stories.id "
            + "ORDER BY b.version DESC LIMIT 1)";
    /** Hour buckets: "2024-05-01T13" of the fixed-width UTC time stamp. */
    private static final String ORDER = " ORDER BY substr(updated, 1, 13) DESC, size DESC, updated DESC, id";

    /**
     * One article of a story.
     *
     * @param id        {@code a<seq>}, as the briefing names it
     * @param url       the page
     * @param outlet    publication, or null
     * @param title     headline, or null
     * @param published publication date or date-time as found, in ISO-8601 (a feed's RFC 822 date, as stores of
     *                  earlier versions hold it, rewritten at its own offset), or null
     * @param copyOf    the id of the article it is a near-copy of, or null
     * @param fromFeed  why its page failed when the article is the text its feed gives the item (the desk stored that
     *                  in the page's place and tries the page again), or null when it was read from its page
     */
    public record ArticleRef(String id, String url, String outlet, String title, String published, String copyOf,
                             String fromFeed) {
    }

    /**
     * One story.
     *
     * @param id        its id
     * @param headline  its headline (the briefing's, once briefed)
     * @param size      distinct articles (near-copies not counted, nor those its newest briefing set apart as another
     *                  story)
     * @param copies    its articles that are near-copies of another of its articles ({@code copyOf} set)
     * @param updated   when an article last joined it
     * @param firstDay  the earliest publication day of its articles, or null
     * @param lastDay   the latest, or null
     * @param outlets   the outlets that ran it, in order of first article
     * @param articles  its articles, oldest first
     * @param gist      the first sentence of its newest briefing's summary, or null before the first briefing
     * @param gistLanguage the gist's language ({@link GistLanguage}), or null when unknown
     */
    public record StoryListing(String id, String headline, int size, int copies, String updated, String firstDay,
                               String lastDay, List<String> outlets, List<ArticleRef> articles, String gist,
                               String gistLanguage) {
    }

    /**
     * One page of stories.
     *
     * @param total   stories matching
     * @param stories this page of them
     */
    public record StoryPage(int total, List<StoryListing> stories) {
    }

    /**
     * A stored briefing of a story.
     *
     * @param version  the story version it was made from
     * @param created  when
     * @param articles how many articles it briefed
     * @param json     the briefing document
     */
    public record StoredBriefing(int version, String created, int articles, String json) {
    }

    private final SqliteConnections db;

    StoryQueries(SqliteConnections db) {
        this.db = db;
    }

    /** Stories whose headline, article titles or outlets hold every word and quoted phrase of {@code query}. */
    public StoryPage list(String query, int limit, int offset) {
        List<String> terms = SearchTerms.of(query);
        String where = SearchTerms.where(terms);
        return db.with("listing stories", c -> {
            int total;
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM stories" + where)) {
                SearchTerms.bind(p, terms, 1);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    total = r.getInt(1);
                }
            }
            List<StoryListing> page = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + STORY_COLUMNS + " FROM stories" + where + ORDER
                    + " LIMIT ? OFFSET ?")) {
                int next = SearchTerms.bind(p, terms, 1);
                p.setInt(next, limit);
                p.setInt(next + 1, offset);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        page.add(listing(c, r));
                    }
                }
            }
            return new StoryPage(total, page);
        });
    }

    /** One story, when there is one with this id. */
    public Optional<StoryListing> story(String id) {
        return db.with("reading story " + id, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + STORY_COLUMNS + " FROM stories WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(listing(c, r)) : Optional.<StoryListing>empty();
                }
            }
        });
    }

    /**
     * The live story that took the articles of a story id given up (its articles went to other stories when the desk
     * grouped them again), following ids given up in turn; empty when the id was never given up or its articles went
     * nowhere still live.
     */
    public Optional<String> joinedInto(String id) {
        return db.with("following story " + id, c -> {
            try (PreparedStatement gone = c.prepareStatement("SELECT joined FROM stories_given_up WHERE id = ?");
                 PreparedStatement live = c.prepareStatement("SELECT 1 FROM stories WHERE id = ?")) {
                String at = id;
                // a chain of joins is short; the bound only guards against a cycle written by an older desk
                for (int step = 0; step < 64 && at != null; step++) {
                    gone.setString(1, at);
                    try (ResultSet r = gone.executeQuery()) {
                        at = r.next() ? r.getString(1) : null;
                    }
                    if (at == null) {
                        return Optional.<String>empty();
                    }
                    live.setString(1, at);
                    try (ResultSet r = live.executeQuery()) {
                        if (r.next()) {
                            return Optional.of(at);
                        }
                    }
                }
                return Optional.<String>empty();
            }
        });
    }

    /** A story's stored briefings, newest first (at most two are kept). */
    public List<StoredBriefing> briefings(String storyId) {
        return db.with("reading the briefings of " + storyId, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT version, created, article_count, briefing FROM "
                    + "story_briefings WHERE story_id = ? ORDER BY version DESC")) {
                p.setString(1, storyId);
                List<StoredBriefing> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new StoredBriefing(r.getInt(1), r.getString(2), r.getInt(3), r.getString(4)));
                    }
                }
                return out;
            }
        });
    }

    /** How many stories there are. */
    public int count() {
        return list(null, 0, 0).total();
    }

    private static StoryListing listing(Connection c, ResultSet r) throws SQLException {
        String id = r.getString(1);
        List<ArticleRef> articles = new ArrayList<>();
        // an article stored from its feed's text while its page fails is said so: a reader weighs a teaser otherwise
        try (PreparedStatement p = c.prepareStatement("SELECT seq, url, outlet, title, published, copy_of, "
                + "(SELECT coalesce(f.reason, 'its page failed') FROM feed_items f WHERE f.article_seq = articles.seq "
                + "AND f.state = '" + ArticleTable.FROM_FEED + "' LIMIT 1) FROM articles WHERE story_id = ? ORDER BY seq")) {
            p.setString(1, id);
            try (ResultSet a = p.executeQuery()) {
                while (a.next()) {
                    articles.add(new ArticleRef(DeskArticle.idOf(a.getLong(1)), a.getString(2), a.getString(3),
                            a.getString(4), FeedDates.iso(a.getString(5)), a.getString(6), a.getString(7)));
                }
            }
        }
        return new StoryListing(id, r.getString(2), r.getInt(3) - r.getInt(10), r.getInt(4), r.getString(5), r.getString(6),
                r.getString(7), outlets(r.getString(8)), articles, r.getString(9), r.getString(11));
    }

    private static List<String> outlets(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
