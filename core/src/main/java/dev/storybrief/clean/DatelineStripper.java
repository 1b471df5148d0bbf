package dev.storybrief.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips the header a wire story starts its first paragraph with ("date 2011-10-24 BRUSSELS ",
 * "WASHINGTON (Reuters) - ", "LONDON, Oct 24 (AP) — ") so the first sentence reads as a sentence.
 */
final class DatelineStripper {
    private static final Pattern DATE_HEADER = Pattern.compile("^\\s*date \\d{4}-\\d{2}-\\d{2}\\s+");
    private static final Pattern WIRE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .,'-]{1,40}(?:,? [A-Z][a-z]{2,8}\\.? \\d{1,2})?\\s*(?:\\([^)]{1,30}\\))?\\s*[-—–]{1,2}\\s+(?=\\S)");
    private static final Pattern CAPS_CITY = Pattern.compile("^((?:\\p{Lu}{2,}[ ,]+)+?)(?=\\p{Lu}\\p{L}*\\s+\\p{Ll})");

    private DatelineStripper() {
    }

    /** The paragraph without its dateline header, or empty when it has none. */
    static Optional<String> strip(String paragraph) {
        Matcher header = DATE_HEADER.matcher(paragraph);
        if (header.find()) {
            String rest = paragraph.substring(header.end());
            Matcher city = CAPS_CITY.matcher(rest);
            return Optional.of(city.find() ? rest.substring(city.end()) : rest);
        }
        Matcher wire = WIRE.matcher(paragraph);
        if (wire.find() && paragraph.length() - wire.end() > 40) {
            return Optional.of(paragraph.substring(wire.end()));
        }
        return Optional.empty();
    }
}
