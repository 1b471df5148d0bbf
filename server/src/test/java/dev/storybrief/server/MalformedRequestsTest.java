package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets a 4xx with a JSON reason, never a 500: hand-written malformed bodies, then seeded random
 * mutations of a valid request. Also the size limits (413) on a server with small ones.
 */
class MalformedRequestsTest {
    private static final long SEED = 20260311L;
    private static final int MAX_BYTES = 64 * 1024;
    private static final int MAX_ARTICLES = 3;

    @TempDir
    static Path data;
    static StorybriefServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = StorybriefServer.start(ServerConfig.defaults(data).withPort(0).withLimits(MAX_BYTES, MAX_ARTICLES));
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static void assertRefused(Http.Reply r, String what, Integer expected) {
        assertThat(r.status()).as(what + " -> " + r).isBetween(400, 499);
        if (expected != null) {
            assertThat(r.status()).as(what + " -> " + r).isEqualTo(expected);
        }
        JsonNode body = r.json();
        assertThat(body.get("error").asText()).as(what).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
        assertThat(body.get("status").asInt()).isEqualTo(r.status());
    }

    /** JSON in the charset its Content-Type declares is read in that charset; undeclared non-UTF-8 is said to be so. */
    @Test
    void aBodyInTheDeclaredCharsetIsReadAndUndeclaredLatin1IsSaidNotToBeUtf8() {
        String body = "{\"articles\": [{\"text\": \"   \", \"title\": \"Caf\u00e9 closes\"}]}";
        byte[] latin1 = body.getBytes(StandardCharsets.ISO_8859_1);
        Http.Reply declared = http.postBytes("/api/briefs", "application/json; charset=iso-8859-1", latin1);
        assertRefused(declared, "declared latin-1", 400);
        // read as JSON: what is wrong is the empty text, not the bytes
        assertThat(declared.json().get("error").asText()).contains("articles[0].text is empty");
        Http.Reply undeclared = http.postBytes("/api/briefs", "application/json", latin1);
        assertRefused(undeclared, "undeclared latin-1", 400);
        assertThat(undeclared.json().get("error").asText()).startsWith("the body is not UTF-8");
        assertRefused(http.postBytes("/api/briefs", "application/json; charset=x-no-such", latin1), "unknown charset", 415);
    }

    /** A path that exists answers a method it does not serve with 405 and the methods it does. */
    @Test
    void anUnservedMethodOnAnExistingPathIs405WithAllow() {
        Http.Reply put = http.send(http.request("/api/briefs").PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertRefused(put, "PUT /api/briefs", 405);
        assertThat(put.raw().headers().firstValue("Allow")).hasValue("GET, POST");
        Http.Reply post = http.send(http.request("/api/briefs/abc").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertRefused(post, "POST /api/briefs/abc", 405);
        assertThat(post.raw().headers().firstValue("Allow")).hasValue("GET, DELETE");
        assertThat(http.get("/api/nothing-here").status()).isEqualTo(404);
    }

    @Test
    void handWrittenMalformedJsonBodiesAreRefusedWithAReason() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        List<String> bodies = List.of("", " ", "null", "[]", "42", "\"articles\"", "{", "{\"articles\":",
                "{\"articles\":[", "{\"articles\": {}}", "{\"articles\": []}", "{\"articles\": [null]}",
                "{\"articles\": [1, 2]}", "{\"articles\": [{}]}", "{\"articles\": [{\"text\": 5}]}",
                "{\"articles\": [{\"text\": \"   \"}]}", "{\"articles\": [{\"text\": \"a\", \"html\": \"b\"}]}",
                "{\"articles\": [{\"text\": [\"a\"]}]}", "{\"articles\": [{\"text\": \"ok\", \"title\": {}}]}",
                "{\"articles\": [{\"text\": \"ok\", \"id\": \"\"}]}", "{\"articles\": [{\"path\": \"/etc/passwd\"}]}",
                "{\"articles\": [{\"text\": \"ok\"}], \"words\": 0}", "{\"articles\": [{\"text\": \"ok\"}], \"words\": -5}",
                "{\"articles\": [{\"text\": \"ok\"}], \"words\": 1.5}", "{\"articles\": [{\"text\": \"ok\"}], \"words\": 1e99}",
                "{\"articles\": [{\"text\": \"ok\"}], \"words\": \"ten\"}", "{\"articles\": [{\"text\": \"ok\"}], \"words\": 99999999999}",
                "{\"articles\": [{\"text\": \"ok\"}]} trailing", "{\"articles\": [{\"text\": \"ok\"}], \"articles\": []}",
                "{'articles': []}", "{\"articles\": [{\"text\": \"unterminated}]}", deep,
                "{\"articles\": [{\"html\": \"<html><body><nav>only a menu</nav></body></html>\"}]}",
                "{\"articles\": [{\"html\": \"<<<>>><<//>\"}]}", "{\"articles\": [{\"text\": \"\\u0000\\u0000\\u0001\"}]}");
        for (String body : bodies) {
            assertRefused(http.postBytes("/api/briefs", "application/json", body.getBytes(StandardCharsets.UTF_8)),
                    body.length() > 80 ? body.substring(0, 80) : body, null);
        }
        assertRefused(http.postBytes("/api/briefs", "application/json", new byte[]{'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}),
                "invalid UTF-8", 400);
        assertRefused(http.postBytes("/api/briefs", "text/plain", "{}".getBytes()), "text/plain", 415);
        assertRefused(http.postBytes("/api/briefs", null, "{}".getBytes()), "no content type", 415);
    }

    @Test
    void theReasonSaysWhatIsWrong() {
        assertThat(http.postBytes("/api/briefs", "application/json", "{\"articles\": [{\"text\": 5}]}".getBytes())
                .json().get("error").asText()).contains("articles[0].text").contains("string");
        assertThat(http.postBytes("/api/briefs", "application/json", "{\"articles\":".getBytes())
                .json().get("error").asText()).startsWith("malformed JSON");
        // where it broke, in the reader's terms: no parser internals ("[Source: REDACTED ...]")
        assertThat(http.postBytes("/api/briefs", "application/json", "{\"articles\": [".getBytes())
                .json().get("error").asText()).startsWith("malformed JSON at line 1, column ")
                .doesNotContain("Source").doesNotContain("REDACTED").doesNotContain("StreamReadFeature");
        assertThat(http.postBytes("/api/briefs", "application/json", "{\"articles\": [{\"path\": \"x\"}]}".getBytes())
                .json().get("error").asText()).contains("--allow-dir");
        Http.Reply noText = http.postBytes("/api/briefs", "application/json",
                "{\"articles\": [{\"html\": \"<html><body><nav>menu</nav></body></html>\"}]}".getBytes());
        assertThat(noText.json().get("error").asText()).startsWith("no usable article");
    }

    /** A pasted line that is no article is said in a reader's words; the rule that removed it stays in "reason". */
    @Test
    void aPastedNonArticleIsSaidInPlainWords() {
        Http.Reply pasted = http.postBytes("/api/briefs", "application/json",
                "{\"articles\": [{\"text\": \"Accept all cookies. Subscribe now.\"}]}".getBytes());
        assertThat(pasted.status()).isEqualTo(400);
        String error = pasted.json().get("error").asText();
        assertThat(error).startsWith("The pasted text has no article sentences: it reads like a page label")
                .doesNotContain("article-1").doesNotContain("request").doesNotContain("paywall");
        assertThat(pasted.json().get("reason").asText()).startsWith("no usable article: ").contains("\"request\"");
        assertThat(OpenApi.violations("Error", pasted.json())).isEmpty();
    }

    @Test
    void malformedMultipartBodiesAreRefused() {
        String boundary = "xyz";
        byte[] good = Http.multipart(boundary, Map.of("a.txt", "Some text here.".getBytes()), List.of());
        List<byte[]> bodies = List.of(new byte[0], "garbage".getBytes(), "--xyz\r\n".getBytes(),
                "--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nno end".getBytes(),
                java.util.Arrays.copyOf(good, good.length / 2),
                Http.multipart(boundary, Map.of(), List.of(Map.entry("words", "12"))),
                Http.multipart(boundary, Map.of(), List.of(Map.entry("text", "  "))),
                Http.multipart(boundary, Map.of("a.txt", "Text.".getBytes()), List.of(Map.entry("words", "many"))),
                Http.multipart(boundary, Map.of("x.bin", new byte[]{0, 1, 2, 3, 0, 0, 0, 9}), List.of()),
                Http.multipart(boundary, Map.of("empty.txt", new byte[0]), List.of()));
        for (byte[] body : bodies) {
            assertRefused(http.postBytes("/api/briefs", "multipart/form-data; boundary=" + boundary, body),
                    "multipart " + new String(body, 0, Math.min(60, body.length), StandardCharsets.ISO_8859_1), null);
        }
        assertRefused(http.postBytes("/api/briefs", "multipart/form-data", good), "multipart without boundary", null);
    }

    @Test
    void randomMutationsOfAValidRequestNeverCauseAServerError() {
        System.out.println("MalformedRequestsTest seed " + SEED);
        Random random = new Random(SEED);
        // A literal, so the mutated bytes are the same on every run (Map.of's order is not).
        byte[] valid = ("{\"articles\": [{\"id\": \"a\", \"title\": \"T\", \"text\": \"Officials said the bridge "
                + "would reopen in May. Engineers disagreed.\"}, {\"html\": \"<html><body><article><p>The bridge closed "
                + "on Tuesday, officials said.</p></article></body></html>\"}], \"words\": 40}").getBytes(StandardCharsets.UTF_8);
        int created = 0;
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            byte[] body = mutate(valid, random);
            Http.Reply r = http.postBytes("/api/briefs", "application/json", body);
            statuses.add(r.status());
            assertThat(r.status()).as("mutation " + i + ": " + new String(body, StandardCharsets.UTF_8) + " -> " + r)
                    .isIn(201, 400, 413);
            if (r.status() == 201) {
                created++;
            } else {
                assertThat(r.json().get("error").asText()).isNotBlank();
            }
        }
        System.out.println("MalformedRequestsTest: 150 mutations, " + created + " still valid (201), statuses " + statuses.stream()
                .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        assertThat(created).as("some mutations stay valid, most do not").isBetween(1, 149);
        assertThat(http.get("/health").status()).isEqualTo(200);
    }

    private static byte[] mutate(byte[] valid, Random random) {
        byte[] b = valid.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                return java.util.Arrays.copyOf(b, random.nextInt(b.length));
            }
            case 1 -> {
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 2 -> {
                int at = random.nextInt(b.length);
                byte[] out = new byte[b.length - 1];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + 1, out, at, b.length - at - 1);
                return out;
            }
            default -> {
                String[] junk = {"{", "}", "[", "]", ",", "\"", ":", "null", "\\u0000", "\\", "1e400"};
                String s = new String(b, StandardCharsets.UTF_8);
                int at = random.nextInt(s.length());
                return (s.substring(0, at) + junk[random.nextInt(junk.length)] + s.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void oversizedRequestsAre413WithTheLimitInTheMessage() {
        String big = "The bridge was closed. ".repeat(MAX_BYTES / 20);
        Http.Reply declared = http.postJson("/api/briefs", Map.of("articles", List.of(Map.of("text", big))));
        assertRefused(declared, "body over the limit", 413);
        assertThat(declared.json().get("error").asText()).contains(String.valueOf(MAX_BYTES));

        byte[] chunked = ("{\"articles\":[{\"text\":\"" + big + "\"}]}").getBytes(StandardCharsets.UTF_8);
        Http.Reply streamed = http.send(http.request("/api/briefs").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(chunked))).build());
        assertRefused(streamed, "chunked body over the limit", 413);

        Http.Reply multipart = http.postMultipart("/api/briefs", Map.of("big.txt", big.getBytes()), List.of());
        assertRefused(multipart, "multipart over the limit", 413);

        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < MAX_ARTICLES + 1; i++) {
            many.add(Map.of("text", "Article number " + i + " says the bridge closed."));
        }
        Http.Reply tooMany = http.postJson("/api/briefs", Map.of("articles", many));
        assertRefused(tooMany, "too many articles", 413);
        assertThat(tooMany.json().get("error").asText()).contains("too many articles").contains(String.valueOf(MAX_ARTICLES));

        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (int i = 0; i < MAX_ARTICLES + 1; i++) {
            files.put("a" + i + ".txt", ("Article " + i + " about the bridge.").getBytes());
        }
        assertRefused(http.postMultipart("/api/briefs", files, List.of()), "too many files", 413);

        String jsonl = "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n{\"id\":\"c\",\"text\":\"Three.\"}\n{\"id\":\"d\",\"text\":\"Four.\"}\n";
        assertRefused(http.postMultipart("/api/briefs", Map.of("many.jsonl", jsonl.getBytes()), List.of()),
                "a JSON Lines file with too many articles", 413);
        assertThat(http.get("/health").status()).isEqualTo(200);
    }
}
