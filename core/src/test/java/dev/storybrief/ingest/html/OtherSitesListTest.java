package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * An aggregator's page of teasers, each a headline linking to an article on another site with a line of its text, the
 * outlet and a time, is no article and says so; an article with a block of such teasers below it, an article whose
 * paragraphs cite other sites inline, and a short brief declared a dated article are still read.
 */
class OtherSitesListTest {

    private static final String[] HOSTS = {"kellportcourier.example", "harbourtimes.example", "dailyledger.example",
        "northgatepost.example", "riversideherald.example"};
    private static final String[][] TEASERS = {
        {"Storm closes Kellport harbour as ferries stay in port",
            "Ferry crossings were cancelled for a second day as gales battered the coast."},
        {"Council approves new sea wall after winter floods",
            "Councillors voted nine to four for the scheme, paid for by grants and local borrowing."},
        {"Fishermen count losses after three weeks ashore",
            "Crews say the longest spell of bad weather in a decade cost them their best catch."},
        {"Rail line reopens after landslip is cleared",
            "Engineers worked through the night to remove earth from the track north of the town."},
        {"Schools shut as power cuts hit coastal villages",
            "About 4,000 homes were without electricity after falling trees brought down lines."},
        {"Ferry operator promises refunds for cancelled trips",
            "Passengers who booked crossings during the storm will be repaid in full, the company said."}};
    private static final String OWN = "<p>Ferry crossings between Kellport and the islands were cancelled for a second"
            + " day on Monday as gales of up to 70 mph battered the coast, and the harbour master ordered all vessels to"
            + " stay at their moorings until the wind eases, the port authority said in a statement.</p>"
            + "<p>\"We have not seen a storm like this in twenty years,\" said harbour master Ellen Tate, who spent the"
            + " night on the quay with her staff checking the lines of the fishing fleet as the waves rose.</p>"
            + "<p>The ferry operator said passengers would be offered refunds or free crossings later in the year, and"
            + " that it hoped to run a reduced timetable from Wednesday if the forecast held.</p>";

    /** {@code count} teasers over the first {@code hosts} hosts, each in its own box. */
    private static String teasers(int count, int hosts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String[] t = TEASERS[i % TEASERS.length];
            sb.append("<article><h3><a href='https://www.").append(HOSTS[i % hosts]).append("/news/story-").append(i)
                    .append("'>").append(t[0]).append("</a></h3><div>").append(t[1]).append("</div><div><span>")
                    .append(HOSTS[i % hosts]).append("</span> · <time>").append(i + 1).append(" hours ago</time></div>")
                    .append("</article>");
        }
        return sb.toString();
    }

    private static String page(String head, String main) {
        return "<html><head><meta charset='utf-8'><title>Kellport storm</title>" + head + "</head><body><header>"
                + "<a href='/'>News Finder</a><nav><a href='/top'>Top stories</a> <a href='/local'>Local</a></nav>"
                + "</header><main>" + main + "</main><footer><p>Headlines from many sources.</p></footer></body></html>";
    }

    @Test
    void anAggregatorsPageOfTeasersForOtherSitesIsNoArticleAndSaysHowManyItLinks() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("", "<h1>Kellport storm</h1>" + teasers(6, 5)),
                "https://news.finder.example/topics/kellport-storm");

        assertThat(page.hasArticle()).isFalse();
        assertThat(page.paragraphs()).isEmpty();
        assertThat(page.reason()).isEqualTo(String.format(HtmlArticleExtractor.LIST_OF_LINKS, 6, 5));
        assertThat(page.removedBlocks()).anyMatch(n -> n.contains("https://www.harbourtimes.example/news/story-1"));
        // the links themselves, in page order, for a caller to read on
        assertThat(page.links()).hasSize(6).startsWith("https://www." + HOSTS[0] + "/news/story-0",
                "https://www." + HOSTS[1] + "/news/story-1").endsWith("https://www." + HOSTS[0] + "/news/story-5");
    }

    @Test
    void teasersLinkingToOneSiteOnlyOrTooFewAreNoAggregatorsList() {
        assertThat(OtherSitesList.links(Jsoup.parse(page("", teasers(6, 5))).body(), null)).isPresent();
        assertThat(OtherSitesList.links(Jsoup.parse(page("", teasers(6, 1))).body(), null)).isEmpty();
        assertThat(OtherSitesList.links(Jsoup.parse(page("", teasers(OtherSitesList.MIN_TEASERS - 1, 3))).body(), null))
                .isEmpty();
    }

    @Test
    void linksToThePagesOwnSiteAreNoOtherSitesTeasers() {
        String address = "https://www." + HOSTS[0] + "/topics/storm";

        assertThat(OtherSitesList.links(Jsoup.parse(page("", teasers(6, 1)), address).body(), address)).isEmpty();
        assertThat(OtherSitesList.links(Jsoup.parse(page("", teasers(6, 2)), address).body(), address)).isEmpty();
        assertThat(OtherSitesList.links(Jsoup.parse(page("", teasers(6, 3)), address).body(), address)).isPresent();
    }

    @Test
    void anArticleWithABlockOfTeasersForOtherSitesBelowItIsRead() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("",
                "<article><h1>Storm closes Kellport harbour</h1>" + OWN + "</article><aside><h2>Elsewhere</h2>"
                        + teasers(6, 5) + "</aside>"), "https://www.kellportcourier.example/news/storm");

        assertThat(page.hasArticle()).isTrue();
        assertThat(page.paragraphs().get(0)).startsWith("Ferry crossings between Kellport");
    }

    @Test
    void linksCitedInsideAnArticlesSentencesAreNoTeasers() {
        StringBuilder body = new StringBuilder("<h1>Court quashes speeding verdict</h1>");
        for (int i = 0; i < 5; i++) {
            body.append("<div><p>The court cited <a href='https://www.").append(HOSTS[i]).append("/ruling/").append(i)
                    .append("'>the ruling of the appeals chamber in ").append(2010 + i).append("</a> in its finding.")
                    .append("</p></div>");
        }

        assertThat(OtherSitesList.links(Jsoup.parse(page("", body.toString())).body(), null)).isEmpty();
    }

    @Test
    void aShortBriefDeclaredADatedArticleIsReadThoughTeasersOutweighIt() {
        String head = "<meta property='og:type' content='article'>"
                + "<meta property='article:published_time' content='2026-03-23T08:10:00Z'>";
        String brief = "<article><h1>Harbour closed</h1><p>The harbour at Kellport was closed on Monday as gales of up"
                + " to 70 mph hit the coast, the port authority said.</p></article>";

        ExtractedPage page = new HtmlArticleExtractor().extract(page(head, brief + teasers(8, 5)),
                "https://www.kellportcourier.example/news/harbour-closed");

        assertThat(page.hasArticle()).isTrue();
        assertThat(page.paragraphs().get(0)).startsWith("The harbour at Kellport was closed");
    }
}
