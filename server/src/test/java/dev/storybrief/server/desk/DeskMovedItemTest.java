package dev.storybrief.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed item whose link changes under the same guid (a renamed slug; qa30 #4) is the same item moved: its stored
 * article takes the new address, keeps its id and story, and no second article is stored. An item named by its link
 * alone, and items that share one guid, are told apart by their links as before.
 */
class DeskMovedItemTest {
    private static final String TANKER = "The oil tanker Marisa Vey ran aground off Kelby Point early on Monday with"
            + " 40,000 tonnes of crude on board. Coastguard commander Ines Navarro said no oil had leaked and the 22"
            + " crew were safe. Salvage teams from Rotterdam are expected on Wednesday.";
    private static final String FERRY = "The Kelby Island ferry was cancelled on Tuesday as gales closed the harbour,"
            + " the operator said. Harbour master Tomas Ekdal said the crossing would resume once the wind dropped,"
            + " and stranded passengers were offered rooms in the town.";

    @TempDir
    Path dir;

    private static String page(String title, String text) {
        return "<html><head><title>" + title + "</title><meta property=\"og:site_name\" content=\"Harbour Post\">"
                + "<meta property=\"article:published_time\" content=\"2026-11-16T09:00:00Z\"></head><body><article>"
                + "<h1>" + title + "</h1><p>" + text + "</p></article></body></html>";
    }

    /** An RSS item; {@code guid} null gives none. */
    private static String item(String base, String path, String guid, String title) {
        return "<item><title>" + title + "</title><link>" + base + path + "</link>"
                + (guid == null ? "" : "<guid isPermaLink=\"false\">" + guid + "</guid>")
                + "<pubDate>Mon, 16 Nov 2026 09:00:00 GMT</pubDate></item>";
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Post</title>"
                + String.join("", items) + "</channel></rss>";
    }

    private static String atom(String base, String path, String id) {
        return "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Harbour Post</title>"
                + "<id>urn:harbour-post</id><updated>2026-11-16T09:00:00Z</updated><entry><title>Tanker aground</title>"
                + "<id>" + id + "</id><link href=\"" + base + path + "\"/><updated>2026-11-16T09:00:00Z</updated>"
                + "</entry></feed>";
    }

    @Test
    void anRssItemWhoseLinkChangesUnderTheSameGuidIsTheStoredArticleMoved() throws Exception {
        try (DeskRevisionTest.Site site = new DeskRevisionTest.Site()) {
            String base = site.base();
            site.pages.put("/2026/tanker-aground.html", page("Tanker aground off Kelby Point", TANKER));
            site.feed = rss(item(base, "/2026/tanker-aground.html", "harbour-post-4411", "Tanker aground"));
            Path feeds = Files.writeString(dir.resolve("feeds.txt"), base + "/feed.xml\n");
            try (DeskHarness desk = new DeskHarness(dir.resolve("data"), feeds, DeskHarness.testPolicy(), null)) {
                desk.watcher.recover();
                assertThat(desk.watcher.cycle().stored()).isEqualTo(1);
                DeskArticle first = desk.articles().get(0);

                // the slug is renamed: the old address is gone, the guid stays
                site.pages.remove("/2026/tanker-aground.html");
                site.pages.put("/2026/tanker-aground-kelby-point.html", page("Tanker aground off Kelby Point", TANKER));
                site.feed = rss(item(base, "/2026/tanker-aground-kelby-point.html", "harbour-post-4411",
                        "Tanker aground"));
                CycleReport moved = desk.watcher.cycle();
                assertThat(moved.stored()).as("no new article").isZero();
                assertThat(moved.failures()).isZero();
                assertThat(moved.revised()).as("its address changed").isEqualTo(1);
                assertThat(desk.articles()).singleElement().satisfies(a -> {
                    assertThat(a.id()).isEqualTo(first.id());
                    assertThat(a.url()).isEqualTo(base + "/2026/tanker-aground-kelby-point.html");
                    assertThat(a.storyId()).isEqualTo(first.storyId());
                    assertThat(a.copyOf()).isNull();
                });

                // known by its new link from now on: nothing fetched again
                CycleReport quiet = desk.watcher.cycle();
                assertThat(quiet.stored() + quiet.revised()).isZero();
                assertThat(site.fetchesOf("/2026/tanker-aground-kelby-point.html")).isEqualTo(1);
                assertThat(desk.log()).isEmpty();
            }
        }
    }

    @Test
    void anAtomEntryThatMovesKeepsItsArticleAndAnItemWithoutAGuidIsKeyedByItsLink() throws Exception {
        try (DeskRevisionTest.Site site = new DeskRevisionTest.Site()) {
            String base = site.base();
            site.pages.put("/a.html", page("Tanker aground off Kelby Point", TANKER));
            site.pages.put("/b.html", page("Tanker aground off Kelby Point", TANKER));
            site.feed = atom(base, "/a.html", "tag:harbour-post,2026:4411");
            Path feeds = Files.writeString(dir.resolve("feeds.txt"), base + "/feed.xml\n");
            try (DeskHarness desk = new DeskHarness(dir.resolve("data"), feeds, DeskHarness.testPolicy(), null)) {
                desk.watcher.recover();
                desk.watcher.cycle();
                site.feed = atom(base, "/b.html", "tag:harbour-post,2026:4411");
                assertThat(desk.watcher.cycle().stored()).isZero();
                assertThat(desk.articles()).singleElement()
                        .satisfies(a -> assertThat(a.url()).isEqualTo(base + "/b.html"));
            }
        }
        try (DeskRevisionTest.Site site = new DeskRevisionTest.Site()) {
            String base = site.base();
            site.pages.put("/a.html", page("Tanker aground off Kelby Point", TANKER));
            site.pages.put("/b.html", page("Ferry cancelled as gales close harbour", FERRY));
            site.feed = rss(item(base, "/a.html", null, "Tanker aground"));
            Path feeds = Files.writeString(dir.resolve("feeds.txt"), base + "/feed.xml\n");
            try (DeskHarness desk = new DeskHarness(dir.resolve("data2"), feeds, DeskHarness.testPolicy(), null)) {
                desk.watcher.recover();
                desk.watcher.cycle();
                site.feed = rss(item(base, "/b.html", null, "Ferry cancelled"));
                assertThat(desk.watcher.cycle().stored()).as("no guid: another link is another item").isEqualTo(1);
                assertThat(desk.articles()).hasSize(2);
            }
        }
    }

    /** A feed that gives every item one guid names no item by it: a new item under it is stored, not merged. */
    @Test
    void itemsThatShareOneGuidAreToldApartByTheirLinks() throws Exception {
        try (DeskRevisionTest.Site site = new DeskRevisionTest.Site()) {
            String base = site.base();
            site.pages.put("/a.html", page("Tanker aground off Kelby Point", TANKER));
            site.pages.put("/b.html", page("Ferry cancelled as gales close harbour", FERRY));
            site.pages.put("/c.html", page("Ferry back after gales", FERRY.replace("cancelled", "restored")));
            site.feed = rss(item(base, "/a.html", "same", "Tanker aground"), item(base, "/b.html", "same", "Ferry"));
            Path feeds = Files.writeString(dir.resolve("feeds.txt"), base + "/feed.xml\n");
            try (DeskHarness desk = new DeskHarness(dir.resolve("data"), feeds, DeskHarness.testPolicy(), null)) {
                desk.watcher.recover();
                assertThat(desk.watcher.cycle().stored()).isEqualTo(2);
                site.feed = rss(item(base, "/c.html", "same", "Ferry back"), item(base, "/b.html", "same", "Ferry"));
                assertThat(desk.watcher.cycle().stored()).isEqualTo(1);
                assertThat(desk.articles()).extracting(DeskArticle::url)
                        .containsExactly(base + "/a.html", base + "/b.html", base + "/c.html");
            }
        }
    }
}
