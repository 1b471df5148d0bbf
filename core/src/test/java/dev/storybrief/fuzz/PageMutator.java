package dev.storybrief.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Builds hostile variants of real pages for fuzzing: truncation, tag soup, deep nesting, broken entities and
 * encodings, JSON-LD with nulls and odd types, giant attributes, binary noise, gzip framing. The page is handled
 * as ISO-8859-1 text so every byte maps to one char and back: byte-level damage (invalid UTF-8, stray NULs) survives.
 * Every choice comes from the given {@link Random}, so a seed reproduces the same inputs.
 */
public final class PageMutator {

    /** One mutated input and what was done to it (for the failure message). */
    public record Mutant(byte[] bytes, String description) {
    }

    /** Largest single insertion (giant attribute, nesting run); the 50 MB page is built separately. */
    private static final int MAX_GROWTH = 2_000_000;

    private static final String[] TAGS = {"div", "p", "span", "a href='/x'", "table", "tr", "td", "li", "ul", "article",
        "section", "h1", "h2", "b", "i", "font", "form", "select", "option", "iframe", "body", "html", "head", "title",
        "script", "style", "noscript", "svg", "template", "textarea", "pre", "blockquote", "main", "nav", "footer"};
    private static final String[] ENTITIES = {"&", "&amp", "&#", "&#;", "&#x;", "&#x110000;", "&#99999999999999;",
        "&#xD800;", "&#0;", "&nbsp", "&unknown;", "&#x1F600;", "&&&&", "&#-1;", "&lt;script&gt;", "&quot"};
    private static final String[] CHARSETS = {"utf-16", "utf-16le", "shift_jis", "x-unknown-charset", "utf-32",
        "windows-1252", "iso-2022-jp", "", "utf-8\"><x", "ebcdic-cp-us", "big5"};
    private static final String[] JSON_VALUES = {"null", "[null]", "[null,null,\"x\"]", "{}", "[]", "42", "-1e999",
        "true", "\"\"", "\"</script><p>x\"", "{\"name\":null}", "[{\"name\":[null,{}]}]", "{\"@value\":null}",
        "\"\\u0000\\uD800\"", "[[[[[[[[]]]]]]]]", "{\"@type\":null}", "\"2020-13-45T99:99\"", "NaN", "undefined"};
    private static final String[] JSON_KEYS = {"@type", "@graph", "headline", "author", "publisher", "sameAs",
        "datePublished", "dateCreated", "articleBody", "name", "mainEntity", "creator", "@context", "@id", "image"};

    private final Random random;

    /** A mutator drawing every choice from {@code random}. */
    public PageMutator(Random random) {
        this.random = random;
    }

    /** One to three mutations of {@code page} (ISO-8859-1 text of the page's bytes). */
    public Mutant mutate(String page) {
        List<String> done = new ArrayList<>();
        String s = page;
        if (random.nextBoolean()) {
            // Half the inputs start from a page cut short: pages arrive truncated, and small inputs keep a run fast.
            s = truncate(s);
            done.add("cut to " + s.length());
        }
        int rounds = 1 + random.nextInt(3);
        boolean gzip = false;
        for (int r = 0; r < rounds; r++) {
            int kind = random.nextInt(11);
            switch (kind) {
                case 0 -> { s = truncate(s); done.add("truncated to " + s.length()); }
                case 1 -> { s = tagSoup(s); done.add("tag soup"); }
                case 2 -> { s = deepNesting(s); done.add("deep nesting"); }
                case 3 -> { s = brokenEntities(s); done.add("broken entities"); }
                case 4 -> { s = brokenEncoding(s); done.add("broken encoding"); }
                case 5 -> { s = oddJsonLd(s); done.add("odd JSON-LD"); }
                case 6 -> { s = giantAttribute(s); done.add("giant attribute"); }
                case 7 -> { s = binaryNoise(s); done.add("binary noise"); }
                case 8 -> { s = shuffleChunks(s); done.add("shuffled chunks"); }
                case 9 -> { s = oddMicrodataAndMeta(s); done.add("odd microdata/meta"); }
                default -> { gzip = true; done.add("gzip framing"); }
            }
        }
        byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
        if (gzip) {
            bytes = gzipDamaged(bytes);
        }
        return new Mutant(bytes, String.join(", ", done));
    }

    /** The page's body repeated (with the head once) until it is {@code size} bytes: one giant page. */
    public static byte[] giantPage(String page, int size) {
        int bodyAt = Math.max(0, page.toLowerCase(java.util.Locale.ROOT).indexOf("<body"));
        String body = page.substring(bodyAt);
        StringBuilder sb = new StringBuilder(size + page.length());
        sb.append(page, 0, bodyAt);
        while (sb.length() < size) {
            sb.append(body.isEmpty() ? "<p>filler text</p>" : body);
        }
        sb.setLength(size);
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * A size between 1 and {@code max}, log-uniform: most draws are small and cheap, a few reach the maximum, so a
     * run covers every scale without spending its time budget on the largest.
     */
    private int logSize(int max) {
        return (int) Math.max(1, Math.round(Math.exp(random.nextDouble() * Math.log(max))));
    }

    private int at(String s) {
        return s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
    }

    private String insert(String s, String what) {
        int i = at(s);
        return s.substring(0, i) + what + s.substring(i);
    }

    /** Inserts each piece at its own random place, copying the page once. */
    private String insertAll(String s, List<String> pieces) {
        int[] places = new int[pieces.size()];
        for (int k = 0; k < places.length; k++) {
            places[k] = at(s);
        }
        java.util.Arrays.sort(places);
        StringBuilder sb = new StringBuilder(s.length() + pieces.stream().mapToInt(String::length).sum());
        int from = 0;
        for (int k = 0; k < places.length; k++) {
            sb.append(s, from, places[k]).append(pieces.get(k));
            from = places[k];
        }
        return sb.append(s, from, s.length()).toString();
    }

    private String truncate(String s) {
        return s.substring(0, Math.min(s.length(), logSize(s.length() + 1) - 1));
    }

    private String tagSoup(String s) {
        StringBuilder soup = new StringBuilder();
        int n = 1 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            String tag = TAGS[random.nextInt(TAGS.length)];
            switch (random.nextInt(5)) {
                case 0 -> soup.append('<').append(tag).append('>');
                case 1 -> soup.append("</").append(tag.split(" ")[0]).append('>');
                case 2 -> soup.append('<').append(tag);
                case 3 -> soup.append("<!--");
                default -> soup.append("<").append(tag).append(" a=\"").append("'\"<>".charAt(random.nextInt(4)));
            }
        }
        String out = insertAll(s, java.util.Collections.nCopies(1 + random.nextInt(5), soup.toString()));
        if (random.nextBoolean() && !out.isEmpty()) {
            // drop every '>' in a stretch: tags run into each other
            int from = at(out);
            int to = Math.min(out.length(), from + random.nextInt(20_000));
            out = out.substring(0, from) + out.substring(from, to).replace(">", "") + out.substring(to);
        }
        return out;
    }

    private String deepNesting(String s) {
        int depth = logSize(300_000);
        String tag = TAGS[random.nextInt(TAGS.length)];
        String open = "<" + tag + ">";
        String run = open.repeat(Math.min(depth, MAX_GROWTH / open.length()));
        if (random.nextBoolean()) {
            run += "deep text " + ("</" + tag.split(" ")[0] + ">").repeat(depth / 2);
        }
        return insert(s, run);
    }

    private String brokenEntities(String s) {
        List<String> pieces = new ArrayList<>();
        for (int k = 0; k < 1 + random.nextInt(30); k++) {
            pieces.add(ENTITIES[random.nextInt(ENTITIES.length)]);
        }
        return insertAll(s, pieces);
    }

    private String brokenEncoding(String s) {
        return switch (random.nextInt(5)) {
            case 0 -> "<meta charset=\"" + CHARSETS[random.nextInt(CHARSETS.length)] + "\">" + s;
            case 1 -> (random.nextBoolean() ? "\u00FE\u00FF" : "\u00FF\u00FE") + s; // UTF-16 byte-order mark
            case 2 -> "\u00EF\u00BB\u00BF" + s.replace("charset=", "charset=" + CHARSETS[random.nextInt(CHARSETS.length)]);
            case 3 -> {
                // invalid UTF-8: lone continuation bytes, overlong forms, cut sequences
                List<String> pieces = new ArrayList<>();
                for (int k = 0; k < 1 + random.nextInt(50); k++) {
                    pieces.add(new String(new char[] {(char) (0x80 + random.nextInt(0x80)),
                        (char) (0xC0 + random.nextInt(0x40))}));
                }
                yield insertAll(s, pieces);
            }
            default -> {
                // the page as UTF-16: every other byte a NUL
                StringBuilder sb = new StringBuilder(s.length() * 2);
                for (int i = 0; i < Math.min(s.length(), 200_000); i++) {
                    sb.append(s.charAt(i)).append('\0');
                }
                yield sb.toString();
            }
        };
    }

    private String oddJsonLd(String s) {
        StringBuilder json = new StringBuilder();
        jsonValue(json, 0);
        String block = json.toString();
        if (random.nextInt(4) == 0 && block.length() > 2) {
            block = block.substring(0, random.nextInt(block.length())); // invalid JSON
        }
        String script = "<script type=\"application/ld+json\">" + block + (random.nextInt(10) == 0 ? "" : "</script>");
        int head = s.indexOf("</head>");
        return head >= 0 && random.nextBoolean() ? s.substring(0, head) + script + s.substring(head) : insert(s, script);
    }

    private void jsonValue(StringBuilder sb, int depth) {
        int pick = depth > 6 ? 3 : random.nextInt(4);
        if (pick == 0) {
            sb.append('{');
            int n = random.nextInt(6);
            for (int i = 0; i < n; i++) {
                sb.append('"').append(JSON_KEYS[random.nextInt(JSON_KEYS.length)]).append("\":");
                jsonValue(sb, depth + 1);
                if (i < n - 1 || random.nextInt(5) == 0) {
                    sb.append(',');
                }
            }
            sb.append('}');
        } else if (pick == 1) {
            sb.append('[');
            int n = random.nextInt(6);
            for (int i = 0; i < n; i++) {
                jsonValue(sb, depth + 1);
                if (i < n - 1) {
                    sb.append(',');
                }
            }
            sb.append(']');
        } else if (pick == 2 && random.nextInt(8) == 0) {
            sb.append('"').append("x".repeat(logSize(300_000))).append('"');
        } else {
            sb.append(JSON_VALUES[random.nextInt(JSON_VALUES.length)]);
        }
    }

    private String giantAttribute(String s) {
        int size = logSize(MAX_GROWTH);
        String value = random.nextBoolean() ? "x".repeat(size) : "a b ".repeat(size / 4);
        String[] forms = {
            "<div class=\"" + value + "\">text</div>",
            "<meta property=\"og:title\" content=\"" + value + "\">",
            "<img src=\"data:image/png;base64," + value + "\">",
            "<p " + "data-a=1 ".repeat(size / 9) + ">many attributes</p>",
            "<a href=\"" + value,
        };
        return insert(s, forms[random.nextInt(forms.length)]);
    }

    private String binaryNoise(String s) {
        int n = logSize(64_000);
        char[] noise = new char[n];
        for (int i = 0; i < n; i++) {
            noise[i] = (char) random.nextInt(256);
        }
        return random.nextInt(8) == 0 ? new String(noise) : insert(s, new String(noise));
    }

    private String shuffleChunks(String s) {
        if (s.length() < 100) {
            return s;
        }
        List<String> chunks = new ArrayList<>();
        int step = Math.max(50, s.length() / (2 + random.nextInt(20)));
        for (int i = 0; i < s.length(); i += step) {
            chunks.add(s.substring(i, Math.min(s.length(), i + step)));
        }
        java.util.Collections.shuffle(chunks, random);
        return String.join("", chunks);
    }

    private String oddMicrodataAndMeta(String s) {
        String[] forms = {
            "<div itemscope itemtype=\"http://schema.org/NewsArticle\"><span itemprop=\"author\" itemscope>"
                    + "<meta itemprop=\"name\"></span><time itemprop=\"datePublished\" datetime=\"99999-99\"></time></div>",
            "<meta property=\"article:published_time\" content=\"" + "9".repeat(random.nextInt(5000)) + "\">",
            "<meta name=\"author\" content=\"\"><meta name=\"author\"><meta property=\"og:site_name\" content=\"&#0;\">",
            "<time datetime=\"" + "2020-".repeat(random.nextInt(2000)) + "\">x</time>",
            "<span class=\"byline\">" + "By ".repeat(random.nextInt(3000)) + "</span>",
            "<h1>" + "Title ".repeat(random.nextInt(20_000)) + "</h1>",
            "<link rel=\"canonical\" href=\"http://[::1:bad/" + "%".repeat(random.nextInt(100)) + "\">",
        };
        List<String> pieces = new ArrayList<>();
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
            pieces.add(forms[random.nextInt(forms.length)]);
        }
        return insertAll(s, pieces);
    }

    private byte[] gzipDamaged(byte[] bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buffer)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("in-memory gzip cannot fail", e);
        }
        byte[] zipped = buffer.toByteArray();
        return switch (random.nextInt(3)) {
            case 0 -> zipped;
            case 1 -> java.util.Arrays.copyOf(zipped, random.nextInt(zipped.length + 1));
            default -> {
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    zipped[random.nextInt(zipped.length)] ^= (byte) (1 + random.nextInt(255));
                }
                yield zipped;
            }
        };
    }
}
