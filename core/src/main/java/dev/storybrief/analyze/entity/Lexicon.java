package dev.storybrief.analyze.entity;

import dev.storybrief.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The recognizer's word lists, loaded once from {@code gazetteer.tsv} and {@code lexicon.txt} beside this class.
 */
final class Lexicon {

    private static final Lexicon DEFAULT = load();
    /** The lists for a text in a language that does not write German's one-word offices. */
    private static final Lexicon WITHOUT_GERMAN_OFFICES = new Lexicon(DEFAULT.gazetteer, DEFAULT.sections, false);

    private final Map<String, EntityType> gazetteer;
    private final Map<String, Set<String>> sections;
    private final boolean germanOffices;

    private Lexicon(Map<String, EntityType> gazetteer, Map<String, Set<String>> sections, boolean germanOffices) {
        this.gazetteer = gazetteer;
        this.sections = sections;
        this.germanOffices = germanOffices;
    }

    /** The lists, blind to the text's language: German's one-word offices count as titles. */
    static Lexicon standard() {
        return DEFAULT;
    }

    /**
     * The lists for a text in {@code language} (ISO 639-1): German's one-word offices ("Bürgermeisterin",
     * "Feuerwehrchef") are titles only in the languages that write them ({@link GermanOffices#isWrittenIn}); in a
     * French or English text "Pellerin" or "Baumeister" is a surname, which the office's shape would make a title.
     */
    static Lexicon forLanguage(String language) {
        return GermanOffices.isWrittenIn(language) ? DEFAULT : WITHOUT_GERMAN_OFFICES;
    }

    /** The type of a known name, or null. */
    EntityType gazetteerType(String name) {
        return gazetteer.get(name);
    }

    boolean isTitle(String word) {
        return in("titles", word) || germanOffices && GermanOffices.isOffice(word);
    }

    boolean isOrganizationKeyword(String word) {
        return in("org-keywords", word);
    }

    boolean isPlaceKeyword(String word) {
        return in("place-keywords", word);
    }

    boolean isPlacePrefix(String word) {
        return in("place-prefixes", word);
    }

    /** A nationality or group word: English ones from the list, French and German nouns ({@link NationalityNouns}). */
    boolean isDemonym(String word) {
        return in("demonyms", word) || NationalityNouns.contains(word);
    }

    /** A capitalised article of French, German, Spanish, Italian or Portuguese ("Le", "Der", "El", "Il", "O"). */
    boolean isArticle(String word) {
        return in("articles", word);
    }

    boolean isFunctionWord(String word) {
        return in("function-words", word);
    }

    boolean isSentenceNoun(String word) {
        return in("sentence-nouns", word);
    }

    boolean isNonEntityHead(String word) {
        return in("non-entity-heads", word);
    }

    boolean isNonEntityTail(String word) {
        return in("non-entity-tails", word);
    }

    boolean isGivenName(String word) {
        return in("given-names", word);
    }

    boolean isAbbreviation(String word) {
        return in("abbreviations", word);
    }

    private boolean in(String section, String word) {
        return sections.getOrDefault(section, Set.of()).contains(word);
    }

    private static Lexicon load() {
        Map<String, EntityType> gazetteer = new HashMap<>();
        for (String line : lines("gazetteer.tsv")) {
            String[] fields = line.split("\t");
            if (fields.length != 2) {
                throw new IllegalStateException("gazetteer.tsv: expected TYPE<TAB>name, got '" + line + "'");
            }
            gazetteer.putIfAbsent(fields[1], EntityType.valueOf(fields[0]));
        }
        Map<String, Set<String>> sections = new HashMap<>();
        String current = null;
        for (String line : lines("lexicon.txt")) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = line.substring(1, line.length() - 1);
                sections.put(current, new HashSet<>());
            } else if (current == null) {
                throw new IllegalStateException("lexicon.txt: entry before any [section]: '" + line + "'");
            } else {
                sections.get(current).add(line);
            }
        }
        return new Lexicon(Map.copyOf(gazetteer), Map.copyOf(sections), true);
    }

    /** Non-blank lines without '#' comments. */
    private static Iterable<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " next to " + Lexicon.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
