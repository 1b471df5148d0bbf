package dev.storybrief.analyze.quote;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quoted speech opened by a dash, as Swedish, Danish and Norwegian news write it: "– Branden är under kontroll men
 * inte släckt. Vi kommer att vara kvar här, säger räddningsledaren Anna Lindqvist." No mark closes the quotation: it
 * runs from the dash to the comma (or dash) before the verb of saying, over every full stop on the way. Russian,
 * Ukrainian and Bulgarian write it so beside their guillemets, with a comma and a dash before the verb ("— Мы
 * справимся в срок, — сказал Сергей Волков."). The quote scanner reads the quotation by this rule and the sentence
 * splitter keeps it one sentence with its attribution.
 */
public final class DashQuotation {
    private static final Set<String> LANGUAGES = Set.of("sv", "da", "no", "nb", "nn", "ru", "uk", "bg");
    private static final Pattern OPENING = Pattern.compile("^\\s*[–—-]\\s+");
    /** The comma or dash (or both: ", — сказал") that ends a dash quote, and the word after it. */
    private static final Pattern CLOSE = Pattern.compile("(?:,?\\s[–—]|,)\\s+(\\p{L}+)");

    private DashQuotation() {
    }

    /** Whether news in this language (ISO 639-1) quotes a speaker after a dash. */
    public static boolean usedIn(String language) {
        return LANGUAGES.contains(language);
    }

    /** Where the quoted words begin when {@code text} opens with a quotation dash ("– Vi"), else -1. */
    public static int quotedFrom(String text) {
        Matcher opening = OPENING.matcher(text);
        return opening.find() ? opening.end() : -1;
    }

    /**
     * The offset of the comma or dash that closes a dash quote before its verb of saying (", säger hon"), looked for in
     * {@code text} between {@code from} and {@code to}, or -1 when no verb of saying follows one there.
     */
    public static int attributionAt(String text, int from, int to) {
        Matcher close = CLOSE.matcher(text);
        close.region(from, to);
        while (close.find()) {
            if (SpeechWords.isSpeechVerb(close.group(1))) {
                return close.start();
            }
        }
        return -1;
    }
}
