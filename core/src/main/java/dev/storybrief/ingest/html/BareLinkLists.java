package dev.storybrief.ingest.html;

import dev.storybrief.ingest.PageAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A page that is nothing but lists of links to articles on other sites, each item its link alone: a read-later
 * service's export (Pocket's and Instapaper's HTML exports: "Unread" and "Archive" over lists of saved articles'
 * titles), a bookmarks file, a reading list. It holds no article text, only the addresses of articles; read as a page
 * it is "no running text", and the addresses a reader could brief are lost. So it is read as a list of links, as
 * {@link OtherSitesList}'s pages are: at least {@link #MIN_LINKS} items that are each one link to a page on another
 * host, on at least {@link #MIN_HOSTS} hosts, and next to no text outside them (headings, the service's name).
 */
final class BareLinkLists {
    /** Links a list holds at least. */
    static final int MIN_LINKS = 3;
    /** Hosts the links lead to at least: a site's own menu leads to its own pages. */
    static final int MIN_HOSTS = 2;
    /** Words outside the links at most: the list's headings and title, no prose. */
    static final int MAX_OTHER_WORDS = 40;

    private BareLinkLists() {
    }

    /** The links, in page order, when {@code body} is such a list; else empty. */
    static Optional<List<String>> links(Element body, String address) {
        if (body == null) {
            return Optional.empty();
        }
        String ownHost = PageAddress.outletHost(address);
        List<String> links = new ArrayList<>();
        Set<String> hosts = new LinkedHashSet<>();
        for (Element li : body.getElementsByTag("li")) {
            if (!linkAlone(li)) {
                continue;
            }
            Element a = li.selectFirst("a[href]");
            String href = a.attr("abs:href").isEmpty() ? a.attr("href") : a.attr("abs:href");
            String host = PageAddress.outletHost(href);
            if (host == null || !href.matches("(?i)https?://\\S+") || host.equals(ownHost)) {
                continue;
            }
            links.add(href);
            hosts.add(host);
        }
        if (links.size() < MIN_LINKS || hosts.size() < MIN_HOSTS) {
            return Optional.empty();
        }
        Element rest = body.clone();
        rest.getElementsByTag("li").stream().filter(BareLinkLists::linkAlone).forEach(Element::remove);
        String other = TextNormalizer.collapse(rest.text());
        int words = other.isEmpty() ? 0 : other.split("\\s+").length;
        return words <= MAX_OTHER_WORDS ? Optional.of(links) : Optional.empty();
    }

    /** Whether a list item is one link and nothing else: its text is the link's. */
    private static boolean linkAlone(Element li) {
        List<Element> anchors = li.select("a[href]");
        String text = TextNormalizer.collapse(li.text());
        return anchors.size() == 1 && !text.isEmpty() && text.equals(TextNormalizer.collapse(anchors.get(0).text()));
    }
}
