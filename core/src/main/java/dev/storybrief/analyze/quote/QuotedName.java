package dev.storybrief.analyze.quote;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a name set in quotation marks ("le navire « Ocean Star »", "das Schiff „Nordlicht Zwei“", "the film "The Last
 * Harbour"") from a quotation. A quotation is a clause someone said; a ship's, a work's or a campaign's name is a
 * short run of capitalised words, with at most the small words names join them with ("Estrella del Mar"), and no
 * punctuation of its own. A single capitalised word ("“Outrageous,” he said") may be a whole reply and stays a quote.
 */
final class QuotedName {

    private static final int MAX_NAME_WORDS = 6;
    /** Characters of the longest name in marks read: six long words and their spaces. */
    private static final int MAX_NAME_CHARS = 120;
    /** The small words a name keeps in lower case between its capitalised ones, in the languages the brief reads. */
    private static final Set<String> JOINING_WORDS = Set.of("of", "the", "and", "de", "del", "della", "di", "da", "do",
            "dos", "das", "du", "des", "la", "le", "el", "y", "e", "et", "von", "van", "der", "den", "und", "i", "och",
            "og", "en", "à", "al", "au");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’&.-]*");

    private QuotedName() {
    }

    /** Whether the quoted words are a name: two to six words, capitalised but for joining words, no punctuation. */
    static boolean isName(String quoted) {
        if (quoted.length() > MAX_NAME_CHARS) {
            // a long quotation is no name: decided before copying it (a page's quote can run to megabytes)
            return false;
        }
        String text = quoted.strip();
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0)) || text.equals(text.toUpperCase(Locale.ROOT))) {
            // "NO MORE CUTS" is shouted, not named
            return false;
        }
        String[] words = text.split("\\s+");
        if (words.length < 2 || words.length > MAX_NAME_WORDS) {
            return false;
        }
        int capitalised = 0;
        for (String word : words) {
            if (!WORD.matcher(word).matches() || word.endsWith(".")) {
                return false;
            }
            if (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0))) {
                capitalised++;
            } else if (!JOINING_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        int last = words[words.length - 1].codePointAt(0);
        return capitalised >= 2 && (Character.isUpperCase(last) || Character.isDigit(last));
    }
}
