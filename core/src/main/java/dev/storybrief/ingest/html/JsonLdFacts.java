package dev.storybrief.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * What a page's JSON-LD says about its article: headline, dates, authors, publisher, site name and
 * the article body (else the description and steps of a HowTo or Recipe), and a Recipe's ingredients and a HowTo's or
 * Recipe's steps, whether the article is a live blog, and the authors it names only by an {@code @id} reference to a
 * Person described elsewhere in the page's graph, and the schema.org types of the page's own things (lower case,
 * without the vocabulary's address; {@link #mainTypes}). Every object in every block is visited ({@code @graph}, arrays, nested
 * {@code mainEntity}); article-like types are preferred over other objects that carry the same fields.
 *
 * <p>Publishers' JSON-LD is read as untrusted: nulls anywhere ({@code "sameAs":[null,...]}), numbers or
 * objects where text was expected, arrays where one object was expected, and blocks that are not JSON at
 * all are tolerated; a block that still fails to read is skipped on its own, never the page.
 */
record JsonLdFacts(String headline, String datePublished, List<String> authors, String publisher, String siteName,
        String articleBody, String dateModified, List<String> ingredients, List<String> steps, boolean liveBlog,
        List<String> referencedAuthors, Set<String> declaredTypes, List<String> paywalledSelectors) {

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle",
            "liveblogposting", "techarticle", "scholarlyarticle", "report", "socialmediaposting", "posting",
            "discussionforumposting", "medicalscholarlyarticle", "satiricalarticle", "advertisercontentarticle",
            "review", "creativework", "webpage", "itempage", "recipe", "howto");
    private static final int MAX_OBJECTS = 2000;
    /** A block longer than this is not metadata about one article (real ones are a few kilobytes). */
    private static final int MAX_BLOCK_CHARS = 1_000_000;

    static final JsonLdFacts NONE = new JsonLdFacts(null, null, List.of(), null, null, null, null, List.of(),
            List.of(), false, List.of(), Set.of(), List.of());

    /** Reads all blocks; blocks that are not JSON even to a lenient reader are skipped. */
    static JsonLdFacts read(List<String> blocks) {
        List<Map<String, Object>> objects = new ArrayList<>();
        Set<String> declared = new LinkedHashSet<>();
        for (String block : blocks) {
            if (block == null || block.length() > MAX_BLOCK_CHARS) {
                continue;
            }
            for (Object root : parse(block)) {
                collectObjects(root, objects);
                mainTypes(root, declared);
            }
        }
        if (objects.isEmpty()) {
            return NONE;
        }
        return facts(objects, java.util.Collections.unmodifiableSet(declared)); // in the page's order
    }

    /**
     * The types of what a block describes as the page's own things: its top objects, the members of its
     * {@code @graph} and their {@code mainEntity}. A thing a property names (an article's {@code about}, a review's
     * {@code itemReviewed}, a product's {@code review}) is what the page speaks of, not what it is.
     */
    private static void mainTypes(Object root, Set<String> out) {
        List<Object> tops = root instanceof List<?> list ? new ArrayList<>(list) : List.of(root);
        for (Object top : tops) {
            if (top instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> obj = (Map<String, Object>) m;
                out.addAll(types(obj));
                if (obj.get("mainEntity") instanceof Map<?, ?> main) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> entity = (Map<String, Object>) main;
                    out.addAll(types(entity));
                }
                if (obj.get("@graph") instanceof List<?> graph && out.size() < MAX_OBJECTS) {
                    mainTypes(graph, out);
                }
            }
        }
    }

    private static JsonLdFacts facts(List<Map<String, Object>> objects, Set<String> declared) {
        JsonLdReferences refs = JsonLdReferences.of(objects);
        Map<String, Object> article = bestArticle(objects, refs);
        String headline = article == null ? null : text(article.get("headline"));
        String date = article == null ? null : text(article.get("datePublished"));
        if (date == null && article != null) {
            date = text(article.get("dateCreated"));
        }
        if (date == null && article != null) {
            // a live blog states when its coverage began, which is when it was published
            date = text(article.get("coverageStartTime"));
        }
        List<String> authors = article == null ? List.of() : names(article.get("author"));
        if (authors.isEmpty() && article != null) {
            authors = names(article.get("creator"));
        }
        // authors the article only points to: the plugin's account of who posted it, weaker than a byline the page
        // writes out (MetadataReader reads them after the head's author tags)
        List<String> referenced = article == null || !authors.isEmpty() ? List.of()
                : names(refs.resolve(article.get("author")));
        String publisher = article == null ? null : firstName(refs.resolve(article.get("publisher")));
        if (publisher == null && article != null) {
            publisher = refs.publisherOfSite(article);
        }
        String body = article == null ? null : text(article.get("articleBody"));
        if (body == null) {
            body = howToText(objects);
        }
        String siteName = null;
        for (Map<String, Object> o : objects) {
            if (hasType(o, "website") && siteName == null) {
                siteName = text(o.get("name"));
            }
            if (publisher == null && (hasType(o, "newsmediaorganization") || hasType(o, "organization"))
                    && o.get("name") != null && objects.size() <= 3) {
                publisher = text(o.get("name"));
            }
        }
        if (publisher == null) {
            for (Map<String, Object> o : objects) {
                if (o.get("publisher") != null) {
                    publisher = firstName(refs.resolve(o.get("publisher")));
                    break;
                }
            }
        }
        String modified = article == null ? null : text(article.get("dateModified"));
        return new JsonLdFacts(headline, date, authors, publisher, siteName, body, modified, ingredients(objects),
                steps(objects), article != null && hasType(article, "liveblogposting"), referenced, declared,
                paywalledSelectors(objects));
    }

    /**
     * The CSS selectors of the parts a page declares not free to read: schema.org's paywall markup, an article's
     * {@code hasPart} {@code WebPageElement} with {@code isAccessibleForFree} false and the {@code cssSelector} of the
     * paid block (the form Google's guidance for paywalled content asks of publishers).
     */
    private static List<String> paywalledSelectors(List<Map<String, Object>> objects) {
        Set<String> out = new LinkedHashSet<>();
        for (Map<String, Object> o : objects) {
            Object parts = o.get("hasPart");
            for (Object part : parts instanceof List<?> list ? list : parts == null ? List.of() : List.of(parts)) {
                if (part instanceof Map<?, ?> m && isFalse(m.get("isAccessibleForFree"))
                        && m.get("cssSelector") instanceof String selector && !selector.isBlank()) {
                    out.add(selector.strip());
                }
            }
        }
        return List.copyOf(out);
    }

    /** JSON-LD's false, as a boolean or as the text publishers write ("False", "false"). */
    private static boolean isFalse(Object v) {
        return Boolean.FALSE.equals(v) || v instanceof String s && s.strip().equalsIgnoreCase("false");
    }

    /** The ingredients of the page's schema.org Recipe, one per entry (empty when it declares none). */
    private static List<String> ingredients(List<Map<String, Object>> objects) {
        for (Map<String, Object> o : objects) {
            if (hasType(o, "recipe") && o.get("recipeIngredient") != null) {
                List<String> lines = new ArrayList<>();
                stepTexts(o.get("recipeIngredient"), lines, 0);
                return List.copyOf(lines);
            }
        }
        return List.of();
    }

    /** The steps of the page's schema.org HowTo or Recipe, one per entry (empty when it declares none). */
    private static List<String> steps(List<Map<String, Object>> objects) {
        for (Map<String, Object> o : objects) {
            if (hasType(o, "howto") || hasType(o, "recipe")) {
                List<String> lines = new ArrayList<>();
                stepTexts(o.get("step"), lines, 0);
                stepTexts(o.get("recipeInstructions"), lines, 0);
                if (!lines.isEmpty()) {
                    return List.copyOf(lines);
                }
            }
        }
        return List.of();
    }

    /**
     * The text of a schema.org HowTo or Recipe, for pages whose instructions are rendered by script from it: the
     * description, the ingredients and the steps ({@code step}, {@code recipeInstructions}: text, HowToStep objects,
     * HowToSection objects holding steps), one per line. Null when the page declares none.
     */
    private static String howToText(List<Map<String, Object>> objects) {
        for (Map<String, Object> o : objects) {
            if (!hasType(o, "howto") && !hasType(o, "recipe")) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            addLine(lines, text(o.get("description")));
            stepTexts(o.get("recipeIngredient"), lines, 0);
            stepTexts(o.get("step"), lines, 0);
            stepTexts(o.get("recipeInstructions"), lines, 0);
            if (!lines.isEmpty()) {
                return String.join("\n", lines);
            }
        }
        return null;
    }

    /** Texts of a step value: a string, a list, a HowToStep's text or a HowToSection's items (nesting bounded). */
    private static void stepTexts(Object v, List<String> lines, int depth) {
        if (v == null || depth > 4 || lines.size() > MAX_OBJECTS) {
            return;
        }
        if (v instanceof String str) {
            addLine(lines, clean(str));
        } else if (v instanceof List<?> list) {
            for (Object x : list) {
                stepTexts(x, lines, depth + 1);
            }
        } else if (v instanceof Map<?, ?> m) {
            if (m.get("itemListElement") != null) {
                addLine(lines, text(m.get("name")));
                stepTexts(m.get("itemListElement"), lines, depth + 1);
            } else {
                stepTexts(m.containsKey("text") ? m.get("text") : m.get("name"), lines, depth + 1);
            }
        }
    }

    private static void addLine(List<String> lines, String line) {
        if (line != null) {
            lines.add(line);
        }
    }

    private static List<Object> parse(String block) {
        String text = block.strip();
        try {
            return LenientJson.parseAll(text);
        } catch (RuntimeException e) {
            if (text.contains("&quot;") || text.contains("&#")) {
                try {
                    return LenientJson.parseAll(Parser.unescapeEntities(text, false));
                } catch (RuntimeException ignored) {
                    return List.of();
                }
            }
            return List.of();
        }
    }

    /** Breadth-first walk over every object, bounded in count. */
    private static void collectObjects(Object root, List<Map<String, Object>> out) {
        Deque<Object> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty() && out.size() < MAX_OBJECTS) {
            Object v = queue.poll();
            if (v instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> obj = (Map<String, Object>) m;
                out.add(obj);
                for (Map.Entry<String, Object> e : obj.entrySet()) {
                    if (e.getValue() instanceof Map || e.getValue() instanceof List) {
                        queue.add(e.getValue());
                    }
                }
            } else if (v instanceof List<?> list) {
                addNonNull(queue, list);
            }
        }
    }

    /** ArrayDeque refuses nulls, and JSON-LD arrays hold them ({@code "sameAs":[null,"https://..."]}). */
    private static void addNonNull(Deque<Object> queue, List<?> values) {
        for (Object x : values) {
            if (x != null) {
                queue.add(x);
            }
        }
    }

    /**
     * The article-like object with the most telling fields; objects of other types only if nothing else. The updates
     * of a live blog ({@code liveBlogUpdate}) are parts of the page's article, never the article itself, however
     * fully each is described.
     */
    private static Map<String, Object> bestArticle(List<Map<String, Object>> objects, JsonLdReferences refs) {
        Map<String, Object> best = null;
        int bestScore = 0;
        for (Map<String, Object> o : objects) {
            if (refs.isPart(o)) {
                continue;
            }
            int score = 0;
            if (isArticleType(o)) {
                score += hasType(o, "webpage") || hasType(o, "creativework") ? 1 : 4;
            }
            score += o.get("articleBody") != null ? 4 : 0;
            score += o.get("datePublished") != null ? 2 : 0;
            score += o.get("headline") != null ? 2 : 0;
            score += o.get("author") != null ? 1 : 0;
            if (score > bestScore) {
                bestScore = score;
                best = o;
            }
        }
        return bestScore >= 2 ? best : null;
    }

    private static boolean isArticleType(Map<String, Object> o) {
        for (String t : types(o)) {
            if (ARTICLE_TYPES.contains(t)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasType(Map<String, Object> o, String type) {
        return types(o).contains(type);
    }

    private static List<String> types(Map<String, Object> o) {
        Object t = o.get("@type");
        List<String> out = new ArrayList<>(2);
        if (t instanceof String s) {
            out.add(lastSegment(s));
        } else if (t instanceof List<?> list) {
            for (Object x : list) {
                if (x instanceof String s) {
                    out.add(lastSegment(s));
                }
            }
        }
        return out;
    }

    private static String lastSegment(String type) {
        String s = type.strip().toLowerCase(Locale.ROOT);
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'));
        return cut >= 0 ? s.substring(cut + 1) : s;
    }

    /** Names from a string, an object with a name, or a list of either. */
    private static List<String> names(Object v) {
        Set<String> out = new LinkedHashSet<>();
        Deque<Object> queue = new ArrayDeque<>();
        queue.add(v == null ? List.of() : v);
        int guard = 0;
        while (!queue.isEmpty() && guard++ < 100) {
            Object x = queue.poll();
            if (x instanceof String s) {
                String t = clean(s);
                if (t != null) {
                    out.add(t);
                }
            } else if (x instanceof Map<?, ?> m) {
                String t = text(m.get("name"));
                if (t != null) {
                    out.add(t);
                }
            } else if (x instanceof List<?> list) {
                addNonNull(queue, list);
            }
        }
        return new ArrayList<>(out);
    }

    private static String firstName(Object v) {
        List<String> n = names(v);
        return n.isEmpty() ? null : n.get(0);
    }

    static String text(Object v) {
        if (v instanceof List<?> list && !list.isEmpty()) {
            v = list.get(0);
        }
        if (v instanceof Map<?, ?> m) {
            v = m.containsKey("@value") ? m.get("@value") : m.get("name");
        }
        return v instanceof String s ? clean(s) : null;
    }

    private static String clean(String s) {
        String t = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
        if (t.indexOf('<') >= 0 && t.indexOf('>') > 0) {
            t = org.jsoup.Jsoup.parse(t).text();
        }
        t = t.strip();
        return t.isEmpty() ? null : t;
    }
}
