package dev.storybrief.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * qa26 #21: a feed's items of 60 to 100 words whose links fail in every way a link fails (a host that does not
 * resolve, a refused connection, a time-out, 404, 500, a robots.txt refusal) are stored from the text the feed gives
 * them, as {@code brief feed.rss} reads them; marked so, their pages are tried again in later cycles (a refusal by
 * robots.txt is not) and replace that text when they answer; and the desk says so once a cycle, in its line, not once
 * an item. A made-up RSS feed served by the test on 127.0.0.1.
 */
class DeskDeadLinksTest {
    @TempDir
    Path dir;

    /** A made-up report of about {@code words} words on {@code topic}, one paragraph. */
    private static String report(String topic, int words) {
        String base = "The " + topic + " was reported on Monday by officials in the northern port town of Kessel, who "
                + "said that crews had worked through the night to contain the damage while residents waited for news. "
                + "The mayor told reporters that the council would meet again on Tuesday to decide what help families "
                + "would receive, and that schools would stay closed until engineers had inspected every building near "
                + "the harbour wall. Shopkeepers said trade had stopped almost entirely since the weekend, and the "
                + "harbour master said the ferries would not sail before Thursday at the earliest.";
        String[] all = base.split(" ");
        String cut = String.join(" ", java.util.Arrays.copyOf(all, Math.min(words, all.length)));
        return cut.endsWith(".") ? cut : cut + ".";
    }

    @Test
    void itemsWhoseLinksFailAreReadFromTheFeedSaidOnceAndTheirPagesTriedAgain() throws Exception {
        Map<String, Integer> requests = new ConcurrentHashMap<>();
        AtomicBoolean published = new AtomicBoolean();
        String page = "<!doctype html><html lang=\"en\"><head><title>Storm over the bay</title></head><body><article>"
                + "<h1>Storm over the bay</h1><p>" + report("storm over the bay", 90) + "</p><p>The coastguard said "
                + "two fishing boats had been towed back to port by lifeboat crews on Monday evening, and that nobody "
                + "had been hurt.</p></article></body></html>";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        int refusedPort;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            refusedPort = closed.getLocalPort();
        }
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread holder = new Thread(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept());
                    } catch (IOException closedNow) {
                        return;
                    }
                }
            });
            holder.setDaemon(true);
            holder.start();
            Map<String, String> links = new java.util.LinkedHashMap<>();
            links.put("flood at the harbour", "http://no-such-host.invalid/flood.html");
            links.put("fire at the fish market", "http://127.0.0.1:" + refusedPort + "/fire.html");
            links.put("collapse of the old bridge", "http://127.0.0.1:" + silent.getLocalPort() + "/bridge.html");
            links.put("storm over the bay", base + "/storm.html");
            links.put("power cut in the old town", base + "/power.html");
            links.put("strike at the shipyard", base + "/private/strike.html");
            StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                    + "<title>Kessel Courier</title><link>" + base + "/</link><description>News</description>");
            int words = 60;
            Map<String, String> texts = new ConcurrentHashMap<>();
            for (Map.Entry<String, String> link : links.entrySet()) {
                String text = report(link.getKey(), words);
                texts.put(link.getValue(), text);
                words += 8;
                feed.append("<item><title>").append(link.getKey()).append("</title><link>").append(link.getValue())
                        .append("</link><pubDate>Mon, 07 Dec 2026 09:00:00 GMT</pubDate><description>").append(text)
                        .append("</description></item>");
            }
            feed.append("</channel></rss>");
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                requests.merge(path, 1, Integer::sum);
                switch (path) {
                    case "/feed.xml" -> send(exchange, 200, "application/rss+xml", feed.toString());
                    case "/robots.txt" -> send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
                    case "/power.html" -> send(exchange, 500, "text/html", "<p>Internal error</p>");
                    case "/storm.html" -> send(exchange, published.get() ? 200 : 404, "text/html; charset=utf-8",
                            published.get() ? page : "<p>Not found</p>");
                    default -> send(exchange, 404, "text/html", "<p>Not found</p>");
                }
            });
            server.start();
            Path feeds = dir.resolve("feeds.txt");
            Files.writeString(feeds, base + "/feed.xml\n");
            try (DeskHarness desk = new DeskHarness(dir.resolve("data"), feeds, DeskHarness.testPolicy(), null)) {
                desk.watcher.run(); // one cycle (--once), its line logged
                List<String> log = desk.log();
                log.forEach(System.out::println);
                Map<String, DeskArticle> stored = desk.articles().stream()
                        .collect(Collectors.toMap(DeskArticle::url, Function.identity()));
                assertThat(stored).containsOnlyKeys(links.values());
                links.values().forEach(url -> assertThat(stored.get(url).text()).isEqualTo(texts.get(url)));
                assertThat(stored.get(base + "/storm.html").title()).isEqualTo("storm over the bay");
                assertThat(stored.get(base + "/storm.html").outlet()).isEqualTo("Kessel Courier");
                // said once, in the cycle's line, with what failed; no line of its own for any item
                assertThat(log).singleElement().satisfies(l -> assertThat(l)
                        .contains("6 new articles", "6 read from their feeds' text as their pages failed",
                                "1 HTTP 404", "1 HTTP 500", "1 unknown host", "1 cannot connect", "1 timed out",
                                "1 refused by the site's robots.txt", "5 to try again", "0 failed items"));
                // each failed page is one more error on its feed, as every failure is
                assertThat(desk.store.articles().feeds()).singleElement()
                        .satisfies(f -> assertThat(f.errors()).isEqualTo(6));
                // marked as read from the feed: every page but the one robots.txt forbids is worth another try
                assertThat(desk.store.articles().pageRetries(links.values())).containsExactlyInAnyOrderElementsOf(
                        links.values().stream().filter(u -> !u.contains("/private/")).toList());

                // the page is published: it replaces the feed's text; the others fail again, their text stays
                published.set(true);
                CycleReport second = desk.watcher.cycle();
                System.out.println(second.line());
                assertThat(second.stored()).isZero();
                assertThat(second.line()).contains("pages of items read from their feeds tried again: 1 read, 4 failing");
                DeskArticle storm = desk.articles().stream().filter(a -> a.url().equals(base + "/storm.html"))
                        .findFirst().orElseThrow();
                assertThat(storm.text()).contains("two fishing boats had been towed back").isNotEqualTo(texts.get(
                        base + "/storm.html"));
                assertThat(storm.seq()).isEqualTo(stored.get(base + "/storm.html").seq());
                assertThat(desk.store.articles().pageRetries(links.values())).hasSize(4)
                        .doesNotContain(base + "/storm.html");
                assertThat(desk.log()).hasSize(1);

                // three tries in all, then the feed's text is the article for good
                desk.watcher.cycle();
                CycleReport fourth = desk.watcher.cycle();
                assertThat(fourth.line()).doesNotContain("tried again");
                assertThat(desk.store.articles().pageRetries(links.values())).isEmpty();
                assertThat(requests.get("/power.html")).isEqualTo(ArticleTable.MAX_ATTEMPTS);
                assertThat(requests.get("/storm.html")).isEqualTo(2);
                assertThat(requests).doesNotContainKey("/private/strike.html");
                assertThat(desk.articles()).hasSize(6);
                assertThat(desk.log()).noneMatch(l -> l.contains("Exception") || l.contains("\tat "));
            }
        } finally {
            server.stop(0);
            for (Socket s : held) {
                s.close();
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
