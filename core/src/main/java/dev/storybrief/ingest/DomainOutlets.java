package dev.storybrief.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An outlet known only by its bare domain ("elpregonero.es", a scraper's {@code source_domain}) is the outlet another
 * input names whose letters the domain spells ("El Pregonero"): one paper is one outlet, so its two articles are not
 * two outlets backing each other. Only a name an input of the same reading states is taken, and only when one name
 * fits; a domain no name fits is left as it is (the cleaner's list of outlets may still name it).
 */
final class DomainOutlets {
    /** Second-level labels that stand before a country's code in a registered domain ("co.uk", "com.br"). */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "or", "ne", "gv");
    /** Articles a paper's name may open with and its domain leave out ("The Harbour Times", harbourtimes.example). */
    private static final Set<String> ARTICLES = Set.of("the", "el", "la", "le", "les", "il", "lo", "o", "a", "os", "as",
            "der", "die", "das", "de", "het");

    private DomainOutlets() {
    }

    /** The documents, each whose outlet is a bare domain spelled by one name another document states renamed so. */
    static List<RawDocument> named(List<RawDocument> documents) {
        Map<String, Set<String>> namesByKey = new HashMap<>();
        for (RawDocument doc : documents) {
            String outlet = doc.meta(MetaKey.OUTLET);
            if (outlet != null && !outlet.isBlank() && !PageAddress.isHostName(outlet)) {
                for (String key : nameKeys(outlet)) {
                    if (key.isEmpty()) {
                        continue;
                    }
                    namesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(outlet.strip());
                }
            }
        }
        if (namesByKey.isEmpty()) {
            return documents;
        }
        List<RawDocument> out = new ArrayList<>(documents.size());
        for (RawDocument doc : documents) {
            String outlet = doc.meta(MetaKey.OUTLET);
            Set<String> names = PageAddress.isHostName(outlet) ? namesByKey.get(domainKey(outlet)) : null;
            if (names == null || names.size() != 1) {
                out.add(doc);
                continue;
            }
            Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
            meta.putAll(doc.meta());
            meta.put(MetaKey.OUTLET, names.iterator().next());
            out.add(new RawDocument(doc.id(), doc.path(), doc.format(), doc.text(), meta));
        }
        return out;
    }

    /** "elpregonero" for "elpregonero.es", "kelbygazette" for "kelby-gazette.co.uk". */
    static String domainKey(String host) {
        List<String> labels = new ArrayList<>(List.of(host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "")
                .split("\\.")));
        labels.remove(labels.size() - 1);
        if (labels.size() > 1 && SECOND_LEVEL.contains(labels.get(labels.size() - 1))) {
            labels.remove(labels.size() - 1);
        }
        return labels.isEmpty() ? "" : letters(labels.get(labels.size() - 1));
    }

    /** The name's letters, and without its opening article ("The", "El", "Le"), which domains often leave out. */
    private static List<String> nameKeys(String name) {
        String whole = letters(name);
        String[] words = name.strip().split("\\s+", 2);
        String rest = words.length == 2 && ARTICLES.contains(words[0].toLowerCase(Locale.ROOT)) ? letters(words[1]) : "";
        return rest.length() >= 4 ? List.of(whole, rest) : List.of(whole);
    }

    private static String letters(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
