package dev.storybrief.ingest.feed;

import dev.storybrief.ingest.html.HostNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import dev.storybrief.wording.SectionNames;
import java.util.regex.Pattern;

/**
 * The outlet a feed's title names. Sites title each section's feed with the outlet and the section, in either order
 * ("Kvarn Coast News – Top stories", "World news | The Guardian", "NYT > Top Stories"): the outlet is the part the
 * items' host spells ("kvarncoastnews.example"), else the one part left when the others are the names sections
 * take, or the sections the items' links file them under ("Skerra Islands Post - Transport" for items at
 * ".../transport/orkly-1": a site puts a section's stories, and its feed, under the section's path); else the title
 * as it is.
 */
final class FeedTitles {
    /** Where a feed title joins the outlet and the section: a dash, a bar, an angle or a colon between spaces. */
    private static final Pattern JOIN = Pattern.compile("\\s+[-–—|>»:]\\s+");

    private FeedTitles() {
    }

    /** The outlet in {@code title}, given the host of the feed's items' links (null when none is known). */
    static String outlet(String title, String host) {
        return outlet(title, host, null);
    }

    /**
     * The outlet in {@code title}, given the host of the feed's items' links and the path of one of them (either null
     * when none is known).
     */
    static String outlet(String title, String host, String path) {
        if (title == null) {
            return null;
        }
        String[] parts = JOIN.split(title.strip());
        if (parts.length < 2) {
            return title;
        }
        if (host != null) {
            String label = HostNames.label(host);
            for (String part : parts) {
                if (HostNames.spells(label, part.strip())) {
                    return part.strip();
                }
            }
        }
        Set<String> filedUnder = folders(path);
        List<String> named = new ArrayList<>();
        for (String part : parts) {
            if (!SectionNames.isSection(part) && !filedUnder.contains(key(part))) {
                named.add(part.strip());
            }
        }
        return named.size() == 1 ? named.get(0) : title;
    }

    /** The folders of a link's path, the article's own last part aside ("transport" of "/transport/orkly-1"), as keys. */
    private static Set<String> folders(String path) {
        if (path == null) {
            return Set.of();
        }
        String[] parts = path.split("/");
        Set<String> folders = new java.util.HashSet<>();
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parts[i].isBlank()) {
                folders.add(key(parts[i]));
            }
        }
        return folders;
    }

    /** Letters and digits only, in small letters and without accents: "Harbour affairs" and "harbour-affairs" alike. */
    private static String key(String name) {
        String bare = java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return bare.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
