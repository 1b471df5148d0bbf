package dev.storybrief.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * German public bodies written in the genitive or the dative ("des Deutschen Wetterdienstes", "des Bundesamtes für
 * Migration", "beim Technischen Hilfswerk", "der Deutschen Bahn"), and their names in the base form a reader knows
 * ("Deutscher Wetterdienst", "Bundesamt für Migration", "Technisches Hilfswerk", "Deutsche Bahn").
 *
 * <p>German capitalises every noun, so a capitalised word after an article is no name by its look; a body is told by
 * how its name is built: a head noun that only bodies end on ("-dienst", "-amt", "-werk", "-ministerium", "-bahn",
 * "-behörde"), with a capitalised adjective before it or a "für" and what it is for after it. The head's gender gives
 * the adjective's base ending (der Dienst: "Deutscher", das Werk: "Technisches", die Bahn: "Deutsche"); the genitive's
 * "-es"/"-s" leaves the head.
 */
final class GermanBodies {
    /** Heads of bodies' names by their last part, with the gender that sets the adjective's ending: m, n or f. */
    private static final Map<String, Character> HEADS = Map.ofEntries(
            Map.entry("dienst", 'm'), Map.entry("verband", 'm'), Map.entry("rundfunk", 'm'),
            Map.entry("gerichtshof", 'm'), Map.entry("landtag", 'm'), Map.entry("bundestag", 'm'),
            Map.entry("bundesrat", 'm'), Map.entry("senat", 'm'), Map.entry("konzern", 'm'),
            Map.entry("amt", 'n'), Map.entry("werk", 'n'), Map.entry("ministerium", 'n'), Map.entry("institut", 'n'),
            Map.entry("gericht", 'n'), Map.entry("zentrum", 'n'), Map.entry("kommando", 'n'), Map.entry("kreuz", 'n'),
            Map.entry("klinikum", 'n'), Map.entry("komitee", 'n'),
            Map.entry("bahn", 'f'), Map.entry("agentur", 'f'), Map.entry("anstalt", 'f'), Map.entry("behörde", 'f'),
            Map.entry("kammer", 'f'), Map.entry("stiftung", 'f'), Map.entry("gesellschaft", 'f'),
            Map.entry("polizei", 'f'), Map.entry("feuerwehr", 'f'), Map.entry("bundeswehr", 'f'),
            Map.entry("kommission", 'f'), Map.entry("regierung", 'f'), Map.entry("verwaltung", 'f'),
            Map.entry("gewerkschaft", 'f'), Map.entry("hochschule", 'f'), Map.entry("universität", 'f'),
            Map.entry("akademie", 'f'), Map.entry("versicherung", 'f'), Map.entry("wacht", 'f'));
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(?:en|er|es|e)$");
    /** Local police forces and fire brigades, named with the town they serve after them ("Feuerwehr Arnsberg"). */
    private static final Pattern LOCAL_FORCES = Pattern.compile("\\p{Lu}\\p{Ll}*(?:polizei|feuerwehr)|Polizei|Feuerwehr");
    /** Endings of German abstract nouns, which no town's name has ("Polizei Warnung"). */
    private static final Pattern GERMAN_NOUN_ENDING = Pattern.compile("(?:ung|heit|keit|schaft|ion)$");
    /** The word that says what a body is for ("Bundesamt für Migration"), part of its name. */
    private static final String FOR = "für";

    private GermanBodies() {
    }

    /**
     * The end (exclusive token index) of a body's name in the run of capitalised words {@code [first, end)}, reaching
     * on over a "für" and the capitalised words after it ("Bundesamtes für Migration und Flüchtlinge"); -1 when the
     * run names no body.
     */
    static int bodyEnd(List<Token> tokens, int first, int end) {
        int head = first;
        while (head < end - 1 && isAdjective(tokens.get(head).text()) && gender(tokens.get(head).text()) == 0) {
            head++;
        }
        if (head >= end || gender(tokens.get(head).text()) == 0) {
            return -1;
        }
        int after = head + 1;
        if (after + 1 < tokens.size() && tokens.get(after).text().equals(FOR) && tokens.get(after + 1).isCapitalised()) {
            int k = after + 2;
            // "für Migration und Flüchtlinge": the "und" and a capitalised word after it
            while (k + 1 < tokens.size() && tokens.get(k).text().equals("und") && tokens.get(k + 1).isCapitalised()) {
                k += 2;
            }
            return k;
        }
        if (after + 1 == end && LOCAL_FORCES.matcher(tokens.get(head).text()).matches()
                && !GERMAN_NOUN_ENDING.matcher(tokens.get(after).text()).find()) {
            return end; // "Feuerwehr Arnsberg", "Polizei Köln": the force named with the town it serves
        }
        return head > first ? after : -1;
    }

    /**
     * A capitalised adjective as it stands before a body's head in any case: "Deutschen", "Technischen", "Roten",
     * "Deutsche", "Deutscher", "Technisches".
     */
    private static boolean isAdjective(String word) {
        return word.length() > 3 && Character.isUpperCase(word.charAt(0)) && ADJECTIVE_ENDING.matcher(word).find();
    }

    /** The adjective without its ending ("Deutschen", "Deutsche" -> "Deutsch"). */
    private static String stem(String adjective) {
        Matcher ending = ADJECTIVE_ENDING.matcher(adjective);
        return ending.find() ? adjective.substring(0, ending.start()) : adjective;
    }

    /** The head's gender ('m', 'n', 'f') when {@code word}, bare or in the genitive, ends on a body's head; else 0. */
    private static char gender(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return 0;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String form : java.util.Arrays.asList(lower, strip(lower, "es"), strip(lower, "s"))) {
            for (Map.Entry<String, Character> head : HEADS.entrySet()) {
                if (form != null && form.endsWith(head.getKey())
                        && (head.getValue() != 'f' || form.equals(lower))) {
                    return head.getValue();
                }
            }
        }
        return 0;
    }

    private static String strip(String word, String ending) {
        return word.endsWith(ending) && word.length() > ending.length() + 2
                ? word.substring(0, word.length() - ending.length()) : null;
    }

    /**
     * The base form of a German body's name written in the genitive or the dative ("Deutschen Wetterdienstes" ->
     * "Deutscher Wetterdienst", "Bundesamtes für Migration" -> "Bundesamt für Migration", "Deutschen Roten Kreuzes"
     * -> "Deutsches Rotes Kreuz"); the name as given when it is no such form.
     */
    static String baseForm(String name) {
        String[] words = name.split(" ");
        int head = 0;
        while (head < words.length - 1 && isAdjective(words[head]) && gender(words[head]) == 0) {
            head++;
        }
        char gender = gender(words[head]);
        boolean forWhat = head + 1 < words.length && words[head + 1].equals(FOR);
        if (gender == 0 || !(head + 1 == words.length || forWhat) || head == 0 && !forWhat) {
            return name;
        }
        List<String> base = new ArrayList<>();
        String ending = gender == 'm' ? "er" : gender == 'n' ? "es" : "e";
        for (int i = 0; i < head; i++) {
            base.add(stem(words[i]) + ending);
        }
        base.add(gender == 'f' ? words[head] : baseHead(words[head]));
        for (int i = head + 1; i < words.length; i++) {
            base.add(words[i]);
        }
        return String.join(" ", base);
    }

    /** A masculine or neuter head without its genitive "-es" or "-s" ("Wetterdienstes", "Hilfswerks"). */
    private static String baseHead(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : List.of("es", "s")) {
            String stripped = strip(lower, ending);
            if (stripped != null && HEADS.keySet().stream().anyMatch(stripped::endsWith)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
