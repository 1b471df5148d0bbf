package dev.storybrief.analyze.quote;

import java.util.Locale;
import java.util.Set;

/**
 * The grammatical gender an article gives a person: by a courtesy title ("Mrs Clinton", "Mr Clinton") or by a
 * pronoun standing for them ("she said"). It tells apart two people of one surname that a bare surname cannot.
 */
public enum Gender {
    FEMALE, MALE;

    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "ms", "miss", "mme", "madame", "lady", "dame", "frau");
    private static final Set<String> MALE_TITLES = Set.of("mr", "sir", "lord", "monsieur", "herr");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");

    /** The gender a courtesy title gives ("Mrs.", "Mr"), or null. */
    public static Gender ofTitle(String word) {
        String bare = word.replace(".", "").toLowerCase(Locale.ROOT);
        return FEMALE_TITLES.contains(bare) ? FEMALE : MALE_TITLES.contains(bare) ? MALE : null;
    }

    /** The gender an English third-person pronoun gives ("she", "his"), or null. */
    public static Gender ofPronoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return FEMALE_PRONOUNS.contains(lower) ? FEMALE : MALE_PRONOUNS.contains(lower) ? MALE : null;
    }

    /**
     * The gender the words naming a quote's speaker give: a pronoun ("she said") or the courtesy title right before
     * a name ("Mrs Clinton said", with {@code before} the sentence up to the name); null when they give none.
     */
    public static Gender ofSpeakerWords(String speakerWords, String before) {
        Gender pronoun = ofPronoun(speakerWords.strip());
        if (pronoun != null) {
            return pronoun;
        }
        String[] words = before.strip().split("\\s+");
        return ofTitle(words[words.length - 1]);
    }

    /** The other one. */
    public Gender opposite() {
        return this == FEMALE ? MALE : FEMALE;
    }
}
