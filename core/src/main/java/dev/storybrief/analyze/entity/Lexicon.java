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

    private final Map<String, EntityType> gazetteer;
    private final Map<String, Set<String>> sections;

    private Lexicon(Map<String, EntityType> gazetteer, Map<String, Set<String>> sections) {
        this.gazetteer = gazetteer;
        this.sections = sections;
    }

    static Lexicon standard() {
        return DEFAULT;
    }

    /** The type of a known name, or null. */
    EntityType gazetteerType(String name) {
        return gazetteer.get(name);
    }

    boolean isTitle(String word) {
        return in("titles", word) || GermanOffices.isOffice(word);
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
        return new Lexicon(Map.copyOf(gazetteer), Map.copyOf(sections));
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
