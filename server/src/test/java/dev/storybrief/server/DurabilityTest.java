package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed without warning while posts are in flight keeps every briefing it acknowledged with 201, whole
 * and readable, after a restart on the same data folder. Two kill cycles, each at a seeded random moment.
 */
class DurabilityTest {
    private static final long SEED = 7L;
    private static final int CLIENTS = 6;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 10;

    /** A briefing the server answered 201 for. */
    private record Acknowledged(String id, String marker, String body) {
    }

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedBriefingSurvivesAKillMidWrite() throws Exception {
        Random random = new Random(SEED);
        System.out.println("DurabilityTest seed " + SEED);
        List<Acknowledged> acknowledged = new ArrayList<>();
        for (int cycle = 0; cycle < 2; cycle++) {
            try (ChildServer child = ChildServer.start(data, "--workers", "2", "--queue", "32")) {
                Http http = new Http(child.uri());
                verify(http, acknowledged);
                acknowledged.addAll(postUntilKilled(child, http, cycle, random));
            }
        }
        try (ChildServer child = ChildServer.start(data)) {
            Http http = new Http(child.uri());
            verify(http, acknowledged);
            JsonNode all = http.get("/api/briefs?limit=200").json();
            for (JsonNode listed : all.get("briefs")) {
                Http.Reply r = http.get("/api/briefs/" + listed.get("id").asText());
                assertThat(r.status()).as("every stored briefing is readable: " + listed).isEqualTo(200);
                assertThat(r.json().get("summary").isArray()).isTrue();
            }
            Http.Reply after = http.postJson("/api/briefs", body("after-restart"));
            assertThat(after.status()).as("the database still takes writes: " + after).isEqualTo(201);
        }
    }

    private static List<Acknowledged> postUntilKilled(ChildServer child, Http http, int cycle, Random random)
            throws InterruptedException {
        ConcurrentLinkedQueue<Acknowledged> acked = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger unexpected = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                for (int n = 0; !killed.get(); n++) {
                    String marker = "zq" + cycle + "x" + client + "x" + n;
                    inFlight.incrementAndGet();
                    try {
                        Http.Reply r = http.postJson("/api/briefs", body(marker));
                        if (r.status() == 201) {
                            acked.add(new Acknowledged(r.json().get("id").asText(), marker, r.body()));
                        } else if (!killed.get()) {
                            unexpected.incrementAndGet();
                            System.out.println("DurabilityTest: unexpected " + r);
                        }
                    } catch (RuntimeException e) {
                        // the server died under this request: it was never acknowledged
                    } finally {
                        inFlight.decrementAndGet();
                    }
                }
            }, "durability-client-" + c);
            t.start();
            clients.add(t);
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (acked.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(random.nextInt(150));
        int inFlightAtKill = inFlight.get();
        int ackedAtKill = acked.size();
        child.kill();
        killed.set(true);
        for (Thread t : clients) {
            t.join(30_000);
        }
        System.out.println("DurabilityTest cycle " + cycle + ": killed with " + inFlightAtKill + " posts in flight after "
                + ackedAtKill + " acknowledged (" + acked.size() + " acknowledged in all)");
        assertThat(ackedAtKill).as("posts acknowledged before the kill").isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        assertThat(inFlightAtKill).as("posts in flight when killed").isPositive();
        assertThat(unexpected.get()).as("answers other than 201 before the kill").isZero();
        return new ArrayList<>(acked);
    }

    private static void verify(Http http, List<Acknowledged> acknowledged) {
        for (Acknowledged a : acknowledged) {
            Http.Reply r = http.get("/api/briefs/" + a.id());
            assertThat(r.status()).as("acknowledged briefing " + a.id() + " after restart").isEqualTo(200);
            assertThat(r.body()).isEqualTo(a.body());
        }
        if (!acknowledged.isEmpty()) {
            Acknowledged last = acknowledged.get(acknowledged.size() - 1);
            JsonNode found = http.get("/api/briefs?q=" + last.marker()).json();
            assertThat(found.get("total").asInt()).as("search finds " + last.marker()).isEqualTo(1);
        }
    }

    private static Map<String, Object> body(String marker) {
        return Map.of("words", 40, "articles", List.of(
                Map.of("id", "a-" + marker, "outlet", "First Outlet", "text",
                        "Bridge reopens after repairs\n\nThe Millbrook Bridge reopened on Monday after repairs, "
                                + "officials said. Case " + marker + " was closed. Traffic returned to normal by noon."),
                Map.of("id", "b-" + marker, "outlet", "Second Outlet", "text",
                        "Traffic returns to the bridge\n\nOfficials said the Millbrook Bridge reopened on Monday. "
                                + "Drivers said traffic was normal by noon after the repairs.")));
    }
}
