package dev.storybrief.analyze.quote;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A speaker's name without the case ending Turkish and Azerbaijani hang on a proper noun after an apostrophe: "Ahmet
 * Yılmaz'a göre" (according to Ahmet Yılmaz), "Murat Çelik'in açıklamasına göre" (according to Murat Çelik's
 * statement), "Demir'e göre". The apostrophe marks where the name ends and the grammar begins, so the speaker is the
 * name before it; the reader would otherwise see "Yılmaz'a" and "Yılmaz" as two people.
 */
final class ApostropheSuffix {
    private static final Set<String> LANGUAGES = Set.of("tr", "az");
    /** A name's last word, an apostrophe (straight or typographic) and a small-letter ending, at the end. */
    private static final Pattern ENDING = Pattern.compile("(?<=\\p{L})['’]\\p{Ll}{1,6}$");

    private ApostropheSuffix() {
    }

    /** The speaker without the ending after its apostrophe in Turkish or Azerbaijani; as it is otherwise. */
    static String cut(String speaker, String language) {
        if (speaker == null || !LANGUAGES.contains(language)) {
            return speaker;
        }
        return ENDING.matcher(speaker).replaceFirst("");
    }
}
