package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page's {@code <meta>} values by lower-cased name, property, itemprop or http-equiv, in page order. */
final class MetaTags {

    private final Map<String, List<String>> values = new HashMap<>();

    private MetaTags() {
    }

    static MetaTags of(Document doc) {
        MetaTags m = new MetaTags();
        for (Element meta : doc.getElementsByTag("meta")) {
            String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("value");
            content = TextNormalizer.collapse(content);
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"name", "property", "itemprop", "http-equiv"}) {
                String key = meta.attr(attr).trim().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    m.values.computeIfAbsent(key, k -> new ArrayList<>(1)).add(content);
                }
            }
        }
        return m;
    }

    /** The first value among {@code keys} (tried in order), or null. */
    String first(String... keys) {
        for (String k : keys) {
            List<String> v = values.get(k);
            if (v != null && !v.isEmpty()) {
                return v.get(0);
            }
        }
        return null;
    }

    /** All values of {@code key}. */
    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}
