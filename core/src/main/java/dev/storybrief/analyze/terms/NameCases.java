package dev.storybrief.analyze.terms;

import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.cz.CzechStemmer;
import org.apache.lucene.analysis.ru.RussianLightStemmer;

/**
 * The stem under which one name word's case forms meet, in a language that declines names: Russian "Путин",
 * "Путина", "Путину", "Путиным" are one word, as are Czech "Babiš", "Babiše", "Babišovi" and Polish "Tusk", "Tuska",
 * "Tuskiem". East Slavic names (Russian, Ukrainian, Belarusian) go through Lucene's light Russian stemmer, which cuts
 * case endings only, applied until it cuts no more, so that a surname in -ов meets its declined forms ("Петров" loses
 * -ов as if it were an ending, "Петрова" first loses -а); Czech and Slovak names through Lucene's Czech stemmer; Polish,
 * which Lucene's common analyzers lack, by its case endings of names. Other languages keep the word as it is (lower
 * case): their names do not change with the case, and a stemmer would join names that differ.
 */
public final class NameCases {
    private static final Set<String> EAST_SLAVIC = Set.of("ru", "uk", "be");
    private static final Set<String> CZECH_SLOVAK = Set.of("cs", "sk");
    /** Polish case endings of names, longest first: "Kaczyńskiego", "Tuskowi", "Tuskiem", "Wałęsie", "Dudą". */
    private static final String[] POLISH_ENDINGS = {"iego", "iemu", "owi", "iem", "ego", "emu", "ie", "im", "em",
            "om", "ą", "ę", "a", "u", "e", "y", "i"};
    /** Fewest letters a stem keeps: a short name is its own stem rather than a syllable of another. */
    private static final int MIN_STEM = 3;

    private NameCases() {
    }

    /** True when names in {@code language} change with their case, so {@link #stem} does more than lower-case. */
    public static boolean declines(String language) {
        return EAST_SLAVIC.contains(language) || CZECH_SLOVAK.contains(language) || "pl".equals(language);
    }

    /** The stem of one name word in {@code language} ({@code "Путину"} in Russian is {@code "путин"}). */
    public static String stem(String word, String language) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (EAST_SLAVIC.contains(language)) {
            // Ukrainian and Belarusian write the dative and locative -і where Russian writes -и, -е; the dative -ю of a
            // soft stem ("Игорю", "Сергею") is an ending the light stemmer keeps, and no nominative of a name ends in it
            String cased = lower.endsWith("і") ? lower.substring(0, lower.length() - 1) + "и"
                    : lower.endsWith("ю") && lower.length() > MIN_STEM + 1 ? lower.substring(0, lower.length() - 1)
                    : lower;
            return eastSlavic(cased);
        }
        if (CZECH_SLOVAK.contains(language)) {
            char[] buffer = lower.toCharArray();
            return kept(lower, new String(buffer, 0, new CzechStemmer().stem(buffer, buffer.length)));
        }
        if ("pl".equals(language)) {
            for (String ending : POLISH_ENDINGS) {
                if (lower.endsWith(ending)) {
                    return kept(lower, lower.substring(0, lower.length() - ending.length()));
                }
            }
        }
        return lower;
    }

    private static String eastSlavic(String word) {
        RussianLightStemmer stemmer = new RussianLightStemmer();
        String current = word;
        while (true) {
            char[] buffer = current.toCharArray();
            String cut = new String(buffer, 0, stemmer.stem(buffer, buffer.length));
            if (cut.length() >= current.length() || cut.length() < MIN_STEM) {
                return current;
            }
            current = cut;
        }
    }

    /** The stem, or the word itself when the stem would be shorter than {@link #MIN_STEM}. */
    private static String kept(String word, String stem) {
        return stem.length() >= MIN_STEM ? stem : word;
    }
}
