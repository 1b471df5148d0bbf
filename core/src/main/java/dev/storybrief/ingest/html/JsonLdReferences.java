package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The links inside one page's JSON-LD. A graph (Yoast and most WordPress SEO plugins write one) describes each thing
 * once and points to it elsewhere by {@code {"@id": ...}}: the article's publisher is {@code {"@id":
 * "https://site/#organization"}}, its author {@code {"@id": ".../#/schema/person/1"}}, its page {@code isPartOf} the
 * WebSite. A reference is read as the object of that id the page describes; an id the page does not describe stays a
 * bare reference. The updates of a live blog ({@code liveBlogUpdate}) are remembered as parts of another article.
 */
final class JsonLdReferences {

    private static final int MAX_HOPS = 4;

    private final Map<String, Map<String, Object>> byId;
    private final Set<Map<String, Object>> parts;

    private JsonLdReferences(Map<String, Map<String, Object>> byId, Set<Map<String, Object>> parts) {
        this.byId = byId;
        this.parts = parts;
    }

    /** The ids described by {@code objects} (an object with more than its id), and the live blogs' updates. */
    static JsonLdReferences of(List<Map<String, Object>> objects) {
        Map<String, Map<String, Object>> byId = new HashMap<>();
        Set<Map<String, Object>> parts = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map<String, Object> o : objects) {
            if (o.get("@id") instanceof String id && o.size() > 1 && !isBareReference(o)) {
                byId.putIfAbsent(id.strip(), o);
            }
            Object updates = o.get("liveBlogUpdate");
            for (Object u : updates instanceof List<?> list ? list : Collections.singletonList(updates)) {
                if (u instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> update = (Map<String, Object>) m;
                    parts.add(update);
                }
            }
        }
        return new JsonLdReferences(byId, parts);
    }

    /** Whether {@code o} is an update of a live blog, a part of the page's article rather than the article. */
    boolean isPart(Map<String, Object> o) {
        return parts.contains(o);
    }

    /**
     * The value with each bare reference replaced by the object the page describes under that id: a map, or a list
     * of values each resolved (one level; names are what is read from them).
     */
    Object resolve(Object value) {
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object x : list) {
                out.add(resolveOne(x));
            }
            return out;
        }
        return resolveOne(value);
    }

    private Object resolveOne(Object value) {
        if (value instanceof Map<?, ?> m && isBareReference(m) && m.get("@id") instanceof String id) {
            Map<String, Object> target = byId.get(id.strip());
            return target == null ? value : target;
        }
        return value;
    }

    /**
     * The publisher named by the site the article is part of: {@code isPartOf} leads from the article to its WebPage
     * and from there to the WebSite, whose {@code publisher} (or, when it names none, the site's own name) is the
     * outlet. Null when the chain ends before naming one.
     */
    String publisherOfSite(Map<String, Object> article) {
        Object at = article;
        for (int hop = 0; hop < MAX_HOPS && at instanceof Map<?, ?> m; hop++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) m;
            if (o != article && JsonLdFacts.hasType(o, "website")) {
                Object publisher = resolve(o.get("publisher"));
                String name = JsonLdFacts.text(publisher instanceof List<?> l && !l.isEmpty() ? l.get(0) : publisher);
                return name != null ? name : JsonLdFacts.text(o.get("name"));
            }
            at = resolve(o.get("isPartOf"));
            if (at instanceof List<?> list) {
                at = list.isEmpty() ? null : list.get(0);
            }
        }
        return null;
    }

    /** An object that only points elsewhere: an id and nothing that describes the thing (no name, no type). */
    private static boolean isBareReference(Map<?, ?> m) {
        return m.get("@id") != null && m.get("name") == null && m.get("@type") == null;
    }
}
