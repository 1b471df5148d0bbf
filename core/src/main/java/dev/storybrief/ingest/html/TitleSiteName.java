package dev.storybrief.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet a page title names after its headline ("Crane firm faces questions - Merseyside Chronicle", "... |
 * Daily Example"): the last resort when neither the page's metadata nor its address names one. Only a part that reads
 * as a name is taken: one to five words, each capitalised (short joining words aside), and not made only of the words
 * sections are called by ("World News", "Politics"), since titles end in a section as often as in a name.
 */
final class TitleSiteName {

    /** " - ", " | ", " – ", " — ", " · ": the separators titles put before the site's name (not ":" or "/"). */
    private static final Pattern LAST_PART = Pattern.compile("\\s[-|\u2013\u2014\u00B7]\\s+([^-|\u2013\u2014\u00B7]+)$");
    private static final int MAX_WORDS = 5;
    /** Joining words that stay lower-case inside a name ("Journal of Commerce", "La voix du Nord"). */
    private static final Set<String> JOINING = Set.of("of", "the", "and", "for", "on", "de", "du", "la", "le", "des",
            "der", "die", "das", "am", "im", "&");
    /** Words that name a section of a site rather than the site. */
    private static final Set<String> SECTION_WORDS = Set.of("news", "world", "uk", "us", "local", "national",
            "international", "politics", "business", "sport", "sports", "opinion", "comment", "culture", "live",
            "latest", "video", "videos", "home", "homepage", "blog", "blogs", "lifestyle", "money", "tech",
            "technology", "science", "health", "travel", "entertainment", "breaking", "top", "stories", "analysis",
            "weather", "edition", "europe", "africa", "asia", "americas");

    private TitleSiteName() {
    }

    /** The name the title ends with, or null when its last part does not read as a name. */
    static String of(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = LAST_PART.matcher(title.strip());
        if (!m.find()) {
            return null;
        }
        String part = m.group(1).strip();
        String head = title.substring(0, m.start()).strip();
        String[] words = part.split("\\s+");
        if (words.length > MAX_WORDS || head.length() <= part.length()) {
            return null;
        }
        boolean allSections = true;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!JOINING.contains(lower) && !Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.charAt(0))) {
                return null;
            }
            allSections &= SECTION_WORDS.contains(lower) || JOINING.contains(lower);
        }
        return allSections || JOINING.contains(words[0].toLowerCase(Locale.ROOT)) && words.length == 1 ? null : part;
    }
}
