package dev.storybrief.analyze.sentence;

import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;

/**
 * The abbreviations CLDR lists for a language's sentence breaks ("Dr.", "Srs.", "p. ex."), the list ICU reads for
 * {@code @ss=standard}, matched as whole words. ICU's own filter matches an entry as the end of any word, so
 * Portuguese "mulheres." ended no sentence (the entry "res.") nor did "Civil." (the entry "l."): here an entry counts
 * only when what comes before it is no letter or digit.
 */
final class CldrAbbreviations {
    private static final String BREAK_DATA = "com/ibm/icu/impl/data/icudata/brkitr";
    private final List<String> entries;

    private CldrAbbreviations(List<String> entries) {
        this.entries = entries;
    }

    /** The language's list; empty when CLDR has none for it (the lookup falls back to another locale then). */
    static CldrAbbreviations of(String language) {
        List<String> found = new ArrayList<>();
        try {
            UResourceBundle bundle = UResourceBundle.getBundleInstance(BREAK_DATA, new ULocale(language));
            // the lookup falls back to the default locale's list, which says nothing of this language
            if (bundle.getULocale().getLanguage().equals(language)) {
                UResourceBundle list = bundle.get("exceptions").get("SentenceBreak");
                for (int i = 0; i < list.getSize(); i++) {
                    String entry = list.getString(i);
                    if (entry.endsWith(".")) {
                        found.add(entry);
                    }
                }
            }
        } catch (MissingResourceException e) {
            // no list for this language: every break stands
        }
        return new CldrAbbreviations(List.copyOf(found));
    }

    /** True when CLDR lists no abbreviation for the language. */
    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** True when {@code text} ends with a listed abbreviation that is a whole word ("os Srs.", not "mulheres."). */
    boolean endsWithOne(String text) {
        for (String entry : entries) {
            if (text.endsWith(entry)) {
                int before = text.length() - entry.length() - 1;
                if (before < 0 || !Character.isLetterOrDigit(text.charAt(before))) {
                    return true;
                }
            }
        }
        return false;
    }
}
