package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.GermanOffices;
import dev.storybrief.analyze.entity.RomanceOffices;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links a speaker given only by description ("the military alliance's leader", "the Republican nominee", "die
 * Oberbürgermeisterin", "la alcaldesa") to the one person of the article whose roles fit it: the description's head
 * noun must be the head of one of the person's roles (or a word of the same job: leader, chief, head,
 * secretary-general ...; "Sen." is a senator; German "der Minister" is the "Verkehrsminister" whose compound it ends),
 * and at least half of the description's other words, one at least, must appear in that role ("military alliance's"
 * against "alliance's"; "Republican" never fits "Democratic nominee"). The head is the noun before the complement ("the
 * head of the agency", "der Sprecher der Stadtwerke"); in it, an office of the Romance languages or German where one
 * stands ("la alcaldesa socialista"), else the last word. A description that fits no one, or several people, stays
 * unlinked: two people are never merged on a guess. German's one-word offices count as offices only in the languages
 * that write them ({@link GermanOffices#isWrittenIn}), as the entity recogniser reads them.
 */
final class DescriptionMatcher {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "his", "her",
            "their", "our", "one", "another",
            // French, German, Spanish, Italian, Portuguese ("l'" is split off its word first)
            "le", "la", "les", "l", "un", "une", "der", "die", "das", "den", "dem", "ein", "eine", "einer", "el", "los",
            "las", "una", "il", "lo", "gli", "uno", "o", "os", "um", "uma");
    /** Words that open what a noun is of: "the head of the agency", "el alcalde de Villanueva". */
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "at", "in", "on", "de", "des", "du", "del",
            "di", "dei", "degli", "della", "dello", "delle", "do", "dos", "da", "von", "vom", "für", "bei");
    private static final Set<String> NOT_CONTENT = Set.of("and", "former", "then", "current", "new", "top");
    /** "l'avocate", "un'esperta": French and Italian write an elided article onto its word. */
    private static final Pattern ELIDED = Pattern.compile("\\b([lL]|[uU]n)['’](?=\\p{L})");
    /** A German compound names its job by its last part ("Verkehrsminister"); shorter parts ("-mann") are no job. */
    private static final int MIN_COMPOUND_HEAD = 5;
    /** Endings of masculine and feminine offices in the Romance languages and German, longest first. */
    private static final List<String> GENDER_ENDINGS = List.of("essa", "rice", "esa", "eur", "in", "a", "o", "e");
    private static final int MIN_STEM = 3;
    private static final List<Set<String>> SAME_JOB = List.of(
            Set.of("leader", "chief", "head", "secretary-general", "president", "chairman", "chairwoman", "boss",
                    "director"),
            Set.of("spokesman", "spokeswoman", "spokesperson"),
            Set.of("senator", "sen"), Set.of("governor", "gov"), Set.of("representative", "rep", "congressman",
                    "congresswoman"), Set.of("general", "gen"), Set.of("colonel", "col"), Set.of("captain", "capt"),
            Set.of("candidate", "nominee", "contender", "hopeful"));

    private final Map<String, List<List<String>>> rolesByPerson = new HashMap<>();
    /** Whether the article's language writes German's one-word offices ("Verkehrsminister"). */
    private final boolean germanOffices;

    /** A matcher for an article in {@code language} (ISO 639-1). */
    DescriptionMatcher(String language) {
        this.germanOffices = GermanOffices.isWrittenIn(language);
    }

    /** Remembers one role the article attaches to a person (canonical name). */
    void add(String person, String role) {
        List<String> words = phrase(role).words();
        if (!words.isEmpty()) {
            rolesByPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(words);
        }
    }

    /** True when the speaker as written is a description rather than a name: it opens with a determiner. */
    static boolean isDescription(String written) {
        String first = ELIDED.matcher(written.strip()).replaceFirst("$1 ").split("\\s+")[0].toLowerCase(Locale.ROOT);
        return DETERMINERS.contains(first);
    }

    /** The one person whose roles fit the description, or null. */
    String person(String description) {
        Phrase wanted = phrase(description);
        if (wanted.words().isEmpty()) {
            return null;
        }
        Set<String> fitting = new LinkedHashSet<>();
        rolesByPerson.forEach((person, roles) -> {
            if (roles.stream().anyMatch(role -> fits(wanted, role))) {
                fitting.add(person);
            }
        });
        return fitting.size() == 1 ? fitting.iterator().next() : null;
    }

    private boolean fits(Phrase wanted, List<String> role) {
        String head = wanted.words().get(wanted.head());
        boolean headFits = role.stream().anyMatch(word -> sameJob(head, word));
        if (!headFits) {
            return false;
        }
        List<String> modifiers = new ArrayList<>(wanted.words());
        modifiers.remove(wanted.head());
        long shared = modifiers.stream().filter(role::contains).count();
        return shared * 2 >= modifiers.size() && (modifiers.isEmpty() || shared > 0);
    }

    private boolean sameJob(String head, String roleWord) {
        if (head.equals(roleWord) || SAME_JOB.stream().anyMatch(group -> group.contains(head) && group.contains(roleWord))) {
            return true;
        }
        // "il sindaco" is "la sindaca Giulia Conti", "die Bürgermeisterin" the "Oberbürgermeister"'s office
        boolean offices = isOffice(head) && isOffice(roleWord);
        String wanted = offices ? withoutGenderEnding(head) : head;
        String held = offices ? withoutGenderEnding(roleWord) : roleWord;
        // "der Minister" is the "Verkehrsminister": a German compound names its job by its last part
        boolean compoundHead = wanted.length() >= MIN_COMPOUND_HEAD && held.length() > wanted.length()
                && held.endsWith(wanted) && held.indexOf('-') < 0;
        return wanted.equals(held) || compoundHead;
    }

    /**
     * An office without the ending that makes it masculine or feminine: "sindaco"/"sindaca", "alcalde"/"alcaldesa",
     * "directeur"/"directrice", "presidente"/"presidentessa", "Bürgermeister"/"Bürgermeisterin" meet.
     */
    private static String withoutGenderEnding(String office) {
        for (String ending : GENDER_ENDINGS) {
            if (office.endsWith(ending) && office.length() - ending.length() >= MIN_STEM) {
                return office.substring(0, office.length() - ending.length());
            }
        }
        return office;
    }

    /**
     * A phrase's lower-case content words (possessives and dots dropped: "The alliance's Sec.-Gen." gives [alliance,
     * sec.-gen]) and which of them is its head.
     */
    private record Phrase(List<String> words, int head) {
    }

    private Phrase phrase(String text) {
        List<String> words = new ArrayList<>();
        int beforeComplement = -1;
        for (String raw : ELIDED.matcher(text).replaceAll("$1 ").split("[^\\p{L}\\p{N}'’.-]+")) {
            String word = raw.replaceAll("['’]s$", "").replaceAll("[.'’]", "").toLowerCase(Locale.ROOT);
            // "der Sprecher der Stadtwerke": an article after the noun opens its complement, as "of" does
            boolean opensComplement = PREPOSITIONS.contains(word) || DETERMINERS.contains(word) && !words.isEmpty();
            if (opensComplement && beforeComplement < 0) {
                beforeComplement = words.size();
            }
            if (!word.isEmpty() && !DETERMINERS.contains(word) && !PREPOSITIONS.contains(word)
                    && !NOT_CONTENT.contains(word)) {
                words.add(word);
            }
        }
        int headPart = beforeComplement > 0 ? beforeComplement : words.size();
        int head = headPart - 1;
        for (int k = 0; k < headPart; k++) {
            if (isOffice(words.get(k))) {
                head = k; // "la alcaldesa socialista": the Romance languages put adjectives after the office
                break;
            }
        }
        return new Phrase(words, Math.max(head, 0));
    }

    /**
     * An office of the Romance languages ("alcaldesa"), or of German in a German text ("oberbürgermeisterin"); English
     * ones are heads last.
     */
    private boolean isOffice(String word) {
        String capitalised = word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
        return RomanceOffices.isOffice(word) || germanOffices && GermanOffices.isOffice(capitalised);
    }
}
