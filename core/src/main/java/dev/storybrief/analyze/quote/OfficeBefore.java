package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.GermanOffices;
import dev.storybrief.analyze.entity.TownOffices;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office a German, French, Spanish, Italian or Portuguese sentence writes right before a name: German as one
 * capitalised compound ("sagte Feuerwehrchef Jonas Keller": "Feuerwehrchef"), the Romance languages as a noun after
 * an article, with the words between the article and the noun ("le Premier ministre Jean Dupont": "Premier ministre",
 * "l'ingegnere Paolo Rinaldi": "ingegnere"). The English rules of {@link RoleFinder} read neither: their role nouns
 * are English.
 */
final class OfficeBefore {

    private static final Set<String> ARTICLES = Set.of("le", "la", "el", "il", "lo", "o", "a");
    /** "l'ingegnere": an elided article is written onto the word. */
    private static final Pattern ELIDED = Pattern.compile("^(?i:l|un|dell|dall|all|nell|d)['’]");
    /** Words between the article and the office ("le Premier ministre", "la nouvelle maire"). */
    private static final int MAX_LEAD_WORDS = 2;

    private OfficeBefore() {
    }

    /**
     * The office written right before a name that starts after {@code before}, or null, in a text in {@code language}
     * (ISO 639-1): German's one-word offices are read only where the entity recogniser reads them
     * ({@link GermanOffices#isWrittenIn}); elsewhere a word of their shape is a surname ("Paul Baumeister").
     */
    static String of(String before, String language) {
        if (before.isEmpty() || !Character.isWhitespace(before.charAt(before.length() - 1))) {
            return null;
        }
        String[] words = before.strip().split("\\s+");
        String office = words[words.length - 1];
        if (GermanOffices.isWrittenIn(language) && GermanOffices.isOffice(office)) {
            return office;
        }
        String turkish = TurkishOffices.of(words);
        if (turkish != null) {
            return turkish;
        }
        if (words.length >= 2 && Character.isUpperCase(office.charAt(0))
                && TownOffices.isOffice(words[words.length - 2])) {
            // "powiedział burmistrz Kamionki Marek Sowa": Polish writes the town the office heads in the genitive
            // between the office and the holder; the two are the office
            return words[words.length - 2] + " " + office;
        }
        if (words.length >= 2 && Character.isLowerCase(office.charAt(0)) && !SpeechWords.isOtherLanguageOffice(office)) {
            // "l'amministratore delegato Giulia Conti": an adjective after the office is part of it
            String head = withoutElision(words[words.length - 2]);
            if (SpeechWords.isOtherLanguageOffice(head)) {
                return head + " " + office;
            }
        }
        Matcher elided = ELIDED.matcher(office);
        if (elided.find()) {
            office = office.substring(elided.end());
            return SpeechWords.isOtherLanguageOffice(office) ? office : null;
        }
        if (!SpeechWords.isOtherLanguageOffice(office)) {
            return null;
        }
        // "le Premier ministre", "la nouvelle maire": the words between the article and the office are part of it
        for (int k = words.length - 2; k >= Math.max(0, words.length - 2 - MAX_LEAD_WORDS); k--) {
            if (ARTICLES.contains(words[k].toLowerCase(Locale.ROOT))) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, k + 1, words.length));
            }
            if (!Character.isLetter(words[k].charAt(0)) || SpeechWords.isSpeechVerb(words[k])) {
                break;
            }
        }
        return office;
    }

    /** The word without the elided article written onto it ("l'amministratore": "amministratore"). */
    private static String withoutElision(String word) {
        Matcher elided = ELIDED.matcher(word);
        return elided.find() ? word.substring(elided.end()) : word;
    }
}
