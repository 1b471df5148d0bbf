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
    /**
     * Nouns that name a work, a programme or a medium, after which quotation marks hold a title ("the show “Morning
     * Edition”", "her memoir, “Tough Choices.”", "television’s “Scandal,”"), in the languages the brief reads. No
     * "slogan" or "nickname": those name words someone said.
     */
    private static final Pattern NAMING_NOUN = Pattern.compile("(?iU)(?:^|.*[\\s(])(?:show|shows|programme|program|"
            + "series|sitcom|drama|film|movie|documentary|book|memoir|novel|biography|autobiography|album|song|single|"
            + "play|musical|opera|column|op-ed|essay|podcast|episode|broadcast|newsletter|magazine|newspaper|"
            + "television|radio|channel|network|station|titled|entitled|sendung|buch|roman|serie|lied|dokumentation|"
            + "émission|livre|série|chanson|documentaire|programa|película|libro|novela|canción|documental|programma|"
            + "romanzo|canzone|boek|filme|livro|передача|программа|фильм|книга|роман|сериал|песня|передачі|фільм|"
            + "пісня|dizi|kitap|şarkı|programı|filmi|kitabı)(?:['’]s)?,?\\s*$");
    /** "on CBS’s “Face the Nation.”": a broadcaster's possessive after "on" names its programme. */
    private static final Pattern ON_BROADCASTER = Pattern.compile("(?U)(?:^|.*\\s)(?i:on)\\s+(?:\\p{Lu}[\\p{L}.&-]*\\s+){0,3}"
            + "\\p{Lu}[\\p{L}.&-]*['’]s\\s*$");
    private static final int MAX_TITLE_WORDS = 6;

    private QuotedName() {
    }

    /**
     * Whether the quoted words are a title given after a naming noun ({@link #NAMING_NOUN}) or a broadcaster's
     * possessive: short (up to six words), opening with a capital, with no punctuation but what American style puts
     * inside the closing mark. A title may be one word ("the film “Jaws.”") and written in sentence case, as many
     * languages write them ("фильм «Белое солнце пустыни»"); what makes it a title is the noun that names it.
     */
    static boolean isTitle(String before, String quoted) {
        if (quoted.length() > MAX_NAME_CHARS || !(NAMING_NOUN.matcher(before).matches()
                || ON_BROADCASTER.matcher(before).matches())) {
            return false;
        }
        String text = quoted.strip().replaceFirst("[.,!?]$", "");
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        String[] words = text.split("\\s+");
        if (words.length > MAX_TITLE_WORDS) {
            return false;
        }
        for (String word : words) {
            if (!WORD.matcher(word).matches() || word.endsWith(".")) {
                return false;
            }
        }
        return true;
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
