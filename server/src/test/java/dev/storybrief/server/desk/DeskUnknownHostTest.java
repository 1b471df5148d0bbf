package dev.storybrief.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An item whose link names a host that does not resolve, in a feed that was just read (so names resolve): the host
 * does not exist, which the next cycle will not change. One log line, and the item waits until its feed entry changes.
 * A made-up Atom feed served by the test; {@code .invalid} never resolves (RFC 2606).
 */
class DeskUnknownHostTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownHostIsOneLineAndIsNotTriedAgainUntilTheEntryChanges() throws Exception {
        AtomicReference<String> feed = new AtomicReference<>(atom("Ferry service suspended", "2026-04-17T09:00:00Z"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", exchange -> send(exchange, feed.get()));
        server.start();
        try {
            Path feeds = dir.resolve("feeds.txt");
            Files.writeString(feeds, base + "/feed.xml\n");
            try (DeskHarness desk = new DeskHarness(dir.resolve("data"), feeds, DeskHarness.testPolicy(), null)) {
                desk.watcher.recover();
                for (int cycle = 0; cycle < 4; cycle++) {
                    desk.watcher.cycle();
                }
                List<String> log = desk.log();
                log.forEach(System.out::println);
                assertThat(log).filteredOn(l -> l.contains("no-such-host.invalid")).singleElement()
                        .satisfies(l -> assertThat(l).contains("unknown host"));
                assertThat(desk.articles()).isEmpty();

                // the feed corrects the entry: worth one more try, and one more line
                feed.set(atom("Ferry service suspended until Friday", "2026-04-17T11:00:00Z"));
                desk.watcher.cycle();
                desk.watcher.cycle();
                assertThat(desk.log()).filteredOn(l -> l.contains("no-such-host.invalid")).hasSize(2);
            }
        } finally {
            server.stop(0);
        }
    }

    private static String atom(String title, String updated) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Kessel Coast Radio</title><id>urn:kcr</id><updated>" + updated + "</updated>"
                + "<entry><title>" + title + "</title><id>urn:kcr:1</id>"
                + "<link href=\"http://no-such-host.invalid/ferry.html\"/><updated>" + updated + "</updated></entry></feed>";
    }

    private static void send(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/atom+xml");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
