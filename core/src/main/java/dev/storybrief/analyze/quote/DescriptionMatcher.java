package dev.storybrief.analyze.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links a speaker given only by description ("the military alliance's leader", "the Republican nominee") to the one
 * person of the article whose roles fit it: the description's head noun must be the head of one of the person's roles
 * (or a word of the same job: leader, chief, head, secretary-general ...; "Sen." is a senator), and at least half of
 * the description's other words, one at least, must appear in that role ("military alliance's" against "alliance's";
 * "Republican" never fits "Democratic nominee"). A description that fits no one, or several people, stays unlinked:
 * two people are never merged on a guess.
 */
final class DescriptionMatcher {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "his", "her",
            "their", "our", "one", "another");
    private static final Set<String> NOT_CONTENT = Set.of("of", "for", "at", "in", "on", "and", "'s", "’s", "former",
            "then", "current", "new", "top");
    private static final List<Set<String>> SAME_JOB = List.of(
            Set.of("leader", "chief", "head", "secretary-general", "president", "chairman", "chairwoman", "boss",
                    "director"),
            Set.of("spokesman", "spokeswoman", "spokesperson"),
            Set.of("senator", "sen"), Set.of("governor", "gov"), Set.of("representative", "rep", "congressman",
                    "congresswoman"), Set.of("general", "gen"), Set.of("colonel", "col"), Set.of("captain", "capt"),
            Set.of("candidate", "nominee", "contender", "hopeful"));

    private final Map<String, List<List<String>>> rolesByPerson = new HashMap<>();

    /** Remembers one role the article attaches to a person (canonical name). */
    void add(String person, String role) {
        List<String> words = words(role);
        if (!words.isEmpty()) {
            rolesByPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(words);
        }
    }

    /** True when the speaker as written is a description rather than a name: it opens with a determiner. */
    static boolean isDescription(String written) {
        String first = written.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return DETERMINERS.contains(first);
    }

    /** The one person whose roles fit the description, or null. */
    String person(String description) {
        List<String> wanted = words(description);
        if (wanted.isEmpty()) {
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

    private static boolean fits(List<String> wanted, List<String> role) {
        String head = wanted.get(wanted.size() - 1);
        boolean headFits = role.stream().anyMatch(word -> sameJob(head, word));
        if (!headFits) {
            return false;
        }
        List<String> modifiers = wanted.subList(0, wanted.size() - 1);
        long shared = modifiers.stream().filter(role::contains).count();
        return shared * 2 >= modifiers.size() && (modifiers.isEmpty() || shared > 0);
    }

    private static boolean sameJob(String a, String b) {
        return a.equals(b) || SAME_JOB.stream().anyMatch(group -> group.contains(a) && group.contains(b));
    }

    /** Lower-case content words, possessives and dots dropped: "The alliance's Sec.-Gen." gives [alliance, sec.-gen]. */
    private static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String raw : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’.-]+")) {
            String word = raw.replaceAll("['’]s$", "").replaceAll("[.'’]", "");
            if (!word.isEmpty() && !DETERMINERS.contains(word) && !NOT_CONTENT.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
