package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store: save, read, search, delete, and everything still there after reopening. */
class BriefStoreTest {
    @TempDir
    Path data;

    private static NewBrief brief(String id, Instant created, String headline, String text) {
        return new NewBrief(id, created, headline, (headline + "\n" + text).toLowerCase(), "{\"id\":\"" + id + "\"}",
                List.of(new StoredArticle("a", "Title", "Outlet", "2026-03-11", "a.txt", "TEXT", text),
                        new StoredArticle("b", null, null, null, "b.html", "HTML", "Other " + text)));
    }

    @Test
    void savesSearchesAndDeletesAndSurvivesReopening() {
        Instant t = Instant.parse("2026-03-11T10:00:00Z");
        try (BriefStore store = BriefStore.open(data)) {
            store.save(brief("one", t, "Bridge collapses", "Fourteen injured in Port Aldren."));
            store.save(brief("two", t.plusSeconds(60), "Ferry strike", "Ferries stop; 100% of routes_closed."));
            store.save(brief("three", t.plusSeconds(120), "Bridge reopens", "Traffic returns to the bridge."));
        }
        try (BriefStore store = BriefStore.open(data)) {
            assertThat(store.count()).isEqualTo(3);
            assertThat(store.json("two")).contains("{\"id\":\"two\"}");
            assertThat(store.json("missing")).isEmpty();
            assertThat(store.articles("one")).extracting(StoredArticle::source).containsExactly("a.txt", "b.html");

            assertThat(ids(store.search(null, 10, 0))).containsExactly("three", "two", "one");
            assertThat(ids(store.search("BRIDGE", 10, 0))).containsExactly("three", "one");
            assertThat(ids(store.search("bridge  aldren", 10, 0))).containsExactly("one");
            assertThat(ids(store.search("100%", 10, 0))).containsExactly("two");
            assertThat(ids(store.search("%", 10, 0))).as("% is a character, not a wildcard").containsExactly("two");
            assertThat(ids(store.search("routes_closed", 10, 0))).containsExactly("two");
            assertThat(ids(store.search("s_closed", 10, 0))).containsExactly("two");
            assertThat(ids(store.search("e_", 10, 0))).as("_ is a character, not a wildcard").isEmpty();
            BriefPage page = store.search("", 1, 1);
            assertThat(page.total()).isEqualTo(3);
            assertThat(ids(page)).containsExactly("two");
            assertThat(page.briefs().get(0).created()).isEqualTo("2026-03-11T10:01:00.000Z");
            assertThat(page.briefs().get(0).articleCount()).isEqualTo(2);

            assertThat(store.delete("one")).isTrue();
            assertThat(store.delete("one")).isFalse();
            assertThat(store.articles("one")).as("articles go with their briefing").isEmpty();
        }
        try (BriefStore store = BriefStore.open(data)) {
            assertThat(ids(store.search(null, 10, 0))).containsExactly("three", "two");
        }
    }

    @Test
    void aQuotedPhraseMustOccurAsWrittenAndAStrayQuoteIsDropped() {
        Instant t = Instant.parse("2026-03-11T10:00:00Z");
        try (BriefStore store = BriefStore.open(data)) {
            store.save(brief("quake", t, "Tarsel earthquake kills 14", "A school collapsed in Kovar."));
            store.save(brief("other", t.plusSeconds(60), "Earthquake drill in Kovar", "Tarsel schools took part."));
            assertThat(ids(store.search("\"Tarsel\"", 10, 0))).containsExactly("other", "quake");
            assertThat(ids(store.search("Tarsel\"", 10, 0))).containsExactly("other", "quake");
            assertThat(ids(store.search("\"tarsel earthquake\"", 10, 0))).containsExactly("quake");
            assertThat(ids(store.search("\u201Ctarsel   earthquake\u201D kovar", 10, 0))).containsExactly("quake");
            assertThat(ids(store.search("\"earthquake tarsel\"", 10, 0))).isEmpty();
            assertThat(ids(store.search("\"kovar\" \"drill", 10, 0))).as("an unpaired quote is dropped")
                    .containsExactly("other");
            assertThat(store.search("\"\"", 10, 0).total()).as("only quotes: no terms, every briefing").isEqualTo(2);
        }
        assertThat(SearchTerms.of("\"Port strike\" ends \"")).containsExactly("port strike", "ends");
    }

    /**
     * Search ignores accents both ways ("Sao Paulo" finds "São Paulo", and "São" finds "Sao"), on briefings stored
     * before searches were folded too: the store folds their search text once when it opens (QA16 #20).
     */
    @Test
    void searchIgnoresAccentsOnNewAndOlderBriefings() throws Exception {
        Instant t = Instant.parse("2026-03-11T10:00:00Z");
        try (BriefStore store = BriefStore.open(data)) {
            // written as a store did before folding: lower-cased only
            store.save(brief("older", t, "Port strike in São Paulo", "Dockers in Santos stopped work."));
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve(BriefStore.FILE_NAME));
             java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 0");
        }
        try (BriefStore store = BriefStore.open(data)) {
            store.save(new NewBrief("newer", t.plusSeconds(60), "Sao Paulo metro reopens",
                    SearchTerms.fold("Sao Paulo metro reopens; Zürich trams too"), "{\"id\":\"newer\"}", List.of()));
            assertThat(ids(store.search("Sao Paulo", 10, 0))).containsExactly("newer", "older");
            assertThat(ids(store.search("SÃO PAULO", 10, 0))).containsExactly("newer", "older");
            assertThat(ids(store.search("zurich", 10, 0))).containsExactly("newer");
            assertThat(ids(store.search("\"são paulo metro\"", 10, 0))).containsExactly("newer");
        }
        assertThat(SearchTerms.fold("Łódź, Ærø, Straße, Ōsaka")).isEqualTo("lodz, aero, strasse, osaka");
    }

    /**
     * A briefing that set an article apart as another story counts it out of its card's articles, and so out of its
     * outlets and days too (QA tour 26 #10: "3 articles · 4 outlets · 23 Mar 2026 – 2 Dec 2026", the outlet and
     * the March day of an election report set apart from a December storm).
     */
    @Test
    void aCardsOutletsAndDaysLeaveOutAnArticleSetApart() {
        String json = "{\"id\":\"storm\",\"summary\":[{\"text\":\"Storm Ilsa hit the coast.\"}],\"articles\":["
                + "{\"id\":\"a\",\"outlet\":\"Coastal Herald\",\"published\":\"2026-12-01\"},"
                + "{\"id\":\"b\",\"outlet\":\"National Wire\",\"published\":\"2026-12-02T08:00:00Z\"},"
                + "{\"id\":\"c\",\"outlet\":\"Radio Aurele\",\"published\":\"2026-03-23\",\"apart\":true}]}";
        List<StoredArticle> articles = List.of(
                new StoredArticle("a", "Storm", "Coastal Herald", "2026-12-01", "a.txt", "TEXT", "Storm text."),
                new StoredArticle("b", "Toll", "National Wire", "2026-12-02", "b.txt", "TEXT", "Toll text."),
                new StoredArticle("c", "Election", "Radio Aurele", "2026-03-23", "c.html", "HTML", "Vote text."));
        try (BriefStore store = BriefStore.open(data)) {
            store.save(new NewBrief("storm", Instant.parse("2026-12-07T06:00:00Z"), "Storm Ilsa", "storm ilsa", json,
                    articles, 2));
            BriefListing card = store.search(null, 10, 0).briefs().get(0);
            assertThat(card.articleCount()).isEqualTo(2);
            assertThat(card.outlets()).containsExactly("Coastal Herald", "National Wire");
            assertThat(card.firstDay()).isEqualTo("2026-12-01");
            assertThat(card.lastDay()).isEqualTo("2026-12-02");
        }
    }

    private static List<String> ids(BriefPage page) {
        return page.briefs().stream().map(BriefListing::id).toList();
    }
}
